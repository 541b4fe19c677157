// The HTML export: the plan as a readable document with a timeline of actions and milestones, for the
// editor's live preview. Pure: a PlanModel in, one self-contained HTML document out.
//
// Safety: every word an author typed goes through `esc()`, in text and in attributes alike, so that a
// plan can never inject markup. The document carries its own Content-Security-Policy: nothing may be
// loaded from anywhere (`default-src 'none'`), and the one style sheet and the one script (which only
// keeps the scroll position when the preview redraws) run because they carry the nonce the caller
// chose for this render. There are no inline style attributes: the timeline is an SVG whose positions
// are attributes, not styles.
import { isOutstanding } from '../model/coverage.js';
import { addMonths, daysBetween, isValidDate, type IsoDate } from '../model/dates.js';
import type { MeasureStatus } from '../model/measure-position.js';
import type { MilestoneState } from '../model/milestone-state.js';
import { monthOffset } from '../model/month-offset.js';
import type {
    ActionModel, AreaModel, InspectionModel, MeasureModel, MilestoneModel, ModelRef, NoticeModel, PlanDiagnostic, PlanModel,
    ReviewModel, TargetModel,
} from '../model/plan-model.js';
import { dateRange, longDate, shortDate } from './dates-in-words.js';
import {
    amount, describePerson, describeRagReason, describeUpdate, FREQUENCIES, INSPECTION_KINDS, JUDGEMENTS, MEASURE_STATUSES, nameOf, NOT_STATED,
    PLAN_TYPES, RAG_WORDS, REQUIREMENT_STATES, REVIEW_KINDS, STATUSES, WEAKNESS_KINDS,
} from './plan-words.js';

export interface HtmlOptions {
    /**
     * A fresh random value for each render (base64 or hex): the style sheet and the script carry it,
     * and the Content-Security-Policy allows nothing else.
     */
    nonce: string;
}

