// "New plan" (the VS Code command and the web page's button): the questions it asks and the skeleton
// it writes. Pure and free of VS Code, so that the web page (packages/web) uses the same text.
//
// The skeleton is a plan a new author can check at once. It holds what the author told us (type,
// local area, period) and one weakness, area and action to fill in, and leaves out on purpose what
// only the author knows: the checker's findings on it are the author's to-do list, each saying what to
// write (accountable officers, a board with the parent carer forum, the action's lead, due date,
// quantified target and dated milestones, the forum among the area's partners). A test checks that
// exact set of findings.

export type PlanType = 'APP' | 'WSOA' | 'priority-action-plan' | 'improvement-plan';

/** The plan types, in the order a picker offers them, with what each is called and when it is written. */
export const PLAN_TYPES: ReadonlyArray<{ type: PlanType, name: string, when: string }> = [
    { type: 'APP', name: 'Accelerated Progress Plan', when: 'after a revisit finds weaknesses without sufficient progress' },
    { type: 'WSOA', name: 'Written Statement of Action', when: 'after an inspection finds significant weaknesses' },
    { type: 'priority-action-plan', name: 'Priority Action Plan', when: 'under the 2023 framework, after widespread or systemic failings' },
    { type: 'improvement-plan', name: 'Improvement Plan', when: 'any other plan of improvement, for example under an Improvement Notice' },
];

export interface NewPlanAnswers {
    type: PlanType;
    localArea: string;
    /** YYYY-MM-DD */
    start: string;
    /** YYYY-MM-DD */
    end: string;
}

/** What is wrong with an answer, in words for the person answering; undefined when it is fine. */
export function checkLocalArea(localArea: string): string | undefined {
    if (localArea.trim() === '') {
        return 'Write the name of the local area, for example Medway.';
    }
    if (/["\\\r\n]/.test(localArea)) {
        return 'Write the name without quotes, backslashes or line breaks.';
    }
    return undefined;
}

/** Checks a period written "2024-04-01 to 2025-09-30" and returns its dates, or what is wrong with it. */
export function parsePeriod(period: string): { start: string, end: string } | { problem: string } {
    const match = /^\s*(\d{4}-\d{2}-\d{2})\s*(?:to|–|-)\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(period);
    if (!match) {
        return { problem: 'Write the period as two dates, YYYY-MM-DD to YYYY-MM-DD (for example 2024-04-01 to 2025-09-30).' };
    }
    return checkPeriod(match[1], match[2]);
}

/** Checks the two dates of a period. */
export function checkPeriod(start: string, end: string): { start: string, end: string } | { problem: string } {
    for (const date of [start, end]) {
        if (!isRealDate(date)) {
            return { problem: `${date || 'An empty date'} is not a real date. Write dates as YYYY-MM-DD.` };
        }
    }
    if (end <= start) {
        return { problem: `The plan must end after it starts: ${end} is not after ${start}.` };
    }
    return { start, end };
}

/** A proposal for the period: from the first of next month, for 18 months (APPs run about that long). */
export function suggestedPeriod(today: Date): { start: string, end: string } {
    const start = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 18, 0));
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** A file name for the new plan: "medway-app.appl". */
export function planFileName(answers: Pick<NewPlanAnswers, 'type' | 'localArea'>): string {
    const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return `${[slug(answers.localArea) || 'new', slug(answers.type)].join('-')}.appl`;
}

/** The skeleton's first finding of each kind, by plan type. */
const FINDINGS: Record<PlanType, { inspection: string, finding: string }> = {
    'APP': { inspection: 'revisit', finding: 'weakness W1 "Copy the first weakness the revisit left, word for word from the letter." not-sufficient' },
    'WSOA': { inspection: 'initial', finding: 'weakness W1 "Copy the first significant weakness, word for word from the inspection letter." open' },
    'priority-action-plan': { inspection: 'full', finding: 'priority-action P1 "Copy the first area for priority action, word for word from the inspection report."' },
    'improvement-plan': { inspection: 'full', finding: 'weakness W1 "Copy the first weakness, word for word from the letter or notice." open' },
};

/** The skeleton of a new plan, in the layout `appl format` gives. */
export function planSkeleton(answers: NewPlanAnswers): string {
    const { name } = PLAN_TYPES.find(entry => entry.type === answers.type) ?? PLAN_TYPES[0];
    const localArea = answers.localArea.trim();
    const { inspection, finding } = FINDINGS[answers.type] ?? FINDINGS.APP;
    const first = finding.split(' ')[1];
    return [
        `// ${localArea} ${name}, ${answers.start} to ${answers.end}.`,
        '// Started with "New plan". The problems list says what to fill in next, and each message says what',
        '// to write. Type a keyword (plan, area, action, measure, milestone) for a block to fill in.',
        '',
        `plan "${localArea} ${name}" {`,
        `  type ${answers.type}`,
        `  local-area "${localArea}"`,
        `  period ${answers.start} to ${answers.end}`,
        `  as-of ${answers.start}`,
        '}',
        '',
        '// The findings, word for word from the letter, each with where it stands.',
        `inspection ${inspection} {`,
        `  ${finding}`,
        '}',
        '',
        `area 1 "Name the area of work" addresses ${first} {`,
        '  action 1.1 "Say what will be done, and by whom" {}',
        '}',
        '',
    ].join('\n');
}

function isRealDate(date: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        return false;
    }
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
