// @ts-check
// Generates realistic APPL plans of any size for the benchmark (and only for it).
//
// A generated plan has the shape and proportions of examples/medway/app-2020.appl and its people file:
// a plan file that imports a people file; per area of weakness about 3 actions, 3 measures (KPIs) and
// 9 milestones, 8 weaknesses for every 3 areas (the other 5 judged sufficient), a review for every 3
// areas, and about one line in six a comment. Lines run about 55 characters, as in the example.
//
// The valid plan is clean under every rule of the spec's catalogue: each outstanding weakness is
// addressed, each action has a lead, dated 3/6/12-month milestones inside the period and in order
// (those before the as-of date marked met or missed), a measure target and an inline target with a
// baseline, targets move the way their measure should, expected values lead from baseline to
// target with actuals for those before the as-of date, each actual on or ahead of its path, every
// measure, person and organisation is used, the board has the parent carer forum and so does an action
// of every area, every action has a recent progress update and evidence, a status that agrees with
// its milestones, no one leads more than 40% of the actions, no action title starts with a vague verb.
//
// The error variant (`errorShare`) gives that share of the actions exactly one error each, of the
// kinds below, rotating, so that `appl check` finds exactly `injected.length` errors (and, besides,
// only what follows from them: the measures of an action without targets go unused, an action
// without milestones misses its 3/6/12-month ones):
//   action-has-lead       the action's `lead` line is left out
//   unresolved-reference  a partner's id is misspelt
//   action-dates          the action is due before it starts (both inside the plan period)
//   valid-date            a milestone date that does not exist (the 31st of a 30-day month)
//   action-has-milestone  the action has no milestone
//   action-has-target     the action has no target
//
// Plans are deterministic: the same options give the same text.

/** @typedef {{ lines?: number, areas?: number, seed?: number, errorShare?: number, area?: string, peopleFile?: string, planFile?: string }} PlanOptions */
/** @typedef {{ rule: string, action: string }} InjectedError */
/**
 * @typedef {{
 *   files: Record<string, string>, planFile: string, peopleFile: string,
 *   stats: { lines: number, bytes: number, areas: number, actions: number, measures: number, milestones: number,
 *            weaknesses: number, reviews: number, people: number, organisations: number },
 *   injected: InjectedError[],
 * }} GeneratedPlan
 */

export const ERROR_KINDS = /** @type {const} */ ([
    'action-has-lead', 'unresolved-reference', 'action-dates', 'valid-date', 'action-has-milestone', 'action-has-target',
]);

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: /** @type {<T>(items: readonly T[]) => T} */ (items => items[Math.floor(next() * items.length)]),
        chance: (/** @type {number} */ p) => next() < p,
    };
}

// ---------------------------------------------------------------- vocabulary

const AREAS = ['Harrowden', 'Kestwick', 'Marlow Vale', 'Thornbury', 'Ashcombe', 'Bramley', 'Cresswell', 'Dunmore',
    'Elmstead', 'Fenwick', 'Glenholme', 'Hartfield', 'Inglewood', 'Kingsmere', 'Langford', 'Northwold'];

