#!/usr/bin/env bash
# First step of the composite action (action.yml): make this checkout runnable. lib/ is not
# committed, and compiling needs the dev dependencies (TypeScript, the type and validator
# generators), so: `npm ci` from the lockfile, then `npm run compile`. Dependencies' own install
# scripts are skipped (--ignore-scripts): none is needed to lint. When lib/ and node_modules/ are
# already there (a second use of the action in the same job), nothing is done.
# Exit 2 when Node.js is missing or too old, so the caller sees the cause, not a compile error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if ! command -v node >/dev/null 2>&1; then
  echo "::error title=privacy-notice::Node.js not found. Add actions/setup-node (node-version: 20 or newer) before this action."
  exit 2
fi
version="$(node --version)"
IFS=. read -r major minor _ <<<"${version#v}"
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
  echo "::error title=privacy-notice::Node.js $version is too old: privacy-notice needs 20.19 or newer. Use actions/setup-node with node-version: 20."
  exit 2
fi

if [ -f "$root/lib/cli/main.js" ] && [ -f "$root/node_modules/.package-lock.json" ]; then
  echo "privacy-notice: already installed in $root"
  exit 0
fi

echo "::group::Install privacy-notice in $root (npm ci, npm run compile)"
npm ci --prefix "$root" --ignore-scripts --no-audit --no-fund
npm run compile --prefix "$root"
echo "::endgroup::"
