// The timeline of the HTML document: a Gantt-style SVG with a row per action (its number and title),
// a bar from its start to its due date, each milestone drawn in a shape that says where it stands
// (met: a disc; missed: a cross; overdue: a triangle; not yet due: an open diamond) as well as in
// colour, a line at the as-of date and a tick every three months. The SVG has a fixed width and text
// of at least 12 px: a narrow panel scrolls it sideways rather than shrinking the words.
import { addMonths, daysBetween, isValidDate, type IsoDate } from '../model/dates.js';
import { monthOffset } from '../model/month-offset.js';
import type { ActionModel, MilestoneModel, PlanModel } from '../model/plan-model.js';
import { shortDate } from './dates-in-words.js';
import { MILESTONE_WORDS } from './document/document-words.js';
import type { MilestoneState } from '../model/milestone-state.js';
import { MIN_TEXT_PX } from './html-style.js';
import { escapeHtml as esc } from './render-html.js';

const LABEL_WIDTH = 300;
const CHART_WIDTH = 620;
const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 36;
/** About how many characters of an action's title fit in the label column at the minimum text size. */
const LABEL_CHARACTERS = Math.floor(LABEL_WIDTH / (MIN_TEXT_PX * 0.55));

export function renderTimeline(model: PlanModel): string {
    const asOf = model.position.asOf?.date;
    const actions = model.areas.flatMap(area => area.actions);
    const dates = [
        model.plan?.period?.start, model.plan?.period?.end,
        ...actions.flatMap(action => [action.start, action.due, ...action.milestones.map(m => m.date)]),
    ].filter(isValidDate).sort();
    if (actions.length === 0 || dates.length === 0) {
        return '<section id="timeline"><h2>Timeline</h2><p>No dated actions yet.</p></section>';
    }
    const from = isValidDate(model.plan?.period?.start) ? model.plan.period.start : dates[0];
    const first = [from, dates[0]].sort()[0];
    const to = [isValidDate(model.plan?.period?.end) ? model.plan.period.end : dates[dates.length - 1], dates[dates.length - 1]].sort()[1];
    const span = Math.max(1, daysBetween(first, to));
    const x = (date: IsoDate) => LABEL_WIDTH + Math.round((daysBetween(first, date) / span) * CHART_WIDTH * 10) / 10;
    const height = AXIS_HEIGHT + actions.length * ROW_HEIGHT + 24;
    const parts: string[] = [];

    const totalMonths = monthOffset(from, to)?.months ?? 0;
    for (let months = 0; months <= totalMonths; months += 3) {
        const date = addMonths(from, months);
        parts.push(`<line class="tick" x1="${x(date)}" y1="${AXIS_HEIGHT - 6}" x2="${x(date)}" y2="${height - 20}"/>`,
            `<text class="tick-label" x="${x(date)}" y="13">${months === 0 ? 'start' : `+${months}m`}</text>`,
            `<text class="tick-label" x="${x(date)}" y="27">${esc(shortDate(date).replace(/^\d+ /, ''))}</text>`);
    }
    actions.forEach((action, row) => {
        const y = AXIS_HEIGHT + row * ROW_HEIGHT;
        parts.push(`<text class="row-label" x="0" y="${y + 16}">${esc(label(action))}<title>${esc(`${action.id} ${action.title ?? ''}`)}</title></text>`);
        const start = isValidDate(action.start) ? action.start : from;
        if (isValidDate(action.due)) {
            const x1 = x(start);
            const width = Math.max(2, x(action.due) - x1);
            parts.push(`<rect class="bar" x="${x1}" y="${y + 7}" width="${Math.round(width * 10) / 10}" height="10" rx="3">`
                + `<title>${esc(`${action.id} ${action.title ?? ''}: ${shortDate(start)} to ${shortDate(action.due)}`)}</title></rect>`);
        }
        for (const milestone of action.milestones) {
            if (!isValidDate(milestone.date)) continue;
            const state = milestone.state;
            parts.push(shape(state, x(milestone.date), y + 12, `${action.id}, ${describeWhen(milestone)}: ${milestone.text ?? ''} (${MILESTONE_WORDS[state].toLowerCase()})`));
        }
    });
    if (asOf && asOf >= first && asOf <= to) {
        parts.push(`<line class="as-of" x1="${x(asOf)}" y1="${AXIS_HEIGHT - 6}" x2="${x(asOf)}" y2="${height - 18}"/>`,
            `<text class="as-of-label" x="${x(asOf) + 3}" y="${height - 4}">as at ${esc(shortDate(asOf))}</text>`);
    }
    const width = LABEL_WIDTH + CHART_WIDTH + 40;
    return [
        '<section id="timeline">',
        '<h2>Timeline</h2>',
        '<div class="timeline-scroll">',
        `<svg class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of the plan's actions and milestones">`,
        ...parts,
        '</svg>',
        '</div>',
        `<ul class="legend">${LEGEND.map(([state, words]) => `<li>${legendShape(state)}${esc(words)}</li>`).join('')}</ul>`,
        '</section>',
    ].join('\n');
}

const LEGEND: Array<[MilestoneState, string]> = [
    ['met', 'met'], ['missed', 'missed'], ['overdue', 'overdue (no outcome recorded)'], ['upcoming', 'not yet due'],
];

/** "1.1 Survey the wider group of parents…", cut to fit the label column. */
function label(action: ActionModel): string {
    const whole = `${action.id} ${action.title ?? ''}`.trim();
    return whole.length <= LABEL_CHARACTERS ? whole : `${whole.slice(0, LABEL_CHARACTERS - 1).replace(/\s+\S*$/, '')}…`;
}

function describeWhen(milestone: MilestoneModel): string {
    return [milestone.horizonMonths !== undefined ? `${milestone.horizonMonths} months` : '', milestone.date ? shortDate(milestone.date) : 'no date']
        .filter(Boolean).join(', ');
}

/** A milestone's mark: its shape says where it stands, with its words in a tooltip. */
function shape(state: MilestoneState, cx: number, cy: number, title: string): string {
    const tip = `<title>${esc(title)}</title>`;
    const r = 7;
    switch (state) {
        case 'met': return `<circle class="milestone met" cx="${cx}" cy="${cy}" r="${r - 1}">${tip}</circle>`;
        case 'missed': return `<path class="milestone missed" d="M${cx - r + 1},${cy - r + 1}L${cx + r - 1},${cy + r - 1}M${cx - r + 1},${cy + r - 1}L${cx + r - 1},${cy - r + 1}">${tip}</path>`;
        case 'overdue': return `<polygon class="milestone overdue" points="${cx},${cy - r} ${cx + r},${cy + r - 1} ${cx - r},${cy + r - 1}">${tip}</polygon>`;
        // Due within a month and later are both still to come: an open diamond (the tooltip says which).
        default: return `<polygon class="milestone upcoming" points="${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}">${tip}</polygon>`;
    }
}

function legendShape(state: MilestoneState): string {
    return `<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" class="legend-mark">${shape(state, 9, 9, MILESTONE_WORDS[state])}</svg>`;
}