/** Themes of weaknesses, with the measures that show progress on them (kind, unit, direction, range). */
const THEMES = [
    {
        weakness: 'The quality of EHC plans was not acceptable.',
        area: 'Quality of EHC plans',
        measures: [
            { id: 'ehcp-quality', name: 'EHC plans audited as good or better', kind: 'impact', unit: 'percent', from: [25, 45], to: [70, 90], source: 'Monthly multi-agency EHC plan audit' },
            { id: 'ehcp-20-weeks', name: 'New EHC plans issued within 20 weeks', kind: 'process', unit: 'percent', from: [30, 60], to: [80, 95], source: 'SEN case management system' },
            { id: 'ehcp-health-advice', name: 'EHC needs assessments with health advice returned within 6 weeks', kind: 'process', unit: 'percent', from: [40, 60], to: [85, 95], source: 'Health advice request log' },
        ],
        actions: ['Rewrite established EHC plans in the person-centred format at each annual review',
            'Train EHC coordinators and advice writers in outcome-focused plan writing',
            'Introduce a multi-agency audit of EHC plans with feedback to every author',
            'Recruit additional EHC coordinators to clear the backlog of annual reviews'],
    },
    {
        weakness: 'There was a lack of joint strategic leadership across the area between the council, the CCG and education providers.',
        area: 'Joint strategic leadership between the council, health and education providers',
        measures: [
            { id: 'leadership-survey', name: 'School leaders and SENCOs rating strategic leadership between partners as good or better', kind: 'impact', unit: 'percent', from: [20, 35], to: [60, 75], source: 'SEND leadership survey of headteachers and SENCOs' },
            { id: 'board-attendance', name: 'Improvement board meetings attended by a secondary school leader', kind: 'process', unit: 'percent', from: [15, 30], to: [85, 95], source: 'Board attendance register' },
            { id: 'joint-commissioning', name: 'Services jointly commissioned by the council and health', kind: 'outcome', unit: 'count', from: [1, 3], to: [8, 12], source: 'Joint commissioning register' },
        ],
        actions: ['Bring secondary academy and special school leaders onto the improvement board and its workstreams',
            'Agree a joint commissioning strategy for SEND between the council and the ICB',
            'Publish a joint SEND performance dashboard reviewed at every board meeting',
            'Appoint a joint head of SEND commissioning across the council and health'],
    },
    {
        weakness: 'There was a lack of a clearly communicated strategy understood and shared by leaders across the area.',
        area: 'A clearly communicated SEND strategy, understood and shared by leaders',
        measures: [
            { id: 'strategy-understanding', name: 'Leaders and SENCOs who can describe the SEND strategy priorities', kind: 'impact', unit: 'percent', from: [15, 30], to: [75, 90], source: 'Strategy check at SENCO zone group meetings' },
            { id: 'parent-comms-rating', name: 'Parents rating communication of the SEND strategy as good or better', kind: 'experience', unit: 'percent', from: [10, 25], to: [50, 70], source: 'Parent carer forum survey' },
            { id: 'local-offer-current', name: 'Local Offer pages reviewed and up to date', kind: 'process', unit: 'percent', from: [30, 50], to: [95, 100], source: 'Local Offer content audit' },
        ],
        actions: ['Launch the SEND strategy communications campaign to parents, schools and practitioners',
            'Make the SEND strategy a standing item at every SENCO zone group and headteachers meeting',
            'Rebuild the Local Offer website on the review by young people',
            'Publish a termly SEND newsletter co-written with the parent carer forum'],
    },
    {
        weakness: 'Waiting times for assessment by the children and young people mental health service were too long.',
        area: 'Waiting times for emotional wellbeing and mental health services',
        measures: [
            { id: 'camhs-wait', name: 'Median wait from referral to first CAMHS appointment', kind: 'outcome', unit: 'weeks', direction: 'decrease', from: [20, 35], to: [6, 10], source: 'CAMHS provider monthly return' },
            { id: 'camhs-52-weeks', name: 'Children waiting more than 52 weeks for CAMHS treatment', kind: 'impact', unit: 'count', direction: 'decrease', from: [60, 140], to: [0, 10], source: 'CAMHS provider monthly return' },
            { id: 'camhs-triage', name: 'Referrals triaged within 5 working days', kind: 'process', unit: 'percent', from: [40, 60], to: [90, 98], source: 'Single point of access log' },
        ],
        actions: ['Open a single point of access for emotional wellbeing referrals',
            'Commission additional CAMHS assessment capacity from the voluntary sector',
            'Train school mental health leads to offer early support while children wait',
            'Validate the CAMHS waiting list and contact every family waiting over 18 weeks'],
    },
    {
        weakness: 'Children and young people waited too long for an autism spectrum disorder assessment.',
        area: 'The neurodevelopmental assessment pathway',
        measures: [
            { id: 'asd-wait', name: 'Median wait from referral to autism assessment', kind: 'outcome', unit: 'weeks', direction: 'decrease', from: [50, 90], to: [18, 26], source: 'Neurodevelopmental pathway tracker' },
            { id: 'asd-diagnosis-18-weeks', name: 'Autism assessments completed within 18 weeks', kind: 'impact', unit: 'percent', from: [5, 20], to: [60, 80], source: 'Neurodevelopmental pathway tracker' },
            { id: 'asd-pre-support', name: 'Families offered support before diagnosis', kind: 'activity', unit: 'percent', from: [10, 30], to: [90, 100], source: 'Early help records' },
        ],
        actions: ['Redesign the neurodevelopmental pathway with paediatrics, CAMHS and the parent carer forum',
            'Offer every family on the autism pathway a named keyworker and pre-diagnosis support',
            'Recruit two additional speech and language therapists to the assessment team',
            'Introduce a needs-led offer in schools that does not wait for a diagnosis'],
    },
    {
        weakness: 'Children and young people with SEND were excluded from school at a rate well above the national average.',
        area: 'Inclusion and exclusions of pupils with SEND',
        measures: [
            { id: 'exclusions-send', name: 'Suspension rate for pupils with SEND', kind: 'outcome', unit: 'rate', direction: 'decrease', from: [12, 20], to: [4, 8], source: 'School census exclusions return' },
            { id: 'mainstream-ehcp', name: 'Children with EHC plans educated in mainstream schools', kind: 'impact', unit: 'percent', from: [28, 36], to: [40, 48], source: 'School census and SEN2 return' },
            { id: 'inclusion-reviews', name: 'Schools completing an inclusion review', kind: 'activity', unit: 'count', from: [0, 5], to: [40, 60], source: 'Inclusion team records' },
        ],
        actions: ['Agree an inclusion compact with secondary academies so that pupils with EHC plans are placed fairly',
            'Fund an outreach service from special schools to support mainstream colleagues',
            'Review every permanent exclusion of a pupil with SEND at the fair access panel',
            'Train mainstream staff in adaptive teaching for pupils with complex needs'],
    },
    {
        weakness: 'There was a lack of effective co-production at all levels.',
        area: 'Co-production with parents, carers and young people',
        measures: [
            { id: 'coproduction-rating', name: 'Parents who feel listened to when plans are made', kind: 'experience', unit: 'percent', from: [15, 30], to: [60, 75], source: 'Parent carer forum annual survey' },
            { id: 'coproduced-services', name: 'Service designs co-produced with the parent carer forum', kind: 'outcome', unit: 'count', from: [0, 3], to: [10, 15], source: 'Co-production log' },
            { id: 'youth-forum-sessions', name: 'Sessions held by the young people SEND forum', kind: 'activity', unit: 'count', from: [0, 4], to: [20, 30], source: 'Participation team records' },
        ],
        actions: ['Adopt a co-production charter with the parent carer forum and young people',
            'Pay parent and young people representatives for their time on every workstream',
            'Publish a you-said-we-did report after every co-production session',
            'Set up a young people SEND forum that reports to the improvement board'],
    },
    {
        weakness: 'Young people were not well prepared for adulthood and transition to adult services.',
        area: 'Preparation for adulthood',
        measures: [
            { id: 'pfa-outcomes', name: 'Year 9 EHC plans with preparation for adulthood outcomes', kind: 'impact', unit: 'percent', from: [20, 40], to: [85, 95], source: 'EHC plan audit' },
            { id: 'neet-send', name: 'Young people with EHC plans not in education, employment or training', kind: 'outcome', unit: 'percent', direction: 'decrease', from: [12, 20], to: [5, 8], source: 'Post-16 tracking' },
            { id: 'supported-internships', name: 'Supported internship places', kind: 'outcome', unit: 'count', from: [5, 15], to: [40, 60], source: 'Post-16 commissioning' },
        ],
        actions: ['Write preparation for adulthood outcomes into every year 9 annual review',
            'Commission supported internships with the three largest local employers',
            'Agree a transition protocol between children and adult health and social care',
            'Train annual review chairs in planning for employment and independent living'],
    },
];

