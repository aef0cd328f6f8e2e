#!/usr/bin/env bash
# From a fresh clone: the system browsers the e2e tests use (Debian's chromium and firefox-esr, and
# CJK fonts so pages render Chinese), then the npm packages, then both browser builds.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# rclone: its `serve webdav` is the real WebDAV server the sync tests start on 127.0.0.1.
command -v rclone >/dev/null 2>&1 || missing+=(rclone)
# unicode-data: Unicode's Unihan database, the radicals of the word card's characters (build:chars).
dpkg -s unicode-data >/dev/null 2>&1 || missing+=(unicode-data)
command -v bzip2 >/dev/null 2>&1 || missing+=(bzip2)
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Note: ${missing[*]} not found. The e2e tests need Chromium and Firefox ESR, the sync tests rclone;" >&2
    echo "set CHROMIUM_PATH / FIREFOX_PATH if they live elsewhere." >&2
  fi
fi

# npm ci installs exactly the lock file. Some npm setups write lock files without the optional
# packages of other platforms (rollup's, esbuild's) and then refuse them in `npm ci`; the same
# versions then come from `npm install`, which honours the lock file too.
if ! npm ci --no-audit --no-fund; then
  echo "npm ci refused the lock file; installing the locked versions with npm install instead" >&2
  npm install --no-audit --no-fund
fi
npm run build

cat <<'MSG'

Built:
  .output/chrome-mv3    Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → pick this folder
  .output/firefox-mv2   Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → pick its manifest.json
Try it on bundled sample pages without the live site:  npm run demo
Run every test:                                         npm test
MSG
