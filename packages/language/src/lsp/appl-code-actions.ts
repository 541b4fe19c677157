import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { fixesFor } from '../fixes/index.js';
import type { ApplLspServices } from './appl-lsp-module.js';

/** Quick fixes: the core's fixes for each diagnostic the client sends, as LSP code actions. */
export class ApplCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ApplLspServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        if (only && !only.includes(CodeActionKind.QuickFix)) {
            return [];
        }
        const uri = document.uri.toString();
        return params.context.diagnostics.flatMap(diagnostic => fixesFor(this.services, document, diagnostic).map(fix => ({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: fix.edits } },
            ...(fix.isPreferred ? { isPreferred: true } : {}),
        })));
    }
}
