#!/usr/bin/env bash
# Browser test of the demo page (bindings-wasm/www): serves it on 127.0.0.1 and drives Debian's
# Chromium headless through playwright-core, audits every view with axe-core; screenshots go to
# test-output/browser/ (gitignored; for people to look at, not compared).
# Called by scripts/test-wasm; needs ./scripts/setup-wasm and bindings-wasm/build.sh first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wasm="$(dirname "$here")"
missing=()
[ -f "$wasm/pkg/web/fuling_rules_wasm.js" ] && [ -f "$wasm/pkg/node/index.mjs" ] || missing+=("bindings-wasm/pkg (run bindings-wasm/build.sh)")
[ -d "$wasm/node_modules/playwright-core" ] && [ -f "$wasm/node_modules/mermaid/dist/mermaid.min.js" ] \
  && [ -f "$wasm/node_modules/axe-core/axe.min.js" ] || missing+=("playwright-core, mermaid and axe-core (run ./scripts/setup-wasm)")
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=("${CHROMIUM:-/usr/bin/chromium} (run ./scripts/setup-wasm)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'run-browser-test.sh: missing %s\n' "${missing[@]}" >&2
  exit 1
fi
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "run-browser-test.sh: note: no Chinese font installed (fonts-wqy-microhei); screenshots show boxes" >&2
fi
cd "$here"
# The spec report on stdout, a TAP copy for the closing 'browser: N passed, M failed' line
# (the form scripts/test adds up).
tap="$(mktemp)"
trap 'rm -f "$tap"' EXIT
rc=0
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" browser.test.mjs || rc=$?
passed=$(awk '/^# pass /{print $3}' "$tap")
failed=$(awk '/^# fail /{print $3}' "$tap")
echo "screenshots: $(cd "$here/../.." && pwd)/test-output/browser/"
echo "browser: ${passed:-0} passed, ${failed:-0} failed"
if [ "$rc" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
  echo "browser: node --test exited with $rc" >&2
fi
exit "$rc"
