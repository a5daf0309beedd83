#!/usr/bin/env bash
# Create the environment if missing, then regenerate the thesis figures into figures/ and refresh
# the README's catalogue. Default: quick scale on embedded data. Extra arguments go to
# `xairobust figures` (e.g. --scale full, --only pointing_game, --list).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO" || exit 1
xairobust figures "$@"; rc=$?
case " $* " in *" --list "*) ;; *) xairobust readme ;; esac
exit $rc
