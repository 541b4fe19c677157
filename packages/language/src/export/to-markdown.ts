// The Markdown export: an Annex A–style plan document for DfE and NHS England reviewers. Pure: a
// PlanModel in, text out. Everything an author typed goes through `text()` (prose) or `cell()`
// (tables), so that their words can never break the layout or inject HTML.
import { isOutstanding } from '../model/coverage.js';
import { dateRange, longDate, shortDate } from './dates-in-words.js';
import { capitalise, cell, table, text, withoutFullStop } from './markdown-syntax.js';
import {
    amount, describePerson, describeRag, describeUpdate, FREQUENCIES, INSPECTION_KINDS, JUDGEMENTS, MEASURE_STATUSES, MILESTONE_STATES, nameOf,
    NOT_STATED, PLAN_TYPES, RAG_WORDS, REQUIREMENT_STATES, REVIEW_KINDS, STATUSES, value, WEAKNESS_KINDS,
} from './plan-words.js';
import type {
    ActionModel, AreaModel, BoardModel, CoverageModel, DatedValue, InspectionModel, MeasureModel, MilestoneModel,
    ModelRef, NoticeModel, PlanDiagnostic, PlanModel, ReviewModel, TargetModel, WeaknessModel,
} from '../model/plan-model.js';

/** The plan as a Markdown document, ending with a newline. */
export function renderMarkdown(model: PlanModel, diagnostics: readonly PlanDiagnostic[]): string {
    const blocks = [
        `# ${text(model.plan?.title || model.files.plan)}`,
        renderHeader(model),
        renderGovernance(model),
        renderCoverage(model),
        // Only plans under a notice or direction have this section.
        ...(model.notices.length > 0 ? [renderNotices(model)] : []),
        ...model.areas.map(area => renderArea(area, model)),
        renderMeasures(model),
        renderReviews(model),
        renderDiagnostics(diagnostics),
        renderSources(model),
    ];
    return blocks.join('\n\n') + '\n';
}

function renderHeader(model: PlanModel): string {
    const plan = model.plan;
    const rows: string[][] = [
        ['Local area', cell(plan?.localArea) || NOT_STATED],
        ['Plan type', plan?.type ? PLAN_TYPES[plan.type] ?? cell(plan.type) : NOT_STATED],
        ...model.inspections.map(inspection => ['Inspection', describeInspection(inspection)]),
        ['Plan period', plan?.period ? dateRange(plan.period.start, plan.period.end) : NOT_STATED],
        ['Agreed', longDate(plan?.agreed) || NOT_STATED],
        ['Position as at', longDate(model.position.asOf?.date) || NOT_STATED],
        ['Actions by RAG', describeRagCounts(model)],
        ['Accountable officers', plan?.accountable.map(ref => cell(describePerson(ref, model))).join('; ') || NOT_STATED],
        ['Advisers', plan?.advisers.map(ref => cell(describePerson(ref, model))).join('; ') || 'None'],
    ];
    return table(['Item', 'Detail'], rows);
}

/** "2 red, 1 amber, 5 green, 3 not yet due" */
function describeRagCounts(model: PlanModel): string {
    const counts = model.position.rag;
    const parts = (['red', 'amber', 'green', 'not-due'] as const).filter(rag => counts[rag] > 0)
        .map(rag => `${counts[rag]} ${RAG_WORDS[rag].toLowerCase()}`);
    return parts.join(', ') || 'No actions';
}

function describeInspection(inspection: InspectionModel): string {
    const kind = inspection.kind ? INSPECTION_KINDS[inspection.kind] ?? cell(inspection.kind) : 'Inspection';
    const visit = inspection.from ? `${kind}, ${dateRange(inspection.from, inspection.to ?? inspection.from)}` : kind;
    return inspection.published ? `${visit}; report published ${longDate(inspection.published)}` : visit;
}

function renderGovernance(model: PlanModel): string {
    const boards = model.boards.map(board => renderBoard(board, model));
    return ['## Governance', ...(boards.length > 0 ? boards : ['No governance board is recorded.'])].join('\n\n');
}

