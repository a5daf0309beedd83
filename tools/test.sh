#!/usr/bin/env bash
# Create the environment if missing, then execute every notebook as a test (nbdev's test runner,
# quick scale, `slow` cells skipped). Extra arguments go to `xairobust test` (e.g. --flags slow).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO" && exec xairobust test "$@"
