import { DefaultLanguageServer } from 'langium/lsp';
import { CodeActionKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { APPL_VERSION } from '../version.js';
import { FIX_ALL_KIND } from './protocol.js';

/**
 * Langium's server, announcing what it adds: its name and version, the kinds of code action (quick
 * fixes, and "fix all" for fixing on save), and selection ranges (a handler of appl-request-handlers.ts).
 */
export class ApplLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        return {
            ...result,
            capabilities: {
                ...result.capabilities,
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
                selectionRangeProvider: true,
            },
            serverInfo: { name: 'appl-language-server', version: APPL_VERSION },
        };
    }
}