function renderBoard(board: BoardModel, model: PlanModel): string {
    const lines = [
        bulletList('Chairs', board.chairs.map(ref => text(describePerson(ref, model)))),
        `- Meets: ${board.meets ? FREQUENCIES[board.meets] ?? text(board.meets) : NOT_STATED}`,
        `- Members: ${board.members.map(ref => text(nameOf(ref))).join(', ') || NOT_STATED}`,
        `- Reports to: ${text(board.reportsTo) || NOT_STATED}`,
    ];
    return `### ${text(board.name || board.id)}\n\n${lines.join('\n')}`;
}

/** "- Chairs: A", or a nested list when there are several (their descriptions may hold commas and semicolons). */
function bulletList(label: string, items: string[]): string {
    if (items.length <= 1) {
        return `- ${label}: ${items[0] ?? NOT_STATED}`;
    }
    return [`- ${label}:`, ...items.map(item => `  - ${item}`)].join('\n');
}

function renderCoverage(model: PlanModel): string {
    const weaknesses = new Map(model.inspections.flatMap(inspection => inspection.weaknesses).map(w => [w.id, w]));
    const rows = model.coverage.map(entry => [
        cell(entry.weakness),
        describeWeakness(weaknesses.get(entry.weakness)),
        describeStatus(entry, weaknesses.get(entry.weakness)),
        describeCoverage(entry, model),
    ]);
    const summary = model.coverage.length === 0 ? 'No inspection weaknesses are recorded.' : summariseCoverage(model.coverage);
    const parts = ['## Weaknesses and coverage', summary];
    if (rows.length > 0) {
        parts.push(table(['Weakness', 'Finding', 'Status', 'Addressed by'], rows));
    }
    return parts.join('\n\n');
}

/** "2 of 3 weaknesses are outstanding (…); every outstanding weakness is addressed." */
function summariseCoverage(coverage: CoverageModel[]): string {
    const outstanding = coverage.filter(entry => isOutstanding(entry.status));
    const unaddressed = outstanding.filter(entry => entry.actions.length === 0 && entry.areas.length === 0);
    const counted = coverage.length === 1
        ? `${outstanding.length} of 1 weakness is outstanding`
        : `${outstanding.length} of ${coverage.length} weaknesses ${outstanding.length === 1 ? 'is' : 'are'} outstanding`;
    const addressed = outstanding.length === 0 ? 'none needs further action.'
        : unaddressed.length === 0 ? 'every outstanding weakness is addressed.'
        : `${unaddressed.length === 1 ? 'one is' : `${unaddressed.length} are`} not addressed: ${unaddressed.map(entry => text(entry.weakness)).join(', ')}.`;
    return `${counted} (open or not sufficient progress); ${addressed}`;
}

/** "Sufficient progress (inspection: not sufficient progress)" when a review changed the judgement. */
function describeStatus(entry: CoverageModel, weakness: WeaknessModel | undefined): string {
    const status = JUDGEMENTS[entry.status] ?? cell(entry.status);
    const judgement = weakness?.judgement;
    return judgement && judgement !== entry.status
        ? `${status} (inspection: ${(JUDGEMENTS[judgement] ?? cell(judgement)).toLowerCase()})`
        : status;
}

function describeWeakness(weakness: WeaknessModel | undefined): string {
    if (!weakness) {
        return '';
    }
    const kind = weakness.kind ? WEAKNESS_KINDS[weakness.kind] : undefined;
    return kind ? `${kind}: ${cell(weakness.text)}` : cell(weakness.text);
}

/** "Area 3: actions 3.1, 3.2; action 5.4 (area 5)": areas with their actions, then actions that name the weakness themselves. */
function describeCoverage(entry: CoverageModel, model: PlanModel): string {
    const areaOf = new Map(model.areas.flatMap(area => area.actions.map(action => [action.id, area.id] as const)));
    const parts = entry.areas.map(areaId => {
        const actions = entry.actions.filter(actionId => areaOf.get(actionId) === areaId);
        return `Area ${cell(areaId)}: ${actions.length > 0 ? actionList(actions) : 'no actions yet'}`;
    });
    const direct = entry.actions.filter(actionId => !entry.areas.includes(areaOf.get(actionId) ?? ''));
    if (direct.length > 0) {
        const named = direct.map(actionId => areaOf.has(actionId) ? `${cell(actionId)} (area ${cell(areaOf.get(actionId))})` : cell(actionId));
        parts.push(`${direct.length === 1 ? 'action' : 'actions'} ${named.join(', ')}`);
    }
    if (parts.length > 0) {
        return capitalise(parts.join('; '));
    }
    return isOutstanding(entry.status) ? 'Not addressed' : 'Not addressed (no action needed)';
}

