import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { fixesFor, safeFixEdits } from '../fixes/index.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import { FIX_ALL_KIND } from './protocol.js';

/**
 * Quick fixes (the core's fixes for each diagnostic the client sends), and "fix all" (kind
 * `source.fixAll.appl`): one action applying every fix that needs no human choice, as `appl check
 * --fix` does, which editors run on save.
 */
export class ApplCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ApplLspServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        const wants = (kind: string) => !only || only.some(asked => kind === asked || kind.startsWith(`${asked}.`));
        return [
            ...(wants(CodeActionKind.QuickFix) ? this.quickFixes(document, params) : []),
            ...(only && wants(FIX_ALL_KIND) ? this.fixAll(document) : []),
        ];
    }

    protected quickFixes(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const uri = document.uri.toString();
        return params.context.diagnostics.flatMap(diagnostic => fixesFor(this.services, document, diagnostic).map(fix => ({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [uri]: fix.edits } },
            ...(fix.isPreferred ? { isPreferred: true } : {}),
        })));
    }

    /** The safe fixes of the current findings, one edit each; nothing when there is none. */
    protected fixAll(document: LangiumDocument): CodeAction[] {
        const { edits, applied } = safeFixEdits(this.services, document);
        if (applied === 0) {
            return [];
        }
        return [{
            title: `Fix all: apply ${applied === 1 ? '1 fix that needs' : `${applied} fixes that need`} no choice`,
            kind: FIX_ALL_KIND,
            edit: { changes: { [document.uri.toString()]: edits } },
        }];
    }
}
