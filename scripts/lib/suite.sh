# Sourced by the suites CI runs after the unit tests (scripts/documents/ci.sh, scripts/real-editors/ci.sh
# and its install.sh): the counts a suite reports, its one closing line, and Debian packages installed
# once per machine. Set `suite` (the name its lines start with), `out` (its artifacts' folder) and
# `report_file` (empty for none) before sourcing.
passed=0
failed=0

add() { # add <part> <passed> <failed> <seconds>: one part's counts, added to the suite's
    passed=$((passed + $2))
    failed=$((failed + $3))
    echo "$suite: $1: $2 passed, $3 failed ($4 s)"
}

finish() { # the closing line "N passed, N failed", the report for .ci/run's count_tests, and the exit
    if [ -n "${report_file:-}" ]; then
        mkdir -p "$(dirname "$report_file")"
        echo "{ \"numPassedTests\": $passed, \"numFailedTests\": $failed, \"numFailedTestSuites\": 0 }" > "$report_file"
    fi
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

node_test() { # node_test <id> <label> <test file>: node's test runner, spec to the log, counts from its TAP report ($out/<id>.tap)
    local started=$SECONDS tap="$out/$1.tap" tp tf code
    rm -f "$tap"
    node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$tap" "$3"
    code=$?
    tp=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -1)
    tf=$(sed -n 's/^# \(fail\|cancelled\) \([0-9]*\)$/\2/p' "$tap" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
    tp=${tp:-0}
    if [ "$code" -ne 0 ] && [ "$tf" -eq 0 ]; then tf=1; fi # it failed without reporting a test
    add "$2" "$tp" "$tf" $((SECONDS - started))
}

install_debian_packages() { # install_debian_packages <package>...: those not installed yet; fails if it cannot
    local package missing=() sudo=""
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "$suite: Debian packages: ok"
        return 0
    fi
    echo "$suite: installing Debian packages: ${missing[*]}"
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