/** "action 3.1", "actions 3.1, 3.2" */
function actionList(ids: string[]): string {
    return `${ids.length === 1 ? 'action' : 'actions'} ${ids.map(cell).join(', ')}`;
}

const NOTICE_KINDS: Record<string, string> = {
    'improvement-notice': 'Improvement Notice', 'statutory-direction': 'Statutory Direction',
};

function renderNotices(model: PlanModel): string {
    return ['## Notices and directions', ...model.notices.map(notice => renderNotice(notice, model))].join('\n\n');
}

/** A heading, who issued it and when, then one row per requirement: deadline, outcome, what answers it. */
function renderNotice(notice: NoticeModel, model: PlanModel): string {
    const kind = notice.kind ? NOTICE_KINDS[notice.kind] ?? text(notice.kind) : 'Notice';
    const issued = [
        notice.issued ? `issued ${longDate(notice.issued)}` : 'date of issue not stated',
        notice.issuers.length > 0 ? `by ${notice.issuers.map(ref => text(nameOf(ref))).join(', ')}` : '',
    ].filter(Boolean).join(' ');
    const parts = [`### ${text(notice.title) || kind}`, `${kind}, ${issued}.`];
    if (notice.requirements.length === 0) {
        parts.push('No requirements are recorded.');
    } else {
        parts.push(table(['Requirement', 'Text', 'Due', 'Outcome', 'Answered by'], notice.requirements.map(requirement => [
            cell(requirement.id),
            cell(requirement.text),
            shortDate(requirement.due) || NOT_STATED,
            REQUIREMENT_STATES[requirement.state],
            describeAnswers(requirement.answeredBy, model) || 'Not yet answered',
        ])));
    }
    return parts.join('\n\n');
}

function renderArea(area: AreaModel, model: PlanModel): string {
    const heading = `## ${area.id ? `Area ${text(area.id)}: ` : ''}${text(area.title) || 'Untitled area'}`;
    const rag = `RAG: ${RAG_WORDS[area.rag]} (the worst of its actions).`;
    const addresses = area.addresses.length > 0
        ? `Addresses ${area.addresses.length === 1 ? 'weakness' : 'weaknesses'} ${area.addresses.map(ref => text(nameOf(ref))).join(', ')}.`
        : 'Addresses no weakness directly.';
    if (area.actions.length === 0) {
        return [heading, addresses, rag, 'No actions yet.'].join('\n\n');
    }
    const rows = area.actions.map(action => [
        cell(action.id),
        describeAction(action),
        describeLead(action, model),
        shortDate(action.start) || NOT_STATED,
        shortDate(action.due) || NOT_STATED,
        action.status ? STATUSES[action.status] ?? cell(action.status) : NOT_STATED,
        cell(describeRag(action)),
        action.targets.map(target => describeTarget(target, model)).join(' ') || 'None',
        action.milestones.map(describeMilestone).join(' ') || 'None',
        action.evidence.map(cell).join('; ') || 'None',
        action.latestUpdate ? cell(describeUpdate(action.latestUpdate)) : 'None',
    ]);
    const columns = ['No.', 'Action', 'Lead', 'Start', 'Due', 'Status', 'RAG', 'Targets (baseline → target)', 'Milestones', 'Evidence', 'Latest update'];
    return [heading, addresses, rag, table(columns, rows)].join('\n\n');
}

function describeAction(action: ActionModel): string {
    const title = cell(action.title) || 'Untitled';
    return action.addresses.length > 0
        ? `${title} (also addresses ${action.addresses.map(ref => cell(nameOf(ref))).join(', ')})`
        : title;
}

function describeLead(action: ActionModel, model: PlanModel): string {
    const lead = action.lead ? cell(describePerson(action.lead, model)) : NOT_STATED;
    return action.partners.length > 0
        ? `${lead}. Partners: ${action.partners.map(ref => cell(nameOf(ref))).join(', ')}`
        : lead;
}