const EVIDENCE = ['Board minutes', 'Monthly multi-agency audit report', 'Parent carer forum survey results', 'Training register',
    'Performance dashboard', 'Case management system report', 'Commissioning plan', 'Annual review tracker',
    'Provider monthly return', 'Minutes of the SENCO zone groups', 'Quality assurance framework', 'Workforce plan'];
const UPDATES = ['Reported to the improvement board; on course for the next milestone',
    'Audit results shared with partners and families; next steps agreed', 'Recruitment complete; the new team started this month',
    'Slower than planned: recovery actions agreed at the board', 'Co-produced with the parent carer forum; pilot under way'];
const FIRST_NAMES = ['Amira', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hamza', 'Isla', 'Jonah', 'Kiran', 'Leah',
    'Mateo', 'Nadia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wes', 'Yara', 'Zoe'];
const SURNAMES = ['Ahmed', 'Baker', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Khan',
    'Lewis', 'Morgan', 'Nash', 'Okafor', 'Patel', 'Reid', 'Shah', 'Turner', 'Walsh'];
const ROLES = [
    ['Assistant Director, Education and SEND', 'council'], ['Head of SEND Services', 'council'],
    ['Principal Educational Psychologist', 'council'], ['Head of Children\'s Social Care', 'council'],
    ['Head of Inclusion', 'council'], ['Head of Communications', 'council'], ['Post-16 Commissioning Manager', 'council'],
    ['Designated Clinical Officer', 'health'], ['Head of Children\'s Commissioning', 'health'],
    ['CAMHS Service Manager', 'health'], ['Therapies Lead', 'health'], ['Named Nurse for SEND', 'health'],
];

// ---------------------------------------------------------------- dates

