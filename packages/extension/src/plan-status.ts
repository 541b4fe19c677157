import { APPL_LANGUAGE_ID, ExportPlanRequest } from 'appl-language/protocol';
import {
    DiagnosticSeverity, languages, LanguageStatusSeverity, window, type Disposable, type LanguageStatusItem, type TextDocument,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { sendRequest } from './requests.js';

/** How long the checker's findings must settle before the status item asks the server again. */
const DELAY = 300;

/**
 * The language status item of APPL files (the `{}` in the status bar): the plan's type and as-of date,
 * from the server's JSON export of the plan (the model `appl export` writes), and the file's findings
 * counted from the Problems VS Code shows; clicking it opens the Problems panel.
 */
export class PlanStatus implements Disposable {
    private readonly item: LanguageStatusItem;
    private readonly subscriptions: Disposable[];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private latest = 0;

    constructor(private readonly client: BaseLanguageClient) {
        this.item = languages.createLanguageStatusItem('appl.planStatus', { language: APPL_LANGUAGE_ID });
        this.item.name = 'APPL plan';
        this.item.text = 'APPL';
        this.item.command = { title: 'Show problems', command: 'workbench.actions.view.problems', tooltip: 'Open the Problems panel' };
        this.subscriptions = [
            window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
            languages.onDidChangeDiagnostics(event => {
                const active = window.activeTextEditor?.document.uri.toString();
                if (event.uris.some(uri => uri.toString() === active)) this.refreshSoon(DELAY);
            }),
        ];
        this.refreshSoon(0);
    }

    private refreshSoon(delay: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        const document = window.activeTextEditor?.document;
        if (document?.languageId !== APPL_LANGUAGE_ID) return;
        const request = ++this.latest;
        const counts = countFindings(document);
        this.item.detail = counts.words;
        this.item.severity = counts.errors > 0 ? LanguageStatusSeverity.Error : counts.warnings > 0 ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
        try {
            const { text } = await sendRequest(this.client, ExportPlanRequest, { textDocument: { uri: document.uri.toString() }, format: 'json' });
            const plan = (JSON.parse(text) as { plan?: { type?: string, asOf?: string } }).plan;
            if (request !== this.latest) return;
            this.item.text = plan?.type ? `${plan.type}, ${plan.asOf ? `as of ${plan.asOf}` : 'no as-of date'}` : 'No plan header';
        } catch {
            if (request === this.latest) this.item.text = 'APPL';
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.subscriptions.forEach(subscription => subscription.dispose());
        this.item.dispose();
    }
}

/** The file's findings as VS Code shows them: "2 errors, 1 warning". */
function countFindings(document: TextDocument): { errors: number, warnings: number, words: string } {
    const diagnostics = languages.getDiagnostics(document.uri);
    const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length;
    const others = diagnostics.length - errors - warnings;
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const words = diagnostics.length === 0
        ? 'No problems found'
        : [plural(errors, 'error'), plural(warnings, 'warning'), ...(others > 0 ? [plural(others, 'note')] : [])].join(', ');
    return { errors, warnings, words };
}
