# Sourced by app.sh and test.sh: make sure .venv exists and holds the project as
# pyproject.toml currently asks (re-installs only when pyproject.toml changes).
# $1: the pip extra to install ("" for the app, "test" for the tests).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "conflict-map needs Python >= 3.11 (found: $("$PY" --version 2>&1)). Set PYTHON=/path/to/python3.11." >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv ..."
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
extra="${1:-}"
spec="."; [ -n "$extra" ] && spec=".[$extra]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${extra:-base}"
if [ ! -f "$stamp" ]; then
  echo "Installing conflict-map ($spec) into .venv ..."
  .venv/bin/python -m pip install -q -e "$spec"
  touch "$stamp"
fi