/** @param {string} date @param {number} months */
function addMonths(date, months) {
    const [y, m, d] = date.split('-').map(Number);
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = index % 12 + 1;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, days)).padStart(2, '0')}`;
}

/** The number of days in the month of a date. @param {string} date */
function daysIn(date) {
    return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
}

/** The same month, another day. @param {string} date @param {number} day */
function withDay(date, day) {
    return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- the generator

/** Lines per area of weakness, measured on generated plans; used to pick the number of areas for a size. */
const LINES_PER_AREA = 80;

/**
 * A plan of about `lines` lines (the plan file; the people file comes on top), or of `areas` areas.
 * @param {PlanOptions} options
 * @returns {GeneratedPlan}
 */
export function generatePlan(options = {}) {
    const seed = options.seed ?? 1;
    if (options.areas !== undefined) {
        return generateWithAreas(options.areas, seed, options);
    }
    const wanted = options.lines ?? 2000;
    // Proportions are fixed, so lines grow linearly with areas: estimate, measure, correct once.
    let areas = Math.max(1, Math.round(wanted / LINES_PER_AREA));
    let plan = generateWithAreas(areas, seed, options);
    areas = Math.max(1, Math.round(areas * wanted / plan.stats.lines));
    plan = generateWithAreas(areas, seed, options);
    return plan;
}

/**
 * @param {number} areaCount
 * @param {number} seed
 * @param {PlanOptions} options
 * @returns {GeneratedPlan}
 */
function generateWithAreas(areaCount, seed, options) {
    const rnd = random(seed);
    const planFile = options.planFile ?? 'plan.appl';
    const peopleFile = options.peopleFile ?? 'people.appl';
    const localArea = options.area ?? rnd.pick(AREAS);
    const slug = localArea.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const errorShare = options.errorShare ?? 0;

    // Plan period: 18 months from the first of a month; the as-of date ten months in.
    const year = rnd.int(2019, 2024);
    const month = rnd.int(1, 12);
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    const lastMonth = addMonths(start, 17);
    const periodEnd = withDay(lastMonth, daysIn(lastMonth));
    const asOf = withDay(addMonths(start, 10), 20);
    const agreed = withDay(addMonths(start, -1), 20);

    // ------------------------------------------------ organisations and people (the imported file)
    const orgs = {
        council: `${slug}-council`, health: `${slug}-icb`, pcf: `${slug}-pcf`, schools: `${slug}-schools`,
        sendiass: `${slug}-sendiass`, cyp: `${slug}-young-people`, dfe: 'dfe', nhse: 'nhse',
    };
    /** @type {Array<{ id: string, name: string, kind: string }>} */
    const organisations = [
        { id: orgs.council, name: `${localArea} Council`, kind: 'local-authority' },
        { id: orgs.health, name: `NHS ${localArea} Integrated Care Board`, kind: 'health' },
        { id: orgs.pcf, name: `${localArea} Parent Carer Forum`, kind: 'parent-carer-forum' },
        { id: orgs.schools, name: `${localArea} schools and academies`, kind: 'school' },
        { id: orgs.sendiass, name: `${localArea} SEND Information, Advice and Support Service`, kind: 'other' },
        { id: orgs.cyp, name: `${localArea} young people's SEND forum`, kind: 'other' },
        { id: orgs.dfe, name: 'Department for Education', kind: 'government' },
        { id: orgs.nhse, name: 'NHS England', kind: 'government' },
    ];
    // Larger plans involve more providers: one more organisation for every 6 areas.
    const providerCount = Math.floor(areaCount / 6);
    for (let i = 1; i <= providerCount; i++) {
        organisations.push({ id: `${slug}-provider-${i}`, name: `${localArea} SEND provider ${i}`, kind: rnd.pick(['school', 'health', 'other']) });
    }

    /** @type {Array<{ id: string, name: string, role: string, at: string }>} */
    const people = [];
    const usedIds = new Set();
    /** @param {string} role @param {string} at */
    const addPerson = (role, at) => {
        let first = rnd.pick(FIRST_NAMES), last = rnd.pick(SURNAMES);
        let id = `${first}-${last}`.toLowerCase();
        for (let n = 2; usedIds.has(id); n++) {
            id = `${first}-${last}-${n}`.toLowerCase();
        }
        usedIds.add(id);
        const person = { id, name: `${first} ${last}`, role, at };
        people.push(person);
        return person;
    };
    const dcs = addPerson('Director of Children\'s Services', orgs.council);
    const icbChief = addPerson('Chief Nursing Officer, Integrated Care Board', orgs.health);
    const leadMember = addPerson('Lead council member for children; co-chair of the improvement board', orgs.council);
    const pcfChair = addPerson('Chair of the Parent Carer Forum', orgs.pcf);
    const dfeAdviser = addPerson('SEND Adviser', orgs.dfe);
    const nhseAdviser = addPerson('NHS England SEND Adviser', orgs.nhse);
    // Action leads: a pool that grows with the plan (about one lead for every 3 actions).
    // Drawn apart from the rest, so that the number of leads can follow the number of actions: at least
    // four once there are five actions (no one leads more than 40% of them), never more than the actions.
    const countRnd = random(seed ^ 0x5eed);
    const actionCounts = Array.from({ length: areaCount }, () => countRnd.pick([2, 3, 3, 3, 4]));
    const totalActions = actionCounts.reduce((sum, n) => sum + n, 0);
    const leadCount = totalActions < 5 ? Math.min(totalActions, Math.max(2, areaCount)) : Math.max(4, areaCount);
    /** @type {typeof people} */
    const leads = [];
    for (let i = 0; i < leadCount; i++) {
        const [role, side] = ROLES[i % ROLES.length];
        leads.push(addPerson(role, side === 'council' ? orgs.council : orgs.health));
    }
    // Each provider has a contact, who partners on actions (so every provider is referred to).
    /** @type {typeof people} */
    const providerContacts = organisations.slice(8).map(org => addPerson('Service lead', org.id));
    const sschoolsLead = addPerson('Secondary headteacher representative', orgs.schools);
    const sendiassLead = addPerson('SENDIASS manager', orgs.sendiass);
    const cypLead = addPerson('Participation officer', orgs.cyp);

    // ------------------------------------------------ weaknesses, areas, measures
    const weaknessCount = Math.max(areaCount, Math.round(areaCount * 8 / 3));
    /** @type {Array<{ id: string, theme: typeof THEMES[number], judgement: string, area?: number }>} */
    const weaknesses = [];
    for (let i = 1; i <= weaknessCount; i++) {
        weaknesses.push({ id: `W${i}`, theme: THEMES[(i - 1) % THEMES.length], judgement: 'sufficient' });
    }
    // Outstanding weaknesses spread through the list, one per area.
    const outstanding = [];
    for (let a = 0; a < areaCount; a++) {
        const index = Math.min(weaknessCount - 1, Math.floor(a * weaknessCount / areaCount + rnd.next() * (weaknessCount / areaCount - 1)));
        const w = weaknesses[index].judgement === 'sufficient' ? weaknesses[index] : weaknesses.find(x => x.judgement === 'sufficient');
        if (!w) break;
        w.judgement = rnd.chance(0.8) ? 'not-sufficient' : 'open';
        w.area = a + 1;
        outstanding.push(w);
    }
    for (const w of weaknesses) {
        if (w.judgement === 'sufficient' && rnd.chance(0.15)) w.judgement = 'released';
    }

    const out = new Text();
    const injected = /** @type {InjectedError[]} */ ([]);
    const stats = { lines: 0, bytes: 0, areas: areaCount, actions: 0, measures: 0, milestones: 0, weaknesses: weaknessCount,
        reviews: 0, people: people.length, organisations: organisations.length };

    out.comment(`${localArea} Accelerated Progress Plan (APP), agreed after the Ofsted/CQC SEND revisit.`);
    out.comment('Generated for the APPL benchmark: names, values and dates are invented, in the proportions of a real plan.');
    out.blank();
    out.line(`import "${peopleFile}"`);
    out.blank();
    out.comment('---------------------------------------------------------------- plan header (Annex A)');
    out.line(`plan "${localArea} Accelerated Progress Plan" {`);
    out.line('  type APP');
    out.line(`  local-area "${localArea}"`);
    out.comment('About 18 months: DfE and NHS England review progress every six months.', 2);
    out.line(`  period ${start} to ${periodEnd}`);
    out.line(`  agreed ${agreed}`);
    out.line(`  as-of ${asOf}                  // statuses, met/missed and actuals describe the plan on this date`);
    out.line(`  accountable ${dcs.id}, ${icbChief.id}`);
    out.line(`  advisers ${dfeAdviser.id}, ${nhseAdviser.id}`);
    out.line('}');
    out.blank();
    out.comment('---------------------------------------------------------------- governance');
    out.line(`board ${slug}-improvement-board "SEND Improvement Board" {`);
    out.line(`  chairs ${leadMember.id}, ${icbChief.id}`);
    out.line(`  meets ${rnd.pick(['monthly', 'monthly', 'fortnightly', 'bi-monthly'])}`);
    const boardMembers = [orgs.council, orgs.health, orgs.pcf, pcfChair.id, orgs.schools, orgs.cyp, sschoolsLead.id, sendiassLead.id, cypLead.id];
    out.line(`  members ${boardMembers.join(', ')}`);
    out.line(`  reports-to "Children and Young People's Overview and Scrutiny Committee"`);
    out.line('}');
    out.blank();

    out.comment('---------------------------------------------------------------- the inspection findings');
    out.comment('Each weakness: an id, the finding word for word, and the revisit\'s judgement.');
    for (let i = 0; i < weaknesses.length; i += 8) {
        const inspectionStart = withDay(addMonths(start, -3 - Math.floor(i / 8)), 9);
        const kind = i === 0 ? 'revisit' : rnd.pick(['initial', 'monitoring', 'full']);
        out.line(`inspection ${kind} from ${inspectionStart} to ${withDay(inspectionStart, 11)} published ${withDay(addMonths(inspectionStart, 2), 11)} {`);
        for (const w of weaknesses.slice(i, i + 8)) {
            out.line(`  weakness ${w.id} "${w.theme.weakness}" ${w.judgement}`);
        }
        out.line('}');
        out.blank();
    }

    // Measures: three per area, from the area's theme.
    /** @type {Array<Array<{ id: string, kind: string, unit: string, direction: string, target: number, baseline: number }>>} */
    const areaMeasures = [];
    out.comment('---------------------------------------------------------------- measures (KPIs)');
    out.comment('A measure: kind, unit, a baseline with its date and source, a target, interim expected values and actuals.');
    out.blank();
    for (let a = 0; a < areaCount; a++) {
        const w = outstanding[a];
        const list = [];
        if (a % 3 === 0) out.comment(`For ${w.id}: ${w.theme.area.toLowerCase()}.`);
        for (const template of w.theme.measures) {
            const id = `${template.id}-${a + 1}`;
            const decrease = template.direction === 'decrease';
            const baseline = rnd.int(template.from[0], template.from[1]);
            const target = rnd.int(template.to[0], template.to[1]);
            const baselineDate = withDay(addMonths(start, -1), 28);
            const targetDate = withDay(addMonths(start, 16), 28);
            out.line(`measure ${id} "${template.name}" {`);
            out.line(`  kind ${template.kind}`);
            out.line(`  unit ${template.unit}`);
            if (decrease || rnd.chance(0.3)) out.line(`  direction ${decrease ? 'decrease' : 'increase'}`);
            out.line(`  baseline ${baseline} on ${baselineDate} source "${template.source}"`);
            out.line(`  target ${target} by ${targetDate}`);
            // Expected values at 4, 8 and 12 months, on the straight path from baseline to target;
            // an actual for each one before the as-of date.
            const steps = [4, 8, 12];
            const expects = steps.map(m => ({ date: withDay(addMonths(start, m), 28), value: Math.round(baseline + (target - baseline) * m / 16) }));
            for (const e of expects) out.line(`  expect ${e.value} by ${e.date}`);
            // On or a little ahead of the path: the valid plan has no measure behind its trajectory.
            for (const e of expects.filter(e => e.date < asOf)) {
                const actual = Math.max(0, e.value + (decrease ? -1 : 1) * rnd.int(0, 2));
                out.line(`  actual ${template.unit === 'percent' ? Math.min(100, actual) : actual} on ${e.date}${rnd.chance(0.4) ? ` source "${template.source}"` : ''}`);
            }
            out.line('}');
            out.blank();
            list.push({ id, kind: template.kind, unit: template.unit, direction: decrease ? 'decrease' : 'increase', baseline, target });
            stats.measures++;
        }
        areaMeasures.push(list);
    }

    // Areas and actions.
    out.comment('---------------------------------------------------------------- areas and actions');
    out.comment('An area addresses one or more weaknesses; its actions inherit that. Every action has a lead, partners,');
    out.comment('dates, a status, quantified targets, milestones at 3, 6 and 12 months and the evidence a reviewer will see.');
    out.blank();
    const partnerPool = [orgs.pcf, orgs.schools, orgs.health, orgs.council, orgs.sendiass, orgs.cyp, sendiassLead.id, cypLead.id, sschoolsLead.id];
    /** @type {Array<{ area: number, actions: string[] }>} */
    const areaActions = [];
    let actionIndex = 0;
    let leadIndex = 0;
    // Errors: every k-th action, so that the share holds at every size.
    const errorEvery = errorShare > 0 ? 1 / errorShare : Infinity;
    let nextError = errorShare > 0 ? Math.floor(errorEvery / 2) : Infinity;
    for (let a = 0; a < areaCount; a++) {
        const w = outstanding[a];
        const area = a + 1;
        const extra = weaknesses.filter(x => x.judgement === 'sufficient' && x.theme === w.theme && rnd.chance(0.05)).slice(0, 1);
        const addresses = [w.id, ...extra.map(x => x.id)];
        out.line(`area ${area} "${w.theme.area}" addresses ${addresses.join(', ')} {`);
        const actionCount = actionCounts[a];
        const ids = [];
        for (let k = 1; k <= actionCount; k++) {
            const id = `${area}.${k}`;
            ids.push(id);
            const error = actionIndex === nextError ? ERROR_KINDS[injected.length % ERROR_KINDS.length] : undefined;
            if (error) {
                injected.push({ rule: error, action: id });
                nextError = Math.floor(errorEvery * (injected.length + 0.5));
            }
            actionIndex++;
            stats.actions++;
            const title = w.theme.actions[(k - 1 + a) % w.theme.actions.length];
            // Providers' contacts are partners on some actions, so that every provider is referred to.
            // The first action of each area is co-produced with the parent carer forum (coproduction).
            const partners = [...new Set([...(k === 1 ? [orgs.pcf] : []), rnd.pick(partnerPool), rnd.pick(partnerPool),
                ...(rnd.chance(0.5) ? [rnd.pick(partnerPool)] : [])])];
            const contact = providerContacts[(actionIndex - 1) % Math.max(1, providerContacts.length)];
            if (contact && (actionIndex - 1) < providerContacts.length * 3) partners.push(contact.id);
            if (error === 'unresolved-reference') partners[0] = misspell(partners[0]);
            const lead = leads[leadIndex++ % leads.length];
            let actionStart = rnd.chance(0.7) ? start : addMonths(start, 1);
            let due = withDay(addMonths(start, rnd.pick([12, 13, 15, 17])), 28);
            if (error === 'action-dates') {
                actionStart = addMonths(start, 2);
                due = withDay(addMonths(start, 1), 28);
            }
            out.line(`  action ${id} "${title}" {`);
            if (error !== 'action-has-lead') out.line(`    lead ${lead.id}`);
            out.line(`    partners ${partners.join(', ')}`);
            out.line(`    start ${actionStart}`);
            out.line(`    due ${due}`);
            // Outcomes of the milestones before the as-of date, drawn first so that the status agrees with them.
            const outcomes = [3, 6, 12].map(h => addMonths(start, h) < asOf ? (rnd.chance(0.8) ? ' met' : ' missed') : '');
            const missed = outcomes.includes(' missed');
            out.line(`    status ${missed ? rnd.pick(['at-risk', 'off-track']) : rnd.pick(['on-track', 'on-track', 'on-track', 'at-risk', 'not-started'])}`);
            if (error !== 'action-has-target') {
                // The area's impact measure on its first action, then the others in turn, so every measure is used.
                // The last action also takes the measures left over when an area has fewer actions than measures.
                const measures = areaMeasures[a];
                const refs = [measures[(k - 1) % measures.length]];
                if (k === actionCount) refs.push(...measures.slice(actionCount));
                for (const m of refs) out.line(`    target ${m.id}`);
                if (rnd.chance(0.2)) out.comment('... or written inline: "what" value unit by date, from baseline on date.', 4);
                const from = rnd.int(0, 40);
                const to = rnd.int(60, 100);
                out.line(`    target "${rnd.pick(['Staff trained', 'Schools signed up', 'Families contacted', 'Plans reviewed', 'Cases audited'])}" ${to} percent by ${withDay(addMonths(start, 9), 28)} from ${from} on ${withDay(addMonths(start, -1), 28)}`);
            }
            if (error !== 'action-has-milestone') {
                const horizons = [3, 6, 12];
                horizons.forEach((h, i) => {
                    let date = addMonths(start, h);
                    if (error === 'valid-date' && i === 1) date = impossibleDate(date);
                    out.line(`    milestone ${h} months ${date} "${milestoneText(rnd, title, h)}"${outcomes[i]}`);
                    stats.milestones++;
                });
            }
            out.line(`    evidence "${rnd.pick(EVIDENCE)}", "${rnd.pick(EVIDENCE)}"`);
            out.line(`    update ${withDay(addMonths(start, 9), 28)} "${rnd.pick(UPDATES)}"`);
            out.line('  }');
            if (k < actionCount) out.blank();
        }
        out.line('}');
        out.blank();
        areaActions.push({ area, actions: ids });
    }

    // Reviews: one for every three areas, on the outcomes of their weaknesses.
    out.comment('---------------------------------------------------------------- reviews');
    for (let a = 0; a < areaCount; a += 3) {
        const group = outstanding.slice(a, a + 3);
        const reviewDate = withDay(addMonths(start, 6 + (a / 3) % 4), 15);
        out.line(`review ${reviewDate} progress-review by ${orgs.dfe}, ${orgs.nhse} {`);
        for (const w of group) {
            out.line(`  outcome ${w.id} not-sufficient "Further evidence required of the impact of the actions on children and families"`);
        }
        const w = group[0];
        const answers = areaActions[w.area - 1].actions.slice(0, 2);
        out.line(`  looking-for ${w.id} "Evidence that the improvement is sustained and felt by families"`);
        out.line(`    answered-by ${[...answers, areaMeasures[w.area - 1][0].id].join(', ')}`);
        out.line('}');
        out.blank();
        stats.reviews++;
    }

    const planText = out.toString();
    stats.lines = planText.split('\n').length - 1;
    stats.bytes = Buffer.byteLength(planText);

    // ------------------------------------------------ the people file
    const p = new Text();
    p.comment(`${localArea}: the organisations and people behind the SEND Accelerated Progress Plan.`);
    p.blank();
    p.comment('---------------------------------------------------------------- organisations');
    for (const org of organisations) p.line(`organisation ${org.id} "${org.name}" kind ${org.kind}`);
    p.blank();
    p.comment('---------------------------------------------------------------- people');
    for (const person of people) p.line(`person ${person.id} "${person.name}" role "${person.role}" at ${person.at}`);

    return { files: { [planFile]: planText, [peopleFile]: p.toString() }, planFile, peopleFile, stats, injected };
}

