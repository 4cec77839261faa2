#!/usr/bin/env bash
# Install what the tests need (the README's test command runs this, then pytest; so does CI).
#  - Debian packages: Chromium and CJK fonts, for the review pages' browser test;
#  - the package with its test extras;
#  - Label Studio, in its own virtual environment (.venv-label-studio), for the round-trip test.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium > /dev/null || ! fc-list 2> /dev/null | grep -qi "Noto Sans CJK"; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk > /dev/null
fi
pip install -q -e ".[test]"
if [ ! -x .venv-label-studio/bin/label-studio ]; then
    python -m venv .venv-label-studio && .venv-label-studio/bin/pip install -q "label-studio>=1.20,<2"
fi
