#!/usr/bin/env bash
# The real-editor suites, as CI runs them once per run (after the unit tests):
#   1. install what they need, once per machine (install.sh: Debian packages, Node 24, code-server);
#   2. build, and package the extension (packaging checks: package.test.mjs);
#   3. the extension's mocha suite inside real VS Code through @vscode/test-electron's runTests, against
#      code-server: once with the packaged .vsix installed, once from the development folder
#      (packages/extension/test/real-editors/run-tests.mjs);
#   4. a smoke test that drives the VS Code workbench in headless Chromium and saves screenshots
#      (packages/extension/test/real-editors/smoke.mjs);
#   5. the extension's browser entry (vscode.dev, github.dev) in VS Code's web worker extension host
#      (packages/extension/test/real-editors/browser-entry.mjs);
#      the walkthrough's steps, New plan, the New File entry and the language status item on screen, which
#      also takes the walkthrough's pictures (packages/extension/test/real-editors/walkthrough.mjs);
#   6. the web page (packages/web) in headless Chromium (packages/web/test/browser/page.e2e.mjs);
#   7. the language server in Neovim's own LSP client (test/neovim/neovim.test.mjs).
# Artifacts (screenshots, logs, reports) go to out/real-editors/. Ends with one line "N passed, N failed"
# summing every test of every suite; exits 1 if any failed. With an argument, also writes that file as a
# report in vitest's JSON shape ({ numPassedTests, numFailedTests }) for .ci/run's count_tests.
set -uo pipefail
cd "$(dirname "$0")/../.."
report_file="${1:-}"
out=out/real-editors
mkdir -p "$out"

suite=real-editors
. scripts/lib/suite.sh

started=$SECONDS
if ! bash scripts/real-editors/install.sh; then
    add "install (scripts/real-editors/install.sh)" 0 1 $((SECONDS - started))
    finish
fi
. scripts/real-editors/env.sh

started=$SECONDS
if ! npm run build > "$out/build.log" 2>&1; then
    cat "$out/build.log"
    add "npm run build" 0 1 $((SECONDS - started))
    finish
fi
if ! npx tsc -p packages/extension/test/real-editors/tsconfig.json; then
    add "type-check of the VS Code suite" 0 1 $((SECONDS - started))
fi

node_test packaging "packaging (npm run package, vsce)" scripts/real-editors/package.test.mjs

started=$SECONDS
node packages/extension/test/real-editors/run-tests.mjs 2>&1 | tee "$out/vscode.log"
counts=$(sed -n 's/^vscode: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$out/vscode.log" | tail -1)
if [ -n "$counts" ]; then
    add "VS Code (runTests in code-server)" ${counts% *} ${counts#* } $((SECONDS - started))
else
    add "VS Code (runTests in code-server, no result line)" 0 1 $((SECONDS - started))
fi

node_test smoke "VS Code workbench smoke (screenshots in $out/smoke)" packages/extension/test/real-editors/smoke.mjs
node_test browser "VS Code's browser entry in the web worker extension host" packages/extension/test/real-editors/browser-entry.mjs
node_test walkthrough "VS Code walkthrough, New plan and status item (pictures in $out/walkthrough)" packages/extension/test/real-editors/walkthrough.mjs
node_test web "the web page in headless Chromium (screenshots in out/web)" packages/web/test/browser/page.e2e.mjs
node_test neovim "Neovim $("$NVIM_BIN" --version | head -1 | cut -d' ' -f2)" test/neovim/neovim.test.mjs

# Nothing may outlive the suites: code-server, Chromium and Neovim run in process groups they stop.
finish