/** @param {ReturnType<typeof random>} rnd @param {string} title @param {number} h */
function milestoneText(rnd, title, h) {
    const subject = title.split(' ').slice(1, 5).join(' ').toLowerCase();
    if (h === 3) return rnd.pick([`Plan agreed with partners to ${title.split(' ')[0].toLowerCase()} ${subject}`, `First steps to ${title.split(' ')[0].toLowerCase()} ${subject} taken; baseline confirmed`]);
    if (h === 6) return rnd.pick(['Half way to the target; audit shows improvement', 'Interim expected value reached and reported to the board']);
    return rnd.pick(['Target reached and sustained for two quarters', 'Target met; impact confirmed by families and schools']);
}

/**
 * The 31st of a month that has fewer days: the date's own month, else the month after or before it.
 * @param {string} date
 */
function impossibleDate(date) {
    for (const shift of [0, 1, -1]) {
        const month = addMonths(date, shift);
        if (daysIn(month) < 31) return withDay(month, 31);
    }
    throw new Error('unreachable: one of three consecutive months has fewer than 31 days');
}

/** An id with two letters swapped, so that "did you mean" finds the original. @param {string} id */
function misspell(id) {
    const i = Math.max(1, Math.floor(id.length / 2));
    return id.slice(0, i - 1) + id[i] + id[i - 1] + id.slice(i + 1) + 'x';
}

