#!/usr/bin/env bash
# Regenerates the golden images in test/golden/ on purpose, after a deliberate change to a theme or
# a template, and the theme pictures in docs/images/ (the same title and agenda slides). Look at the
# new images before committing them: the test compares against whatever is stored.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.test.json
UPDATE_GOLDEN=1 node --test --test-name-pattern='golden' dist-test/test/render/themes.test.js
mkdir -p docs/images
for f in test/golden/*-title.png test/golden/*-agenda.png; do
  cp "$f" "docs/images/theme-$(basename "$f")"
done
echo "updated: test/golden/*.png and docs/images/theme-*.png"
