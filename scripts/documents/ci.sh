#!/usr/bin/env bash
# The documents suite, as CI runs it: the Word, print and Markdown documents opened in real software
# (test/documents/documents.test.mjs). Installs what it needs once per machine (Debian's LibreOffice
# Writer without a GUI, poppler's PDF tools, Chromium; each skipped when present), builds, runs the
# suite, and ends with one line "N passed, N failed". With an argument, also writes that file as a
# report in vitest's JSON shape ({ numPassedTests, numFailedTests }) for .ci/run's count_tests.
# Pictures of the first pages go to out/documents/ (git-ignored).
set -uo pipefail
cd "$(dirname "$0")/../.."
report_file="${1:-}"
out=out/documents-ci
mkdir -p "$out"

suite=documents
. scripts/lib/suite.sh

started=$SECONDS
if ! install_debian_packages libreoffice-writer-nogui poppler-utils chromium; then
    add "install (Debian packages)" 0 1 $((SECONDS - started))
    finish
fi

if ! npm run build > "$out/build.log" 2>&1; then
    cat "$out/build.log"
    add "npm run build" 0 1 $((SECONDS - started))
    finish
fi

node_test documents "Word in LibreOffice, print in Chromium, Markdown" test/documents/documents.test.mjs
finish
