// The HTML export: the Annex A document (document/annex-a.ts) as one self-contained HTML page with a
// timeline of the actions and milestones, for the editor's preview and `appl export --format html`,
// and for printing on A4 (html-style.ts). Pure: a PlanModel in, one HTML document out.
//
// Safety: every word an author typed goes through `escapeHtml()`, in text and in attributes alike, so
// that a plan can never inject markup. The document carries its own Content-Security-Policy: nothing
// may be loaded from anywhere (`default-src 'none'`), and the one style sheet and the one script
// (which only keeps the scroll position when the preview redraws) run because they carry the nonce the
// caller chose for this render. There are no inline style attributes.
import type { PlanModel, PlanDiagnostic } from '../model/plan-model.js';
import { toAnnexA } from './document/annex-a.js';
import type { ReportDocument } from './document/document-model.js';
import { documentStyle } from './html-style.js';
import { renderTimeline } from './html-timeline.js';
import { escapeHtml, inline, renderHtmlBlocks } from './render-html.js';

export { escapeHtml } from './render-html.js';

export interface HtmlOptions {
    /**
     * A fresh random value for each render (base64 or hex): the style sheet and the script carry it,
     * and the Content-Security-Policy allows nothing else.
     */
    nonce: string;
    /** The checker's findings, as an appendix; left out when not given. */
    findings?: readonly PlanDiagnostic[];
}

/** The plan as an HTML document, ending with a newline. */
export function renderHtml(model: PlanModel, options: HtmlOptions): string {
    checkNonce(options.nonce);
    const document = toAnnexA(model, { findings: options.findings });
    return renderHtmlPage(document, options.nonce, renderTimeline(model));
}

/**
 * A ReportDocument as a whole HTML page; `figure`, when given, follows the document's first
 * section (the dashboard). Used for the plan and for the progress-review pack.
 */
export function renderHtmlPage(document: ReportDocument, nonce: string, figure?: string): string {
    checkNonce(nonce);
    const blocks = document.blocks;
    const second = blocks.findIndex((block, index) => index > 0 && block.type === 'heading' && block.level === 2);
    const split = second > 0 && figure ? second : blocks.length;
    const body = [
        '<header>',
        `<h1>${escapeHtml(document.title)}</h1>`,
        `<p class="subtitle">${inline([document.subtitle])}</p>`,
        '</header>',
        renderHtmlBlocks(blocks.slice(0, split)),
        ...(figure && split < blocks.length ? [figure] : []),
        renderHtmlBlocks(blocks.slice(split)),
        `<footer><p>${escapeHtml(document.colophon)}</p></footer>`,
    ];
    return [
        '<!DOCTYPE html>',
        '<html lang="en-GB">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(document.title)}</title>`,
        `<style nonce="${escapeHtml(nonce)}">${documentStyle(document.runningTitle)}</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body,
        '</main>',
        `<script nonce="${escapeHtml(nonce)}">${KEEP_SCROLL}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

function checkNonce(nonce: string): void {
    if (!/^[A-Za-z0-9+/=_-]{8,}$/.test(nonce)) {
        throw new Error('renderHtml needs a nonce of at least 8 base64 or hex characters');
    }
}

/** Nothing from anywhere; the style sheet and script of this render only. */
export function contentSecurityPolicy(nonce: string): string {
    return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

// Keeps the reader's place when the preview redraws as they type (VS Code keeps webview state across
// redraws); does nothing outside VS Code.
const KEEP_SCROLL = `
(function () {
  if (typeof acquireVsCodeApi !== 'function') return;
  var vscode = acquireVsCodeApi();
  var state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  var queued = false;
  window.addEventListener('scroll', function () {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () { queued = false; vscode.setState({ scrollY: window.scrollY }); });
  });
})();
`;
