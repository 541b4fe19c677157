// The "appl-language/protocol" entry: what the language server and the VS Code extension agree on,
// declared once. The extension may import this file and nothing else from appl-language, so it must
// stay free of Langium and of vscode-languageserver.
//
// Custom requests go here as typed constants named `appl/<verbNoun>` (e.g. `appl/exportPlan`) with
// their parameter and result types. None yet: every editor feature so far is standard LSP.

/** The language id of `.appl` files, as the extension manifest declares it. */
export const APPL_LANGUAGE_ID = 'appl';
