// A short explanation of every keyword, in the words of a plan author: shown when hovering a keyword
// and beside it in completion, so that the editor teaches the language while one types. A test checks
// that every keyword of the grammar has one.

export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
    // files and declarations
    'import': 'Makes the ids declared in another `.appl` file usable here: `import "medway-people.appl"`. The path is relative to this file.',
    'plan': 'The plan header: its title, type, local area, period, agreed and as-of dates, and accountable officers.',
    'organisation': 'An organisation: `organisation <id> "<name>" kind <kind>`. Boards, actions and reviews refer to it by its id.',
    'person': 'A person: `person <id> "<name>" role "<role>" at <organisation>`. Leads, chairs and accountable officers refer to them by id.',
    'board': 'The improvement board that governs the plan: its chairs, how often it meets and its members.',
    'inspection': 'An inspection and its findings, word for word: `inspection revisit from <date> to <date> published <date> { … }`.',
    'notice': 'An Improvement Notice or a Statutory Direction, with the requirements it sets.',
    'measure': 'A measure (KPI): its kind, unit, baseline, target, the values expected on the way and the actual values.',
    'area': 'An area of the plan, with the weaknesses it addresses and its actions: `area 3 "<title>" addresses W7 { … }`.',
    'action': 'An action: `action 3.1 "<what will be done>" { … }` with a lead, dates, status, targets, milestones, evidence and progress updates.',
    'review': 'A progress review by DfE and NHS England: the outcome for each weakness and what the reviewers will look for next.',

    // plan header
    'type': 'The kind of plan: `APP`, `WSOA`, `priority-action-plan` or `improvement-plan`.',
    'WSOA': 'A written statement of action, written after an inspection finds significant weaknesses.',
    'APP': 'An accelerated progress plan, required after a revisit finds weaknesses without sufficient progress. It needs milestones at 3, 6 and 12 months.',
    'priority-action-plan': 'A priority action plan, under the 2023 inspection framework.',
    'improvement-plan': 'Any other improvement plan.',
    'local-area': 'The name of the local area (the council and its health partners): `local-area "Medway"`.',
    'period': 'When the plan runs: `period 2020-03-01 to 2021-09-30`.',
    'agreed': 'The date the plan was agreed with DfE and NHS England.',
    'as-of': 'The date that statuses, met or missed milestones and actual values describe.',
    'accountable': 'The accountable officers (people): one from the council and one from health.',
    'advisers': 'The DfE and NHS England advisers (people).',
    'version': 'The version of the plan document, in quotes: `version "2.1"`.',
    'signed-off': 'Who approved the plan, and on what date: `signed-off 2022-04-08 by dfe, nhse`.',

    // the Annex A analysis, communications and support
    'analysis': 'The factors that account for insufficient progress, and how each is being addressed: `analysis { factor "…" response "…" }`.',
    'factor': 'A factor that accounts for insufficient progress: `factor "<what held progress back>" response "<how it is being addressed>" answered-by 6.1`.',
    'response': 'How the factor is being addressed, in quotes.',
    'communications': 'How families are kept informed: `communications { channel "<how>" monthly }`.',
    'channel': 'One way families are kept informed, and how often: `channel "SEND newsletter to every family" monthly`.',
    'support': 'The support and challenge the area asks DfE and NHS England for: `support { request "<what>" by <date> }`.',
    'request': 'Support or challenge the area asks for, and by when: `request "A peer review of EHC plan quality" by 2023-09-30`.',

    // organisations and people
    'kind': 'What kind of thing this is (an organisation\'s or a measure\'s kind).',
    'local-authority': 'An organisation that is a council.',
    'health': 'An organisation in health: a CCG, an ICB, an NHS trust.',
    'school': 'A school, an academy, or a group of them.',
    'parent-carer-forum': 'The parent carer forum. A board should have it among its members.',
    'government': 'A government body, such as DfE or NHS England.',
    'other': 'Any other kind of organisation.',
    'role': 'The person\'s role, in quotes: `role "Director of Children\'s Services"`.',
    'at': 'The organisation the person works for: `at medway-council`.',

    // governance
    'chairs': 'The people who chair the board.',
    'meets': 'How often the board meets: a frequency such as `monthly`, or your own words in quotes.',
    'members': 'The board\'s members: people or organisations, the parent carer forum among them.',
    'reports-to': 'Whom the board reports to, in quotes.',
    'weekly': 'Every week.',
    'fortnightly': 'Every two weeks.',
    'monthly': 'Every month.',
    'bi-monthly': 'Every two months.',
    'quarterly': 'Every three months.',
    'termly': 'Every school term.',
    'six-monthly': 'Every six months.',

    // inspections and findings
    'initial': 'The first inspection of the local area.',
    'revisit': 'A revisit: inspectors (or reviewers) judge the progress made on each weakness.',
    'full': 'A full inspection.',
    'monitoring': 'A monitoring inspection or visit.',
    'from': 'The first date (of an inspection, or an inline target\'s baseline value).',
    'to': 'The last date of a period.',
    'published': 'The date the inspection report (letter) was published.',
    'weakness': 'A significant weakness found by the inspection: `weakness W7 "<the finding, word for word>" not-sufficient`.',
    'priority-action': 'An area for priority action (2023 framework): a weakness in every other respect.',
    'improvement-area': 'An area for improvement (2023 framework): a weakness in every other respect.',
    'open': 'Not yet judged: the weakness still needs actions.',
    'not-sufficient': 'Judged not to have made sufficient progress: the weakness still needs actions.',
    'sufficient': 'Judged to have made sufficient progress.',
    'released': 'Released from formal monitoring.',

    // notices
    'improvement-notice': 'An Improvement Notice issued to the local area.',
    'statutory-direction': 'A Statutory Direction issued to the local area.',
    'issued': 'The date the notice was issued.',
    'requirement': 'A requirement of the notice: `requirement R1 "<text>" due <date> met answered-by 4.1`.',
    'not-met': 'The requirement has not been met.',

    // measures
    'impact': 'A measure of impact on children, young people and families: what reviewers look for.',
    'outcome': 'An outcome: as a measure\'s kind, a measure of outcomes; in a review, the reviewers\' judgement on a weakness (`outcome W7 sufficient "<comment>"`).',
    'experience': 'A measure of families\' experience (surveys, feedback).',
    'process': 'A process measure: how the system works, such as timeliness.',
    'activity': 'An activity measure: what was done, such as people trained.',
    'unit': 'The unit of the measure: `percent`, `count`, `weeks`, `days`, `rate` or `score`.',
    'percent': 'A percentage, between 0 and 100.',
    'count': 'A number of things.',
    'weeks': 'A number of weeks.',
    'days': 'A number of days.',
    'rate': 'A rate (per 1,000, per 10,000, …).',
    'score': 'A score on a scale.',
    'direction': 'Which way is better: `increase` or `decrease`.',
    'increase': 'Higher values are better.',
    'decrease': 'Lower values are better.',
    'baseline': 'Where the measure starts: `baseline 35 on 2020-01-31 source "<where the figure comes from>"`.',
    'on': 'The date a value was measured.',
    'source': 'Where a value comes from, in quotes.',
    'target': 'A target: in a measure, the value to reach by a date (`target 70 by 2021-03-31`); in an action, a measure\'s id or an inline target (`target "<what>" 100 percent by <date> from 20 on <date>`).',
    'by': 'The date by which a value is due; in a review or notice, who carried it out or issued it.',
    'expect': 'An interim value expected on the way to the target: `expect 45 by 2020-06-30`.',
    'actual': 'A value actually measured: `actual 41 on 2020-06-30`.',

    // actions
    'lead': 'The person who leads the action: `lead jane-doe`.',
    'partners': 'The people or organisations working on the action with its lead.',
    'addresses': 'The weaknesses this area or action addresses: `addresses W1, W7`.',
    'start': 'The date the action starts.',
    'due': 'The date the action (or requirement) is due.',
    'status': 'How the action is going: `not-started`, `on-track`, `at-risk`, `off-track` or `complete`.',
    'not-started': 'The action has not started yet.',
    'on-track': 'The action is on track.',
    'at-risk': 'The action is at risk of missing its targets or dates.',
    'off-track': 'The action is off track.',
    'complete': 'The action is complete.',
    'milestone': 'What will be true by a date: `milestone 3 months 2020-06-01 "<what will be true>" met`.',
    'months': 'Which of the plan\'s 3, 6 and 12-month points the milestone is.',
    'met': 'The milestone (or requirement) was met.',
    'missed': 'The milestone was missed.',
    'evidence': 'What a reviewer will be shown, in quotes: `evidence "Training register", "Audit report"`.',
    'success-criteria': 'What will show the action has succeeded, in quotes: `success-criteria "Every caseworker trained", "Audit at 70% good or better"`.',
    'senior-responsible-officer': 'The senior officer accountable for the action (a person), above its lead: `senior-responsible-officer sarah-hammond`.',
    'co-production': 'Who the action was developed with, and how far: `co-production kent-pact co-produced, schools consulted`.',
    'informed': 'They were told about the action.',
    'consulted': 'They were asked for their views on the action.',
    'co-produced': 'They shaped the action as equal partners.',
    'update': 'The lead\'s note on progress at a date, latest last: `update 2021-01-15 "<what has happened since the last update>"`. Reviewers ask for one on every action before each review.',

    // reviews
    'progress-review': 'A progress review.',
    'release': 'A review that releases the local area from formal monitoring.',
    'looking-for': 'What the reviewers will look for next time: `looking-for W1 "<text>" answered-by 1.1, <measure>`.',
    'answered-by': 'The actions or measures that answer it.',
};

/** The first sentence of a keyword's explanation, without code marks: short enough for a completion list. */
export function keywordSummary(keyword: string): string | undefined {
    const doc = KEYWORD_DOCS[keyword];
    return doc?.split(/(?<=\.)\s/)[0].replace(/`/g, '');
}