function describeTarget(target: TargetModel, model: PlanModel): string {
    if (target.type === 'measure') {
        const measure = target.measure.resolved ? model.measures.find(m => m.id === target.measure.id) : undefined;
        if (!measure) {
            return `**${cell(target.measure.id) || 'Unnamed measure'}:** no measure of that name is declared.`;
        }
        return `**${cell(measure.name || measure.id)}:** ${fromTo(measure.baseline, measure.target, measure.unit)}.`;
    }
    return `**${cell(target.name) || 'Unnamed target'}:** ${fromTo(target.baseline, target, target.unit)}.`;
}

/** "35% on 31 Jan 2020 → 70% by 31 Mar 2021" */
function fromTo(baseline: DatedValue | undefined, target: DatedValue | undefined, unit: string | undefined): string {
    const from = baseline?.value !== undefined
        ? `${value(baseline.value, unit)}${baseline.date ? ` on ${shortDate(baseline.date)}` : ''}`
        : 'no baseline';
    const to = target?.value !== undefined
        ? `${value(target.value, unit)}${target.date ? ` by ${shortDate(target.date)}` : ''}`
        : `no target value${target?.date ? ` (due ${shortDate(target.date)})` : ''}`;
    return `${from} → ${to}`;
}

function describeMilestone(milestone: MilestoneModel): string {
    const when = [
        milestone.horizonMonths !== undefined ? `${milestone.horizonMonths} ${milestone.horizonMonths === 1 ? 'month' : 'months'}` : undefined,
        milestone.date ? shortDate(milestone.date) : 'no date',
    ].filter(Boolean).join(', ');
    const outcome = milestone.state === 'overdue' ? ' (overdue: outcome not recorded)'
        : milestone.state === 'undated' ? '' : ` (${MILESTONE_STATES[milestone.state].toLowerCase()})`;
    return `**${when}:** ${withoutFullStop(cell(milestone.text)) || 'No description'}${outcome}.`;
}

function renderMeasures(model: PlanModel): string {
    if (model.measures.length === 0) {
        return '## Key performance indicators\n\nNo measures are recorded.';
    }
    const rows = model.measures.map(measure => [
        cell(measure.name || measure.id),
        describeKind(measure),
        measure.unit ? capitalise(measure.unit) : NOT_STATED,
        describeBaseline(measure),
        measure.expected.map(expected => dated(expected, measure.unit, 'by')).join('; ') || 'None',
        measure.target ? dated(measure.target, measure.unit, 'by') : NOT_STATED,
        latestActual(measure),
        describePosition(measure),
        targetedBy(measure, model),
    ]);
    const columns = ['Measure', 'Kind', 'Unit', 'Baseline', 'Expected', 'Target', 'Latest actual', 'Position', 'Actions'];
    return ['## Key performance indicators', table(columns, rows)].join('\n\n');
}

function describeKind(measure: MeasureModel): string {
    const kind = measure.kind ? capitalise(measure.kind) : NOT_STATED;
    const direction = measure.direction === 'increase' ? 'higher is better'
        : measure.direction === 'decrease' ? 'lower is better' : undefined;
    return direction ? `${kind}, ${direction}` : kind;
}

function describeBaseline(measure: MeasureModel): string {
    if (!measure.baseline) {
        return NOT_STATED;
    }
    const source = measure.baseline.source ? `; source: ${cell(measure.baseline.source)}` : '';
    return `${dated(measure.baseline, measure.unit, 'on')}${source}`;
}

/** The latest actual at the as-of date. */
function latestActual(measure: MeasureModel): string {
    const latest = measure.position.latest;
    return latest ? dated(latest, measure.unit, 'on') : 'None yet';
}

/** "Behind its path (expected 520)", "On track, sustained". */
function describePosition(measure: MeasureModel): string {
    const { status, latest, sustained } = measure.position;
    const expected = latest?.expected !== undefined && status !== 'no-data' ? ` (expected ${amount(latest.expected, measure.unit)})` : '';
    return `${MEASURE_STATUSES[status]}${sustained ? ', sustained' : ''}${expected}`;
}

function targetedBy(measure: MeasureModel, model: PlanModel): string {
    const actions = model.areas.flatMap(area => area.actions).filter(action =>
        action.targets.some(target => target.type === 'measure' && target.measure.resolved && target.measure.id === measure.id));
    return actions.map(action => cell(action.id)).join(', ') || 'None';
}

