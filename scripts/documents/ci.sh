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

passed=0
failed=0
finish() {
    if [ -n "$report_file" ]; then
        mkdir -p "$(dirname "$report_file")"
        echo "{ \"numPassedTests\": $passed, \"numFailedTests\": $failed, \"numFailedTestSuites\": 0 }" > "$report_file"
    fi
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

packages=(libreoffice-writer-nogui poppler-utils chromium)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "documents: installing Debian packages: ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
        echo "documents: could not install ${missing[*]}"
        failed=1
        finish
    fi
else
    echo "documents: Debian packages: ok"
fi

if ! npm run build > "$out/build.log" 2>&1; then
    cat "$out/build.log"
    failed=1
    finish
fi

tap="$out/documents.tap"
rm -f "$tap"
node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$tap" \
    test/documents/documents.test.mjs
code=$?
passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -1)
failed=$(sed -n 's/^# \(fail\|cancelled\) \([0-9]*\)$/\2/p' "$tap" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
passed=${passed:-0}
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi # it failed without reporting a test
finish
