#!/usr/bin/env bash
# Look at notebooks as a reader does: render each to HTML with nbconvert (as GitHub and the docs site show the stored
# outputs) and, where Debian's `chromium` is installed, take a headless screenshot of its first screen, 1,200 px wide.
#
#   bash tools/screenshot.sh [--out DIR] [--height PX] NOTEBOOK...
#
# Writes DIR/<name>.html and DIR/<name>.png (default DIR: a folder under the system's temporary folder) and prints
# where. Without chromium it renders the HTML only and says so (`apt-get install chromium` installs it on Debian).
# Nothing in the test suite uses this script.
set -u
out="${TMPDIR:-/tmp}/xairobust-screenshots"; height=1600
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --height) height="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then echo "usage: bash tools/screenshot.sh [--out DIR] [--height PX] NOTEBOOK..." >&2; exit 2; fi
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NBCONVERT="$REPO/.venv/bin/jupyter-nbconvert"
[ -x "$NBCONVERT" ] || NBCONVERT="$(command -v jupyter-nbconvert || true)"
if [ -z "$NBCONVERT" ]; then echo "nbconvert is missing: source tools/env.sh first (it installs the development tools)" >&2; exit 2; fi
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then
  echo "chromium is not installed: rendering HTML only (on Debian: apt-get install -y chromium)"
fi
mkdir -p "$out"
rc=0
for nb in "$@"; do
  if [ ! -f "$nb" ]; then echo "no such notebook: $nb" >&2; rc=1; continue; fi
  name="$(basename "$nb" .ipynb)"
  if ! "$NBCONVERT" --to html --log-level=ERROR --output-dir "$out" --output "$name" "$nb"; then
    echo "nbconvert failed on $nb" >&2; rc=1; continue
  fi
  echo "$nb -> $out/$name.html"
  [ -z "$CHROMIUM" ] && continue
  profile="$(mktemp -d)"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1200,"$height" --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1
  status=$?
  rm -rf "$profile"
  if [ $status -eq 0 ] && [ -s "$out/$name.png" ]; then echo "$nb -> $out/$name.png (1200x$height, the first screen)"
  else echo "chromium could not take a screenshot of $out/$name.html (exit $status)" >&2; rc=1; fi
done
exit $rc
