#!/usr/bin/env bash
# Create the environment if missing, then regenerate the thesis figures into figures/.
# Default: quick scale on embedded data. Extra arguments go to `xairobust figures`
# (e.g. --scale full, --only pointing_game).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO" && exec xairobust figures "$@"
