#!/usr/bin/env bash
# Quick start, step 1, on a fresh Debian or Ubuntu machine with Node 20: installs what wgdeck needs
# (a Chromium when no Chrome/Chromium/Edge is found, fonts, poppler-utils for the tests), the npm
# packages, builds wgdeck, and builds the sample deck to out/minimal.html and out/minimal.pdf.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge microsoft-edge-stable; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
have_browser || packages+=(chromium)
have_font() { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi "$1"; }
# Fonts: text (Noto Sans, Liberation), CJK names, and emoji without any download at render time.
have_font 'Noto Sans:' || have_font 'NotoSans-Regular' || packages+=(fonts-noto-core)
have_font 'Noto Color Emoji' || packages+=(fonts-noto-color-emoji)
have_font 'Noto Sans CJK' || packages+=(fonts-noto-cjk)
have_font 'Liberation Sans' || packages+=(fonts-liberation)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)

if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: please install these Debian packages as root, then run again: ${packages[*]}" >&2
    exit 2
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# puppeteer's own browser download is skipped by .puppeteerrc.cjs: wgdeck prints with the system one.
npm ci --no-audit --no-fund
npm run build
node dist/cli/main.js build decks/minimal.yaml --out out
