#!/usr/bin/env bash
# Copy the reference gold and guide from ../shared into the project, unchanged:
# the seed articles and the dev set (articles, meta.csv rows, gold), and ANNOTATION.md.
# Run it again whenever ../shared changes; never edit the copies by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
cp "$shared/ANNOTATION.md" ANNOTATION.md
mkdir -p corpus/gold/seeds corpus/gold/dev
cp "$shared"/corpus/*.txt corpus/
cp "$shared"/gold/*.csv corpus/gold/seeds/
cp "$shared"/dev/corpus/*.txt corpus/
cp "$shared"/dev/gold/*.csv corpus/gold/dev/
{
  cat "$shared/corpus/meta.csv"
  tail -n +2 "$shared/dev/corpus/meta.csv"
} > corpus/meta.csv
chmod u+w corpus/*.txt corpus/gold/*/*.csv corpus/meta.csv ANNOTATION.md
