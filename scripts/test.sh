#!/usr/bin/env bash
# Run the whole test suite: bash scripts/test.sh [pytest options]
# Installs what the tests need: the project with its test extra in .venv and,
# when missing and we are root, Debian's chromium for the browser tests
# (never `playwright install`). Without chromium, only the browser tests skip.
source "$(dirname "$0")/_env.sh" "test"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "Could not install chromium: browser tests will be skipped."
  else
    echo "No /usr/bin/chromium: browser tests will be skipped (install it with: sudo apt-get install chromium)."
  fi
fi
exec .venv/bin/python -m pytest "$@"
