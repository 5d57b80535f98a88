#!/usr/bin/env bash
# Quick start, step 1, on a fresh Debian or Ubuntu machine with Node 20: installs what wgdeck needs
# (a Chromium and, where Debian packages it, Chromium's headless shell when no Chrome/Chromium/Edge
# is found; fonts; poppler-utils for the tests), the npm packages, builds wgdeck, and builds the
# sample deck to out/minimal.html and out/minimal.pdf.
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
# Chromium's headless shell prints PDFs in about half the CPU of a full browser, which stays what
# people view the HTML in (and what the viewer's tests use). Debian packages it; Ubuntu does not.
shell=""
if ! [ -x /usr/lib/chromium/chromium-headless-shell ] && ! command -v chrome-headless-shell >/dev/null 2>&1; then
  shell=chromium-headless-shell
fi
# Adds the headless shell to the packages when the apt lists know it (Debian does, Ubuntu not).
take_shell() {
  if [ -n "$shell" ] && command -v apt-cache >/dev/null 2>&1 && apt-cache show "$shell" >/dev/null 2>&1; then
    packages+=("$shell")
    shell=""
  fi
}
# The font list is read once and searched in bash: `fc-list | grep -q` under pipefail fails at
# random, when grep exits at the first match and fc-list dies of SIGPIPE.
fonts=""
command -v fc-list >/dev/null 2>&1 && fonts=$(fc-list 2>/dev/null || true)
have_font() { [[ "${fonts,,}" == *"${1,,}"* ]]; }
# Fonts: text (Noto Sans, Liberation), CJK names, and emoji without any download at render time.
have_font 'Noto Sans:' || have_font 'NotoSans-Regular' || packages+=(fonts-noto-core)
have_font 'Noto Color Emoji' || packages+=(fonts-noto-color-emoji)
have_font 'Noto Sans CJK' || packages+=(fonts-noto-cjk)
have_font 'Liberation Sans' || packages+=(fonts-liberation)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)

# The headless shell is optional: it is installed along with other packages, or as root, never
# alone behind a password prompt. The package lists may know it already (a Chromium installed with
# apt), or only after the update made for the other packages.
if [ ${#packages[@]} -gt 0 ] || [ "$(id -u)" -eq 0 ]; then take_shell; fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: please install these Debian packages as root, then run again: ${packages[*]}" >&2
    exit 2
  fi
  $sudo apt-get update -qq
  take_shell
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
[ -z "$shell" ] || echo "setup: PDFs print faster with Chrome's headless shell: apt-get install $shell (Debian)," \
  "or npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer"

# wgdeck depends on puppeteer-core, which never downloads a browser: it prints with the system one.
# On a machine set up before, what is up to date is left alone, so a second run takes seconds.
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "setup: node_modules is up to date"
else
  npm ci --no-audit --no-fund
fi
newer=""
[ -f dist/bin/wgdeck.js ] && newer=$(find src templates scripts package.json tsconfig.json -newer dist/bin/wgdeck.js -print -quit)
if [ -f dist/bin/wgdeck.js ] && [ -z "$newer" ]; then
  echo "setup: dist/ is up to date"
else
  npm run build
fi
node dist/bin/wgdeck.js build decks/minimal.yaml --out out