/** The plan as an HTML document, ending with a newline. */
export function renderHtml(model: PlanModel, diagnostics: readonly PlanDiagnostic[], options: HtmlOptions): string {
    if (!/^[A-Za-z0-9+/=_-]{8,}$/.test(options.nonce)) {
        throw new Error('renderHtml needs a nonce of at least 8 base64 or hex characters');
    }
    // Every state below is the model's, resolved at this one date.
    const asOf = model.position.asOf?.date;
    const title = model.plan?.title || model.files.plan;
    const nonce = esc(options.nonce);
    const body = [
        renderHeader(model, asOf),
        renderTimeline(model, asOf),
        renderWeaknesses(model),
        renderNotices(model.notices ?? []),
        renderGovernance(model),
        ...model.areas.map(area => renderArea(area, model)),
        renderMeasures(model, asOf),
        renderReviews(model, asOf),
        renderDiagnostics(diagnostics),
        `<footer><p>Exported by APPL from ${[model.files.plan, ...model.files.imports].map(file => `<code>${esc(file)}</code>`).join(', ')}.</p></footer>`,
    ].filter(Boolean);
    return [
        '<!DOCTYPE html>',
        '<html lang="en-GB">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.nonce)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${esc(title)}</title>`,
        `<style nonce="${nonce}">${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body,
        '</main>',
        `<script nonce="${nonce}">${KEEP_SCROLL}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

/** Nothing from anywhere; the style sheet and script of this render only. */
export function contentSecurityPolicy(nonce: string): string {
    return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

// ---------------------------------------------------------------- header

function renderHeader(model: PlanModel, asOf: IsoDate | undefined): string {
    const plan = model.plan;
    const rows: Array<[string, string]> = [
        ['Local area', esc(plan?.localArea) || NOT_STATED],
        ['Plan type', plan?.type ? esc(PLAN_TYPES[plan.type] ?? plan.type) : NOT_STATED],
        ...model.inspections.map((inspection): [string, string] => ['Inspection', esc(describeInspection(inspection))]),
        ['Plan period', plan?.period ? esc(dateRange(plan.period.start, plan.period.end)) : NOT_STATED],
        ['Agreed', esc(longDate(plan?.agreed)) || NOT_STATED],
        ['Position as at', esc(longDate(asOf)) || NOT_STATED],
        ['Accountable officers', plan?.accountable.map(ref => esc(describePerson(ref, model))).join('; ') || NOT_STATED],
        ['Advisers', plan?.advisers.map(ref => esc(describePerson(ref, model))).join('; ') || 'None'],
    ];
    return [
        '<header>',
        `<h1>${esc(plan?.title || model.files.plan)}</h1>`,
        '<table class="facts"><tbody>',
        ...rows.map(([item, detail]) => `<tr><th scope="row">${item}</th><td>${detail}</td></tr>`),
        '</tbody></table>',
        '</header>',
    ].join('\n');
}

function describeInspection(inspection: InspectionModel): string {
    const kind = inspection.kind ? INSPECTION_KINDS[inspection.kind] ?? inspection.kind : 'Inspection';
    const visit = inspection.from ? `${kind}, ${dateRange(inspection.from, inspection.to ?? inspection.from)}` : kind;
    return inspection.published ? `${visit}; report published ${longDate(inspection.published)}` : visit;
}

// ---------------------------------------------------------------- timeline

const LABEL_WIDTH = 70;
const CHART_WIDTH = 900;
const ROW_HEIGHT = 22;
const AXIS_HEIGHT = 34;
const MILESTONE_WORDS: Record<MilestoneState, string> = {
    met: 'met', missed: 'missed', overdue: 'overdue', due: 'due soon', upcoming: 'upcoming', undated: 'no date',
};

/**
 * A Gantt-style SVG: a bar for each action from its start to its due date, a diamond for each
 * milestone coloured by where it stands at the as-of date, a line at the as-of date, and a tick at
 * every three months of the plan.
 */
function renderTimeline(model: PlanModel, asOf: IsoDate | undefined): string {
    const actions = model.areas.flatMap(area => area.actions.map(action => ({ area, action })));
    const dates = [
        model.plan?.period?.start, model.plan?.period?.end,
        ...actions.flatMap(({ action }) => [action.start, action.due, ...action.milestones.map(m => m.date)]),
    ].filter(isValidDate).sort();
    if (actions.length === 0 || dates.length === 0) {
        return '<section id="timeline"><h2>Timeline</h2><p>No dated actions yet.</p></section>';
    }
    const from = isValidDate(model.plan?.period?.start) ? model.plan.period.start : dates[0];
    const to = [isValidDate(model.plan?.period?.end) ? model.plan.period.end : dates[dates.length - 1], dates[dates.length - 1]].sort()[1];
    const first = [from, dates[0]].sort()[0];
    const span = Math.max(1, daysBetween(first, to));
    const x = (date: IsoDate) => LABEL_WIDTH + Math.round((daysBetween(first, date) / span) * CHART_WIDTH * 10) / 10;
    const height = AXIS_HEIGHT + actions.length * ROW_HEIGHT + 8;
    const parts: string[] = [];

    // Ticks every three months from the start of the plan, labelled with their offset and date.
    const totalMonths = monthOffset(from, to)?.months ?? 0;
    for (let months = 0; months <= totalMonths; months += 3) {
        const date = addMonths(from, months);
        parts.push(`<line class="tick" x1="${x(date)}" y1="${AXIS_HEIGHT - 6}" x2="${x(date)}" y2="${height}"/>`,
            `<text class="tick-label" x="${x(date)}" y="12">${months === 0 ? 'start' : `+${months}m`}</text>`,
            `<text class="tick-label" x="${x(date)}" y="24">${esc(shortDate(date).replace(/^\d+ /, ''))}</text>`);
    }
    actions.forEach(({ action }, row) => {
        const y = AXIS_HEIGHT + row * ROW_HEIGHT;
        const state = action.status ?? 'not-stated';
        parts.push(`<text class="row-label" x="0" y="${y + 15}">${esc(action.id)}</text>`);
        const start = isValidDate(action.start) ? action.start : from;
        if (isValidDate(action.due)) {
            const x1 = x(start);
            const width = Math.max(2, x(action.due) - x1);
            parts.push(`<rect class="bar status-${esc(state)}" x="${x1}" y="${y + 6}" width="${Math.round(width * 10) / 10}" height="10" rx="3">`
                + `<title>${esc(`${action.id} ${action.title ?? ''}: ${shortDate(start)} to ${shortDate(action.due)}, ${STATUSES[action.status ?? ''] ?? 'status not stated'}`)}</title></rect>`);
        }
        for (const milestone of action.milestones) {
            if (!isValidDate(milestone.date)) continue;
            const cx = x(milestone.date);
            const cy = y + 11;
            const milestoneWords = milestone.state;
            parts.push(`<polygon class="milestone ${milestoneWords}" points="${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}">`
                + `<title>${esc(`${action.id}, ${describeWhen(milestone)}: ${milestone.text ?? ''} (${MILESTONE_WORDS[milestoneWords]})`)}</title></polygon>`);
        }
    });
    if (asOf && asOf >= first && asOf <= to) {
        parts.push(`<line class="as-of" x1="${x(asOf)}" y1="${AXIS_HEIGHT - 6}" x2="${x(asOf)}" y2="${height}"/>`,
            `<text class="as-of-label" x="${x(asOf) + 3}" y="${height - 2}">as at ${esc(shortDate(asOf))}</text>`);
    }
    const width = LABEL_WIDTH + CHART_WIDTH + 20;
    return [
        '<section id="timeline">',
        '<h2>Timeline</h2>',
        `<svg class="timeline" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Timeline of the plan's actions and milestones">`,
        ...parts,
        '</svg>',
        '<p class="legend"><span class="key met">met</span> <span class="key missed">missed</span> '
            + `<span class="key overdue">overdue${asOf ? ` at ${esc(shortDate(asOf))}` : ''}</span> <span class="key due">due soon</span> `
            + '<span class="key upcoming">upcoming</span></p>',
        '</section>',
    ].join('\n');
}

function describeWhen(milestone: MilestoneModel): string {
    return [milestone.horizonMonths !== undefined ? `${milestone.horizonMonths} months` : '', milestone.date ? shortDate(milestone.date) : 'no date']
        .filter(Boolean).join(', ');
}

// ---------------------------------------------------------------- weaknesses, notices, governance

function renderWeaknesses(model: PlanModel): string {
    const weaknesses = model.inspections.flatMap(inspection => inspection.weaknesses);
    if (weaknesses.length === 0) {
        return '<section id="weaknesses"><h2>Weaknesses</h2><p>No inspection findings are recorded.</p></section>';
    }
    const rows = weaknesses.map(weakness => {
        const coverage = model.coverage.find(entry => entry.weakness === weakness.id);
        const status = coverage?.status ?? weakness.status;
        const addressed = coverage && (coverage.actions.length > 0 || coverage.areas.length > 0)
            ? [coverage.areas.length > 0 ? `Area ${coverage.areas.map(esc).join(', ')}` : '',
                coverage.actions.length > 0 ? `${coverage.actions.length === 1 ? 'action' : 'actions'} ${coverage.actions.map(esc).join(', ')}` : '']
                .filter(Boolean).join('; ')
            : isOutstanding(status) ? '<span class="badge missed">Not addressed</span>' : 'No action needed';
        const kind = weakness.kind && WEAKNESS_KINDS[weakness.kind] ? `<span class="kind">${esc(WEAKNESS_KINDS[weakness.kind])}</span> ` : '';
        return `<tr><th scope="row">${esc(weakness.id)}</th><td>${kind}${esc(weakness.text)}</td>`
            + `<td><span class="badge judgement-${esc(status)}">${esc(JUDGEMENTS[status] ?? status)}</span></td><td>${addressed}</td></tr>`;
    });
    return [
        '<section id="weaknesses">',
        '<h2>Weaknesses and what addresses them</h2>',
        '<table><thead><tr><th>Id</th><th>Weakness</th><th>Where it stands</th><th>Addressed by</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table>',
        '</section>',
    ].join('\n');
}

function renderNotices(notices: readonly NoticeModel[]): string {
    if (notices.length === 0) {
        return '';
    }
    const parts = notices.map(notice => {
        const kind = notice.kind === 'statutory-direction' ? 'Statutory Direction' : 'Improvement Notice';
        const rows = notice.requirements.map(requirement => {
            const state = requirement.state === 'not-met' ? 'missed' : requirement.state;
            const words = REQUIREMENT_STATES[requirement.state];
            return `<tr><th scope="row">${esc(requirement.id)}</th><td>${esc(requirement.text)}</td><td>${esc(shortDate(requirement.due)) || NOT_STATED}</td>`
                + `<td><span class="badge ${state}">${words}</span></td><td>${requirement.answeredBy.map(ref => esc(ref.id)).join(', ') || 'Not yet answered'}</td></tr>`;
        });
        return [
            `<h3>${esc(notice.title || kind)} <span class="id">${esc(notice.id)}</span></h3>`,
            `<p>${kind}${notice.issued ? `, issued ${esc(longDate(notice.issued))}` : ''}${notice.issuers.length > 0 ? ` by ${notice.issuers.map(ref => esc(nameOf(ref))).join(', ')}` : ''}.</p>`,
            '<table><thead><tr><th>Id</th><th>Requirement</th><th>Due</th><th>Outcome</th><th>Answered by</th></tr></thead><tbody>',
            ...rows,
            '</tbody></table>',
        ].join('\n');
    });
    return ['<section id="notices">', '<h2>Notices and directions</h2>', ...parts, '</section>'].join('\n');
}

function renderGovernance(model: PlanModel): string {
    if (model.boards.length === 0) {
        return '<section id="governance"><h2>Governance</h2><p>No board is recorded.</p></section>';
    }
    const boards = model.boards.map(board => {
        const meets = board.meets ? FREQUENCIES[board.meets] ?? board.meets : NOT_STATED;
        return [
            `<h3>${esc(board.name || board.id)}</h3>`,
            '<table class="facts"><tbody>',
            `<tr><th scope="row">Chairs</th><td>${board.chairs.map(ref => esc(describePerson(ref, model))).join('; ') || NOT_STATED}</td></tr>`,
            `<tr><th scope="row">Meets</th><td>${esc(meets)}</td></tr>`,
            `<tr><th scope="row">Members</th><td>${board.members.map(ref => esc(nameOf(ref))).join('; ') || NOT_STATED}</td></tr>`,
            ...(board.reportsTo ? [`<tr><th scope="row">Reports to</th><td>${esc(board.reportsTo)}</td></tr>`] : []),
            '</tbody></table>',
        ].join('\n');
    });
    return ['<section id="governance">', '<h2>Governance</h2>', ...boards, '</section>'].join('\n');
}

// ---------------------------------------------------------------- areas and actions

function renderArea(area: AreaModel, model: PlanModel): string {
    const heading = `<h2>${area.id ? `Area ${esc(area.id)}: ` : ''}${esc(area.title) || 'Untitled area'} ${ragBadge(area.rag)}</h2>`;
    const addresses = area.addresses.length > 0
        ? `<p>Addresses ${area.addresses.map(ref => `<strong>${esc(ref.id)}</strong>`).join(', ')}.</p>`
        : '<p>Addresses no weakness directly.</p>';
    const actions = area.actions.length > 0 ? area.actions.map(action => renderAction(action, model)) : ['<p>No actions yet.</p>'];
    return [`<section class="area" id="area-${esc(area.id)}">`, heading, addresses, ...actions, '</section>'].join('\n');
}

/** RAG in words and colour: the word is the badge's text, never colour alone. */
function ragBadge(rag: AreaModel['rag']): string {
    return `<span class="badge rag-${rag}">RAG: ${RAG_WORDS[rag]}</span>`;
}

function renderAction(action: ActionModel, model: PlanModel): string {
    const status = action.status
        ? `<span class="badge status-${esc(action.status)}">${esc(STATUSES[action.status] ?? action.status)}</span>`
        : '<span class="badge">Status not stated</span>';
    const facts: Array<[string, string]> = [
        ['Lead', action.lead ? esc(describePerson(action.lead, model)) : NOT_STATED],
        ...(action.partners.length > 0 ? [['Partners', action.partners.map(ref => esc(nameOf(ref))).join(', ')] as [string, string]] : []),
        ['Dates', `${esc(shortDate(action.start)) || 'start not stated'} to ${esc(shortDate(action.due)) || 'due date not stated'}`],
        ['Targets', action.targets.map(target => `<div>${describeTarget(target, model)}</div>`).join('') || 'None'],
        ['Evidence', action.evidence.map(esc).join('; ') || 'None'],
        ['RAG', [ragBadge(action.rag), ...action.ragReasons.map(reason => esc(describeRagReason(reason)))].join(' ')],
        ...(action.latestUpdate ? [['Latest update', esc(describeUpdate(action.latestUpdate))] as [string, string]] : []),
    ];
    const milestones = action.milestones.map(milestone => {
        const state = milestone.state;
        return `<li><span class="badge ${state}">${MILESTONE_WORDS[state]}</span> <strong>${esc(describeWhen(milestone))}</strong>: ${esc(milestone.text) || 'No description'}</li>`;
    });
    return [
        `<article class="action" id="action-${esc(action.id)}">`,
        `<h3>${esc(action.id)} ${esc(action.title) || 'Untitled'} ${status}</h3>`,
        '<table class="facts"><tbody>',
        ...facts.map(([item, detail]) => `<tr><th scope="row">${item}</th><td>${detail}</td></tr>`),
        '</tbody></table>',
        milestones.length > 0 ? `<ul class="milestones">\n${milestones.join('\n')}\n</ul>` : '<p>No milestones yet.</p>',
        '</article>',
    ].join('\n');
}

function describeTarget(target: TargetModel, model: PlanModel): string {
    if (target.type === 'measure') {
        const measure = target.measure.resolved ? model.measures.find(m => m.id === target.measure.id) : undefined;
        return measure
            ? `<strong>${esc(measure.name || measure.id)}</strong>: ${esc(fromTo(measure.baseline, measure.target, measure.unit))}`
            : `<strong>${esc(target.measure.id) || 'Unnamed measure'}</strong>: no measure of that name is declared`;
    }
    return `<strong>${esc(target.name) || 'Unnamed target'}</strong>: ${esc(fromTo(target.baseline, target, target.unit))}`;
}

function fromTo(baseline: { value?: number, date?: string } | undefined, target: { value?: number, date?: string } | undefined, unit: string | undefined): string {
    const from = baseline?.value !== undefined ? `${amount(baseline.value, unit)}${baseline.date ? ` on ${shortDate(baseline.date)}` : ''}` : 'no baseline';
    const to = target?.value !== undefined ? `${amount(target.value, unit)}${target.date ? ` by ${shortDate(target.date)}` : ''}` : 'no target value';
    return `${from} → ${to}`;
}

// ---------------------------------------------------------------- measures, reviews, diagnostics

const STATUS_BADGES: Record<MeasureStatus, string> = { 'ahead': 'met', 'on-track': 'met', 'behind': 'missed', 'no-data': 'upcoming' };

function renderMeasures(model: PlanModel, asOf: IsoDate | undefined): string {
    if (model.measures.length === 0) {
        return '<section id="measures"><h2>Measures</h2><p>No measures are recorded.</p></section>';
    }
    const rows = model.measures.map(measure => {
        const position = measure.position;
        const badge = STATUS_BADGES[position.status];
        const words = `${MEASURE_STATUSES[position.status]}${position.sustained ? ', sustained' : ''}`;
        const expectedNow = position.expectedAtAsOf;
        const latest = position.latest ? `${amount(position.latest.value, measure.unit)} on ${shortDate(position.latest.date)}` : 'None yet';
        const compared = position.latest?.expected !== undefined ? ` (expected ${amount(position.latest.expected, measure.unit)})` : '';
        return `<tr><th scope="row">${esc(measure.name || measure.id)}</th><td>${esc(describeKind(measure))}</td>`
            + `<td>${esc(fromTo(measure.baseline, measure.target, measure.unit))}</td>`
            + `<td>${expectedNow !== undefined ? esc(amount(expectedNow, measure.unit)) : NOT_STATED}</td>`
            + `<td>${esc(latest + compared)}</td><td><span class="badge ${badge}">${words}</span></td></tr>`;
    });
    return [
        '<section id="measures">',
        '<h2>Measures</h2>',
        `<table><thead><tr><th>Measure</th><th>Kind</th><th>Baseline → target</th><th>Expected${asOf ? ` at ${esc(shortDate(asOf))}` : ''}</th><th>Latest actual</th><th>Progress</th></tr></thead><tbody>`,
        ...rows,
        '</tbody></table>',
        '</section>',
    ].join('\n');
}

function describeKind(measure: MeasureModel): string {
    return [measure.kind ? capitalise(measure.kind) : NOT_STATED, measure.unit].filter(Boolean).join(', ');
}

function renderReviews(model: PlanModel, asOf: IsoDate | undefined): string {
    if (model.reviews.length === 0) {
        return '';
    }
    const key = (review: ReviewModel) => review.date ?? '\uffff';
    const inOrder = [...model.reviews].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    return ['<section id="reviews">', '<h2>Reviews</h2>', ...inOrder.map(review => renderReview(review, asOf)), '</section>'].join('\n');
}

function renderReview(review: ReviewModel, asOf: IsoDate | undefined): string {
    const kind = review.kind ? REVIEW_KINDS[review.kind] ?? review.kind : 'Review';
    const outcomes = review.outcomes.map(outcome =>
        `<li><strong>${esc(refName(outcome.weakness))}</strong>: ${esc(outcome.judgement ? JUDGEMENTS[outcome.judgement] ?? outcome.judgement : NOT_STATED)}${outcome.text ? `. ${esc(outcome.text)}` : ''}</li>`);
    const lookingFor = review.lookingFor.map(item =>
        `<li>${item.weakness ? `<strong>${esc(refName(item.weakness))}</strong>: ` : ''}${esc(item.text)}${item.answeredBy.length > 0 ? ` <em>(answered by ${item.answeredBy.map(ref => esc(ref.id)).join(', ')})</em>` : ''}</li>`);
    return [
        `<h3>${esc(kind)}, ${esc(longDate(review.date)) || 'date not stated'}</h3>`,
        review.reviewers.length > 0 ? `<p>By ${review.reviewers.map(ref => esc(nameOf(ref))).join(', ')}.</p>` : '',
        review.afterAsOf && asOf ? `<p>This review is after the position date (${esc(longDate(asOf))}): it does not change the statuses above.</p>` : '',
        outcomes.length > 0 ? `<ul>\n${outcomes.join('\n')}\n</ul>` : '',
        lookingFor.length > 0 ? `<p>The reviewers will look for:</p>\n<ul>\n${lookingFor.join('\n')}\n</ul>` : '',
    ].filter(Boolean).join('\n');
}

function refName(ref: ModelRef): string {
    return ref.resolved ? ref.id : `${ref.id} (not declared)`;
}

function renderDiagnostics(diagnostics: readonly PlanDiagnostic[]): string {
    if (diagnostics.length === 0) {
        return '<section id="diagnostics"><h2>Open diagnostics</h2><p>None.</p></section>';
    }
    const rows = diagnostics.map(diagnostic =>
        `<tr><td>${esc(diagnostic.file)}:${diagnostic.start.line}:${diagnostic.start.column}</td><td><span class="badge severity-${diagnostic.severity}">${diagnostic.severity}</span></td>`
        + `<td>${esc(diagnostic.message)}</td><td><code>${esc(diagnostic.rule)}</code></td></tr>`);
    return [
        '<section id="diagnostics">',
        '<h2>Open diagnostics</h2>',
        '<table><thead><tr><th>Where</th><th>Severity</th><th>Message</th><th>Rule</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table>',
        '</section>',
    ].join('\n');
}

// ---------------------------------------------------------------- text

/** Author text for HTML: text and attribute values alike. */
export function escapeHtml(value: string | undefined): string {
    return (value ?? '').replace(/[&<>"']/g, char => ESCAPES[char]);
}

const esc = escapeHtml;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

// The preview's look: the editor's colours when it provides them (VS Code's webview variables),
// plain colours elsewhere.
const STYLE = `
:root { color-scheme: light dark; --fg: var(--vscode-editor-foreground, #1e1e1e); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #6a6a6a); --line: var(--vscode-panel-border, #d0d0d0);
  --met: #2e7d32; --missed: #c62828; --overdue: #ef6c00; --upcoming: #757575; --bar: #5c7cfa; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--fg); background: var(--bg); line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
table.facts th { width: 12rem; color: var(--muted); font-weight: normal; }
.badge { display: inline-block; border-radius: .6rem; padding: 0 .5rem; font-size: .8rem; border: 1px solid var(--line); white-space: nowrap; }
.badge.met, .badge.status-complete, .badge.status-on-track, .badge.judgement-sufficient, .badge.judgement-released { color: var(--met); border-color: var(--met); }
.badge.missed, .badge.status-off-track, .badge.judgement-not-sufficient, .badge.severity-error { color: var(--missed); border-color: var(--missed); }
.badge.overdue, .badge.status-at-risk, .badge.severity-warning { color: var(--overdue); border-color: var(--overdue); }
.badge.upcoming, .badge.undated, .badge.due, .badge.rag-not-due { color: var(--upcoming); }
.badge.rag-red { color: var(--missed); border-color: var(--missed); } .badge.rag-amber { color: var(--overdue); border-color: var(--overdue); }
.badge.rag-green { color: var(--met); border-color: var(--met); }
.kind, .id { color: var(--muted); font-size: .85rem; }
ul.milestones { list-style: none; padding-left: 0; } ul.milestones li { margin: .2rem 0; }
svg.timeline { font-size: 11px; margin: .5rem 0; } svg.timeline text { fill: var(--fg); }
svg.timeline .tick { stroke: var(--line); stroke-width: 1; } svg.timeline .tick-label { fill: var(--muted); text-anchor: middle; }
svg.timeline .bar { fill: var(--bar); opacity: .55; } svg.timeline .bar.status-complete { fill: var(--met); } svg.timeline .bar.status-off-track { fill: var(--missed); } svg.timeline .bar.status-at-risk { fill: var(--overdue); }
svg.timeline .milestone { stroke: var(--bg); stroke-width: 1.5; } svg.timeline .milestone.met { fill: var(--met); } svg.timeline .milestone.missed { fill: var(--missed); }
svg.timeline .milestone.overdue { fill: var(--overdue); } svg.timeline .milestone.upcoming, svg.timeline .milestone.due { fill: var(--upcoming); }
svg.timeline .as-of { stroke: var(--missed); stroke-dasharray: 4 3; } svg.timeline .as-of-label { fill: var(--missed); }
.legend .key::before { content: "\\25C6 "; } .legend .key.met::before { color: var(--met); } .legend .key.missed::before { color: var(--missed); }
.legend .key.overdue::before { color: var(--overdue); } .legend .key.upcoming::before, .legend .key.due::before { color: var(--upcoming); }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
`;

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