function dated(entry: DatedValue, unit: string | undefined, preposition: 'on' | 'by'): string {
    const amount = entry.value !== undefined ? value(entry.value, unit) : 'no value';
    return entry.date ? `${amount} ${preposition} ${shortDate(entry.date)}` : amount;
}

/** Reviews in date order (a plan's own and its imported files' reviews interleave); undated ones last. */
function renderReviews(model: PlanModel): string {
    const key = (review: ReviewModel) => review.date ?? '\uffff';
    const inOrder = [...model.reviews].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    const reviews = inOrder.map(review => renderReview(review, model));
    return ['## Reviews', ...(reviews.length > 0 ? reviews : ['No reviews are recorded yet.'])].join('\n\n');
}

function renderReview(review: ReviewModel, model: PlanModel): string {
    const kind = review.kind ? REVIEW_KINDS[review.kind] ?? text(review.kind) : 'Review';
    const parts = [`### ${kind}, ${longDate(review.date) || 'date not stated'}`];
    if (review.reviewers.length > 0) {
        parts.push(`By ${review.reviewers.map(ref => text(nameOf(ref))).join(', ')}.`);
    }
    const asOf = model.position.asOf?.date;
    if (asOf && review.afterAsOf) {
        // A shared file of findings may record reviews the plan had not reached yet (a 2018 statement
        // of action importing the 2019 revisit): shown, but they do not change the statuses above.
        parts.push(`This review is after the plan's position date (${longDate(asOf)}): it does not change the statuses above.`);
    }
    if (review.outcomes.length > 0) {
        parts.push(table(['Weakness', 'Judgement', 'Comment'], review.outcomes.map(outcome => [
            cell(nameOf(outcome.weakness)),
            outcome.judgement ? JUDGEMENTS[outcome.judgement] ?? cell(outcome.judgement) : NOT_STATED,
            cell(outcome.text),
        ])));
    }
    if (review.lookingFor.length > 0) {
        parts.push('What the reviewers will look for next:');
        parts.push(table(['Weakness', 'Looking for', 'Answered by'], review.lookingFor.map(item => [
            item.weakness ? cell(nameOf(item.weakness)) : 'General',
            cell(item.text),
            describeAnswers(item.answeredBy, model) || 'Not yet answered',
        ])));
    }
    if (review.outcomes.length === 0 && review.lookingFor.length === 0) {
        parts.push('No outcomes are recorded.');
    }
    return parts.join('\n\n');
}

/** "Actions 2.1, 2.2. Measures: Leaders who can describe the strategy; Parents rating communication" */
function describeAnswers(answers: ModelRef[], model: PlanModel): string {
    const actions = answers.filter(ref => ref.type === 'action').map(ref => ref.id);
    const measures = answers.filter(ref => ref.type === 'measure')
        .map(ref => cell(model.measures.find(m => m.id === ref.id)?.name || ref.id));
    const others = answers.filter(ref => ref.type !== 'action' && ref.type !== 'measure').map(ref => cell(nameOf(ref)));
    return [
        actions.length > 0 ? capitalise(actionList(actions)) : '',
        measures.length > 0 ? `${measures.length === 1 ? 'Measure' : 'Measures'}: ${measures.join('; ')}` : '',
        others.join('; '),
    ].filter(Boolean).join('. ');
}

function renderDiagnostics(diagnostics: readonly PlanDiagnostic[]): string {
    if (diagnostics.length === 0) {
        return '## Open diagnostics\n\nNone.';
    }
    const rows = diagnostics.map(diagnostic => [
        cell(diagnostic.file),
        `${diagnostic.start.line}:${diagnostic.start.column}`,
        capitalise(diagnostic.severity),
        cell(diagnostic.rule),
        cell(diagnostic.message),
    ]);
    return ['## Open diagnostics', table(['File', 'Line', 'Severity', 'Rule', 'Message'], rows)].join('\n\n');
}

function renderSources(model: PlanModel): string {
    const files = [model.files.plan, ...model.files.imports].map(text);
    const listed = files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
    return `Exported by APPL from ${listed}.`;
}