class Text {
    constructor() { /** @type {string[]} */ this.lines = []; }
    /** @param {string} text */
    line(text) { this.lines.push(text); }
    /** @param {string} text @param {number} [indent] */
    comment(text, indent = 0) { this.lines.push(`${' '.repeat(indent)}// ${text}`); }
    blank() { this.lines.push(''); }
    toString() { return this.lines.join('\n') + '\n'; }
}

/**
 * A repository of plans as a CI job would check: `count` plans of realistic sizes (150 to 800 lines,
 * like the examples), in folders by local area, each folder with its people file.
 * @param {{ count?: number, seed?: number, errorShare?: number }} options
 * @returns {{ files: Record<string, string>, plans: number, lines: number, bytes: number }}
 */
export function generateRepository(options = {}) {
    const count = options.count ?? 200;
    const rnd = random(options.seed ?? 7);
    /** @type {Record<string, string>} */
    const files = {};
    let lines = 0, bytes = 0;
    const perFolder = 5;
    for (let i = 0; i < count; i++) {
        const folder = `area-${String(Math.floor(i / perFolder) + 1).padStart(3, '0')}`;
        const areaName = `${AREAS[Math.floor(i / perFolder) % AREAS.length]} ${Math.floor(i / perFolder) + 1}`;
        const plan = generatePlan({ areas: rnd.int(2, 9), seed: (options.seed ?? 7) * 1000 + i, area: areaName,
            planFile: `plan-${(i % perFolder) + 1}.appl`, peopleFile: `people-${(i % perFolder) + 1}.appl`, errorShare: options.errorShare });
        for (const [name, text] of Object.entries(plan.files)) files[`${folder}/${name}`] = text;
        lines += plan.stats.lines;
        bytes += plan.stats.bytes;
    }
    return { files, plans: count, lines, bytes };
}

