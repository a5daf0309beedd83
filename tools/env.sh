# Source this file: it creates .venv (Python 3.11) on first use and keeps it in step with settings.ini.
# torch/torchvision are installed first at the versions that install from local disk here;
# settings.ini declares ranges that admit them.
set -e
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x "$VENV/bin/python" ]; then
  echo "[env] creating $VENV with $($PY --version)"
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.xairobust-installed"
WANT="$(cat "$REPO/settings.ini" "$REPO/setup.py" "$REPO/tools/env.sh" | sha256sum | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  echo "[env] installing dependencies into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "torch==2.14.1" "torchvision==0.29.1"
  "$VENV/bin/python" -m pip install -q -e "$REPO[dev]"
  # the bench extra: reference implementations the tests and benchmarks compare with; torchattacks pins
  # requests~=2.25.1, which conflicts with jupyterlab, so it comes without its (already installed) dependencies
  "$VENV/bin/python" -m pip install -q "zennit==0.5.1" "quantus==0.6.0"
  "$VENV/bin/python" -m pip install -q --no-deps "torchattacks==3.5.1"
  # lxt (the AttnLRP reference) declares its language-model dependencies; its vision patches need torch and zennit only
  "$VENV/bin/python" -m pip install -q --no-deps "lxt==2.1"
  echo "$WANT" > "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
export HF_HUB_OFFLINE=1
export MPLBACKEND=Agg
set +e