/**
 * A plan of `identifiers` ids in one file, to measure how naming scales (the index, scopes, linking,
 * "did you mean", completion): four people for every action, each action led by one and partnered by
 * the other three, 20 actions to an area, one weakness all the areas address and one impact measure
 * every action targets, and `typos` partners misspelt by one letter (each compared with every person
 * for a "did you mean"). Clean apart from the typos' errors and the people they leave unused.
 * @param {{ identifiers?: number, typos?: number }} options
 * @returns {{ text: string, stats: { lines: number, bytes: number, identifiers: number, people: number, actions: number, typos: number } }}
 */
export function generateIdentifierPlan(options = {}) {
    const identifiers = options.identifiers ?? 100_000;
    const typos = options.typos ?? 10;
    // people + actions + areas ≈ identifiers, with 4 people per action and 20 actions per area.
    const actions = Math.max(1, Math.floor(identifiers / 5.05));
    const areas = Math.ceil(actions / 20);
    const people = identifiers - actions - areas - 6; // the organisations, the board, the weakness and the measure
    const id = (/** @type {number} */ n) => `p${String(n).padStart(6, '0')}`;
    const lines = [
        'plan "Identifier scale plan (generated)" {',
        '  type improvement-plan',
        '  local-area "Scaleshire"',
        '  period 2024-01-01 to 2026-12-31',
        '  accountable p000000, p000001',
        '}',
        'organisation council "Scaleshire Council" kind local-authority',
        'organisation pcf "Scaleshire Parent Carer Forum" kind parent-carer-forum',
        'organisation icb "Scaleshire ICB" kind health',
        'board send-board "SEND Board" {',
        '  chairs p000000',
        '  members council, icb, pcf',
        '}',
        'inspection initial from 2023-09-04 to 2023-09-08 {',
        '  weakness W1 "Plans were not reviewed in time." open',
        '}',
        'measure reviewed "Plans reviewed on time" {',
        '  kind impact',
        '  unit percent',
        '  baseline 40 on 2024-01-01 source "Monthly audit"',
        '  target 90 by 2025-12-31',
        '}',
    ];
    for (let n = 0; n < people; n++) {
        lines.push(`person ${id(n)} "Person ${n}" role "Caseworker" at ${n === 1 ? 'icb' : n === 2 ? 'pcf' : 'council'}`);
    }
    let typed = 0;
    for (let a = 0; a < areas; a++) {
        lines.push(`area ${a + 1} "Area ${a + 1}" addresses W1 {`);
        for (let i = 0; i < 20 && a * 20 + i < actions; i++) {
            const k = a * 20 + i;
            const who = [0, 1, 2, 3].map(j => id((k * 4 + j) % people));
            if (typed < typos && k % Math.max(1, Math.floor(actions / typos)) === Math.floor(actions / typos / 2)) {
                who[3] = `${who[3]}x`; // one letter too many: "did you mean" finds the person among all of them
                typed++;
            }
            lines.push(`  action ${a + 1}.${i + 1} "Review the plans of caseload ${k}" {`,
                `    lead ${who[0]}`,
                // The forum helps design each area's first action, as the coproduction rule asks.
                `    partners ${[...who.slice(1), ...i === 0 ? ['pcf'] : []].join(', ')}`,
                '    due 2025-12-31',
                '    target reviewed',
                '    milestone 2024-06-30 "Half the plans reviewed"',
                '  }');
        }
        lines.push('}');
    }
    const text = `${lines.join('\n')}\n`;
    return { text, stats: { lines: lines.length, bytes: Buffer.byteLength(text), identifiers: people + actions + areas + 6, people, actions, typos: typed } };
}
