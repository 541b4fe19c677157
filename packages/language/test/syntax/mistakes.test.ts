// The mistakes plan authors make most, each made once in a clean plan: each must give exactly one
// finding, a syntax error at the mistake that says what was expected and what was found, in words an
// author understands, and nothing else (no "has no target" for an action cut short, no name that
// "refers to nothing" because its declaration was skipped).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createApplServices } from '../../src/index.js';
import { ApplGeneratedModule } from '../../src/generated/module.js';
import { GrammarVocabulary } from '../../src/syntax/grammar-vocabulary.js';
import { lookAlikeNamed } from '../../src/syntax/look-alike-tokens.js';
import { CONSTRUCTS, SLOTS, VALUE_LISTS } from '../../src/syntax/syntax-words.js';
import { checkFiles, createTestServices, resetWorkspace } from '../helpers.js';

const BASE = readFileSync(new URL('base-plan.appl', import.meta.url), 'utf8');

/** [the mistake, the text of the clean plan it changes, what is written instead, line:column, message] */
const MISTAKES: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['stray brace at top level', '\n\nreview 2021', '\n}\n\nreview 2021',
        '83:1', 'This } closes nothing: there is one } too many here or above it. Remove the extra one.'],
    ['extra brace after an action', 'the December audit is being moderated"\n  }', 'the December audit is being moderated"\n  }\n  }',
        '83:1', 'This } closes nothing: there is one } too many here or above it. Remove the extra one.'],
    ['missing final brace', 'answered-by 1.1, leadership-survey\n}', 'answered-by 1.1, leadership-survey\n',
        '87:39', 'The review of 2021-01-20, opened on line 84, is not closed: add } after its last clause.'],
    ['action not closed before the next action', 'the first joint commissioning decisions are made"\n  }', 'the first joint commissioning decisions are made"\n  action 1.2 "Publish the strategy" {\n    lead ian-sutherland\n    due 2020-09-30\n    target leadership-survey\n    milestone 3 months 2020-06-01 "Strategy drafted" met\n    milestone 6 months 2020-09-01 "Strategy published" met\n    evidence "The published strategy"\n    update 2021-01-10 "Published and sent to every school"\n  }',
        '64:3', 'Action 1.1, opened on line 53, is not closed: add } before this action.'],
    ['missing opening brace of an action', 'with school leaders" {', 'with school leaders"',
        '54:5', 'Expected { to begin the action\'s clauses, e.g. action 3.1 "Train EHC coordinators" { … }, but found "lead".'],
    ['missing opening brace of a measure', '"EHC plans audited as good or better" {', '"EHC plans audited as good or better"',
        '35:3', 'Expected { to begin the measure\'s clauses, e.g. measure ehcp-quality "EHC plans audited as good or better" { … }, but found "kind".'],
    ['UK date', 'due 2020-12-31', 'due 31/12/2020',
        '72:9', 'Write the date 31/12/2020 as 2020-12-31 (31 December 2020): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date without leading zeros', 'start 2020-03-01\n    due 2020-12-31', 'start 2020-3-1\n    due 2020-12-31',
        '71:11', 'Write the date 2020-3-1 as 2020-03-01 (1 March 2020): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date with dashes day first', 'agreed 2020-03-20', 'agreed 20-03-2020',
        '6:10', 'Write the date 20-03-2020 as 2020-03-20 (20 March 2020): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date with slashes year first', 'as-of 2021-01-20', 'as-of 2021/01/20',
        '7:9', 'Write the date 2021/01/20 as 2021-01-20 (20 January 2021): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date with dots', 'due 2020-09-30\n    target "Schools', 'due 30.09.2020\n    target "Schools',
        '57:9', 'Write the date 30.09.2020 as 2020-09-30 (30 September 2020): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date in words', 'milestone 12 months 2021-03-01', 'milestone 12 months 1 March 2021',
        '78:25', 'Write the date 1 March 2021 as 2021-03-01 (1 March 2021): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['date in quotes', 'due 2020-12-31', 'due "2020-12-31"',
        '72:9', 'Expected the date the action is due, as YYYY-MM-DD, e.g. due 2020-12-31, but found the text "2020-12-31": write a date without quotes.'],
    ['date that does not exist, day first', 'due 2020-12-31', 'due 31/11/2020',
        '72:9', '31/11/2020 is not a real date (November 2020 has 30 days). Write dates as YYYY-MM-DD (year-month-day), e.g. 2021-03-31.'],
    ['two-digit year', 'start 2020-03-01\n    due 2020-12-31', 'start 01/03/20\n    due 2020-12-31',
        '71:11', 'Write the date 01/03/20 as 2020-03-01 (1 March 2020): APPL reads dates as YYYY-MM-DD, year-month-day.'],
    ['hyphen between period dates', 'period 2020-03-01 to 2021-09-30', 'period 2020-03-01 - 2021-09-30',
        '5:21', 'Write to between two dates, e.g. period 2020-03-01 to 2021-09-30.'],
    ['milestone text before its date', 'milestone 6 months 2020-09-01 "Six schools represented" met', 'milestone 6 months "Six schools represented" 2020-09-01 met',
        '61:50', 'Out of order: the date 2020-09-01 belongs earlier in the milestone, as in milestone 3 months 2020-06-01 "First cohort trained" met.'],
    ['judgement before the weakness text', 'weakness W7 "The quality of EHC plans was not acceptable." not-sufficient', 'weakness W7 not-sufficient "The quality of EHC plans was not acceptable."',
        '30:15', 'Expected the weakness\'s text, word for word from the letter, in double quotes, e.g. weakness W7 "The quality of EHC plans was not acceptable." not-sufficient, but found "not-sufficient", which comes after it.'],
    ['baseline date before value', 'baseline 25 on 2020-02-01', 'baseline on 2020-02-01 25',
        '48:12', 'Expected the baseline value and the date it was measured, e.g. baseline 35 on 2020-01-31, but found "on", which comes after it.'],
    ['inline target date before value', 'target "Caseworkers trained" 100 percent by 2020-09-30', 'target "Caseworkers trained" by 2020-09-30 100 percent',
        '75:48', 'Out of order: the number 100 belongs earlier in the target, as in target "Caseworkers trained" 100 percent by 2020-09-30 from 20 on 2020-02-01.'],
    ['unquoted action title', 'action 1.1 "Establish a joint commissioning board with school leaders" {', 'action 1.1 Establish a joint commissioning board {',
        '53:14', 'Expected the action\'s title in double quotes, e.g. action 3.1 "Train EHC coordinators" { … }, but found "Establish".'],
    ['unquoted local area', 'local-area "Medway"', 'local-area Medway',
        '4:14', 'Expected the local area\'s name in double quotes, e.g. local-area "Medway", but found "Medway".'],
    ['unquoted milestone text', '"Board constituted" met', 'Board constituted met',
        '60:35', 'Expected what will be true by the milestone, in double quotes, e.g. milestone 3 months 2020-06-01 "First cohort trained", but found "Board".'],
    ['unquoted person name', 'person jane-doe "Jane Doe"', 'person jane-doe Jane Doe',
        '20:17', 'Expected the person\'s name in double quotes, e.g. person jane-doe "Jane Doe", but found "Jane".'],
    ['unquoted weakness text', 'weakness W3 "Providers in the area were not taking suitable responsibility for ensuring the effective implementation of the reforms." sufficient', 'weakness W3 Providers were not taking responsibility sufficient',
        '31:15', 'Expected the weakness\'s text, word for word from the letter, in double quotes, e.g. weakness W7 "The quality of EHC plans was not acceptable.", but found "Providers".'],
    ['unclosed title', 'action 1.1 "Establish a joint commissioning board with school leaders" {', 'action 1.1 "Establish a joint commissioning board with school leaders {',
        '53:14', 'The text "Establish a joint commissioning board… has no closing quote: add " where the text ends.'],
    ['unclosed milestone text', '"Board constituted" met', '"Board constituted met',
        '60:35', 'The text "Board constituted met has no closing quote: add " where the text ends.'],
    ['unclosed evidence', 'evidence "Training register", "Monthly audit report"', 'evidence "Training register", "Monthly audit report',
        '79:35', 'The text "Monthly audit report has no closing quote: add " where the text ends.'],
    ['curly quotes', 'local-area "Medway"', 'local-area “Medway”',
        '4:14', 'Write text in straight double quotes, "Medway", not curly ones (word processors change " into “ and ”).'],
    ['single quotes', 'role "Head of SEND"', 'role \'Head of SEND\'',
        '20:33', 'Write text in double quotes, "Head of SEND", not single ones.'],
    ['misspelt milestone', 'milestone 3 months 2020-06-01 "Board constituted" met', 'miletone 3 months 2020-06-01 "Board constituted" met',
        '60:5', '"miletone" is not a clause of an action. Did you mean milestone?'],
    ['misspelt target', '    target leadership-survey\n', '    targt leadership-survey\n',
        '59:5', '"targt" is not a clause of an action. Did you mean target?'],
    ['misspelt baseline', 'baseline 35 on 2020-01-31', 'baselin 35 on 2020-01-31',
        '37:3', '"baselin" is not a clause of a measure. Did you mean baseline?'],
    ['misspelt declaration keyword', 'measure leadership-survey', 'mesure leadership-survey',
        '45:1', '"mesure" is not a word APPL knows. Did you mean measure?'],
    ['keyword with a capital', '  lead jane-doe', '  Lead jane-doe',
        '69:5', '"Lead" is not a clause of an action. Did you mean lead?'],
    ['colon after a keyword', 'lead ian-sutherland\n    partners', 'lead: ian-sutherland\n    partners',
        '54:9', 'Leave out the colon: a keyword and its value are written with a space between them, e.g. lead jane-doe.'],
    ['local area with a space', 'local-area "Medway"', 'local area "Medway"',
        '4:3', 'Write local-area with hyphens, not "local area".'],
    ['lead without a person', '    lead ian-sutherland\n    partners pcf', '    lead\n    partners pcf',
        '55:5', 'Expected the id of the person who leads the action, e.g. lead jane-doe, but found "partners".'],
    ['due without a date', '    due 2020-12-31\n    status', '    due\n    status',
        '73:5', 'Expected the date the action is due, as YYYY-MM-DD, e.g. due 2020-12-31, but found "status".'],
    ['milestone without text', 'milestone 12 months 2021-03-01 "Audit at 70% good or better for two quarters running"', 'milestone 12 months 2021-03-01',
        '79:5', 'Expected what will be true by the milestone, in double quotes, e.g. milestone 3 months 2020-06-01 "First cohort trained", but found "evidence".'],
    ['status without a value', '    status on-track\n', '    status\n',
        '74:5', 'Expected a status after status (not-started, on-track, at-risk, off-track or complete), but found "target".'],
    ['trailing comma in partners', 'partners pcf, medway-ccg', 'partners pcf, medway-ccg,',
        '71:5', 'Expected one more item after the comma, e.g. partners pcf, medway-ccg, but found "start". Remove the comma if the list ends there.'],
    ['missing comma in partners', 'partners pcf, medway-ccg', 'partners pcf medway-ccg',
        '70:18', 'Expected a comma between "pcf" and "medway-ccg": the items of a list are written pcf, medway-ccg.'],
    ['unit not in the list', 'unit percent\n  baseline 35', 'unit percentage\n  baseline 35',
        '36:8', '"percentage" is not a unit. Did you mean percent? The units are percent, count, weeks, days, rate and score.'],
    ['percent sign', '100 percent by', '100% by',
        '75:37', 'Leave out the % sign: write the number alone and give the unit in words, e.g. unit percent in a measure, or 70 percent in a target.'],
    ['measure kind not in the list', 'kind impact\n  unit percent\n  baseline 25', 'kind outcomes\n  unit percent\n  baseline 25',
        '46:8', '"outcomes" is not a kind of measure. Did you mean outcome? The kinds of measure are impact, outcome, experience, process and activity.'],
    ['status not in the list', 'status on-track', 'status done',
        '73:12', '"done" is not a status. The statuses are not-started, on-track, at-risk, off-track and complete.'],
    ['plan type in lower case', 'type APP', 'type app',
        '3:8', '"app" is not a plan type. Did you mean APP? The plan types are WSOA, APP, priority-action-plan and improvement-plan.'],
    ['judgement misspelt', 'W1 "There was a lack of joint strategic leadership across the area between the council, the CCG and education providers." not-sufficient', 'W1 "There was a lack of joint strategic leadership across the area between the council, the CCG and education providers." not-sufficent',
        '29:134', '"not-sufficent" is not a judgement. Did you mean not-sufficient? The judgements are open, not-sufficient, sufficient and released.'],
    ['organisation kind not in the list', 'kind local-authority', 'kind council',
        '12:51', '"council" is not a kind of organisation. The kinds of organisation are local-authority, health, school, parent-carer-forum, government and other.'],
    ['frequency not in the list', 'meets monthly', 'meets every-month',
        '24:9', '"every-month" is not a frequency. The frequencies are weekly, fortnightly, monthly, bi-monthly, quarterly, termly and six-monthly.'],
    ['milestone month singular', 'milestone 3 months 2020-06-01 "Training', 'milestone 3 month 2020-06-01 "Training',
        '76:17', 'Expected months, e.g. milestone 3 months 2020-06-01 "First cohort trained", but found "month". Did you mean months?'],
    ['clause in the wrong block', '    status on-track\n', '    status on-track\n    unit percent\n',
        '74:5', '"unit" is not a clause of an action: it belongs in a measure.'],
    ['import after declarations', '\nreview 2021', '\nimport "people.appl"\nreview 2021',
        '84:1', 'Imports come first in a file: move this import above the declarations.'],
    ['number in quotes', 'target 70 by 2021-03-31', 'target "70" by 2021-03-31',
        '38:10', 'Expected the target value and its date, e.g. target 70 by 2021-03-31, but found the text "70": write a number without quotes.'],
    ['semicolon at the end of a clause', 'type APP', 'type APP;',
        '3:11', 'Leave out the semicolon: each clause simply goes on a line of its own.'],
    ['hash comment', 'organisation medway-council', '# partners\norganisation medway-council',
        '12:1', 'Comments start with //, not #.'],
    ['action outside an area', '\nreview 2021', '\naction 9.1 "Stray" {\n  lead jane-doe\n}\nreview 2021',
        '84:1', '"action" cannot stand on its own here: it goes inside an area\'s { … }. Is there one } too many above it?'],
    ['misspelt addresses', 'area 3 "Quality of EHC plans" addresses W7 {', 'area 3 "Quality of EHC plans" adresses W7 {',
        '67:31', 'Expected { to begin the area\'s clauses, e.g. area 3 "Quality of EHC plans" addresses W7 { … }, but found "adresses". Did you mean addresses?'],
    ['status at risk with a space', 'status on-track', 'status at risk',
        '73:12', 'Write at-risk with hyphens, not "at risk".'],
    ['as of with a space', 'as-of 2021-01-20', 'as of 2021-01-20',
        '7:3', 'Write as-of with hyphens, not "as of".'],
    ['period without to', 'period 2020-03-01 to 2021-09-30', 'period 2020-03-01 2021-09-30',
        '5:21', 'Expected to, e.g. period 2020-03-01 to 2021-09-30, but found the date 2021-09-30.'],
    ['unknown word in a measure', '  kind impact\n  unit percent\n  baseline 25', '  kind impact\n  frequency monthly\n  unit percent\n  baseline 25',
        '47:3', '"frequency" is not a clause of a measure. A measure has kind, unit, direction, baseline, target, expect and actual; text goes in double quotes.'],
    ['missing title of an area', 'area 3 "Quality of EHC plans" addresses W7 {', 'area 3 addresses W7 {',
        '67:8', 'Expected the area\'s title in double quotes, e.g. area 3 "Quality of EHC plans" addresses W7 { … }, but found "addresses", which comes after it.'],
    ['missing number of an action', 'action 3.1 "Train', 'action "Train',
        '68:10', 'Expected the action\'s number or id, e.g. action 3.1 "Train EHC coordinators" { … }, but found the text "Train EHC coordinators and advice writ….'],
    ['target without anything', '    status on-track\n', '    status on-track\n    target\n',
        '74:5', 'Expected a measure\'s id or the target\'s name in double quotes after target, e.g. target ehcp-quality or target "Caseworkers trained" 100 percent by 2020-09-30, but found "target".'],
    ['inline target unit not in the list', '100 percent by', '100 people by',
        '75:38', '"people" is not a unit. The units are percent, count, weeks, days, rate and score.'],
    ['text in a person\'s role with an apostrophe', 'role "Director of Children\'s Services"', 'role Director of Children\'s Services',
        '17:45', 'Expected the person\'s role in double quotes, e.g. role "Head of SEND", but found "Director".'],
    ['due date written twice', '    due 2020-12-31\n', '    due 2020-12-31\n    due 2021-03-31\n',
        '73:5', 'Action 3.1 already has "due" on line 72 (due 2020-12-31): an action gives it once. Delete one of them; only the first counts.'],
    ['plan type written twice', '  local-area "Medway"\n', '  local-area "Medway"\n  type WSOA\n',
        '5:3', 'The plan header already has "type" on line 3 (type APP): a plan header gives it once. Delete one of them; only the first counts.'],
    ['measure target written twice', '  target 70 by 2021-03-31\n', '  target 70 by 2021-03-31\n  target 80 by 2021-06-30\n',
        '39:3', 'Measure ehcp-quality already has "target" on line 38 (target 70 by 2021-03-31): a measure gives it once. Delete one of them; only the first counts.'],
    ['second lead for an action', '    lead jane-doe\n', '    lead jane-doe\n    lead ian-sutherland\n',
        '70:5', 'Action 3.1 already has "lead" on line 69 (lead jane-doe): an action gives it once. Delete one of them; only the first counts.'],
];

const services = createTestServices();
const grammar = ApplGeneratedModule.Grammar();
const vocabulary = new GrammarVocabulary(grammar);
/** Rule names that are no word of the language: they must never reach an author. */
const RULE_NAMES = grammar.rules.map(rule => rule.name).filter(name => !vocabulary.keywords.has(name.toLowerCase()));

describe('syntax errors, one per mistake', () => {
    test('the clean plan has no finding at all', async () => {
        await resetWorkspace(services);
        expect((await checkFiles(services, { 'plan.appl': BASE }))['plan.appl']).toEqual([]);
    });

    test('the corpus holds at least 40 mistakes, each changing the clean plan', () => {
        expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
        for (const [mistake, written] of MISTAKES) {
            expect(BASE.includes(written), mistake).toBe(true);
        }
    });

    test.each(MISTAKES)('%s', async (_mistake, written, instead, place, message) => {
        await resetWorkspace(services);
        const text = BASE.replace(written, instead);
        const diagnostics = (await checkFiles(services, { 'plan.appl': text }))['plan.appl'];
        expect(diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`))
            .toEqual([`${place} syntax-error: ${message}`]);
        expect(diagnostics[0].severity).toBe(1);
    });

    test('no message speaks of tokens, EOF, offsets or the grammar\'s rule names', () => {
        for (const [mistake, , , , message] of MISTAKES) {
            expect(message, mistake).not.toMatch(/token|EOF|offset/i);
            for (const name of RULE_NAMES) {
                expect(message, `${mistake}: ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
            }
        }
    });
});

describe('the words of the syntax messages', () => {
    test('name and show every part of the grammar, so a new clause cannot go without them', () => {
        const missing = vocabulary.slots.map(slot => `${slot.rule}.${slot.feature}`).filter(key => !SLOTS[key]);
        expect(missing).toEqual([]);
        const parts = grammar.rules.filter(rule => rule.$type === 'ParserRule' && !vocabulary.valueLists.has(rule.name)
            && vocabulary.slots.some(slot => slot.rule === rule.name)).map(rule => rule.name);
        expect(parts.filter(name => !CONSTRUCTS[name])).toEqual([]);
        expect([...vocabulary.valueLists.keys()].filter(name => !VALUE_LISTS[name])).toEqual([]);
    });

    test('say nothing of the grammar\'s rule names either', () => {
        const words = [...Object.values(SLOTS), ...Object.values(CONSTRUCTS)].map(entry => 'what' in entry ? entry.what : entry.noun);
        for (const text of [...words, ...Object.values(VALUE_LISTS).flatMap(list => [list.one, list.many])]) {
            for (const name of RULE_NAMES) {
                expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
            }
        }
    });
});

describe('the parser', () => {
    test('gives the value a look-alike stands for, so the rest of the plan is checked as meant', async () => {
        const { appl } = createApplServices();
        const result = appl.parser.LangiumParser.parse('plan "P" { period 1/3/2020 to 30 September 2021 local area \u201cMedway\u201d }\n');
        const plan = (result.value as unknown as { declarations: Array<Record<string, unknown>> }).declarations[0];
        expect(plan.period).toMatchObject([{ start: '2020-03-01', end: '2021-09-30' }]);
        expect(plan.localArea).toEqual(['Medway']);
        expect(result.parserErrors).toEqual([]);
        expect(result.lexerReport?.diagnostics.map(d => d.message)).toEqual([
            'Write the date 1/3/2020 as 2020-03-01 (1 March 2020): APPL reads dates as YYYY-MM-DD, year-month-day.',
            'Write the date 30 September 2021 as 2021-09-30 (30 September 2021): APPL reads dates as YYYY-MM-DD, year-month-day.',
            'Write local-area with hyphens, not "local area".',
            'Write text in straight double quotes, "Medway", not curly ones (word processors change " into \u201c and \u201d).',
        ]);
    });

    test('takes no valid text for a look-alike: the examples, numbered actions, decimals, an id such as may', () => {
        const { appl } = createApplServices();
        const root = new URL('../../../../examples/', import.meta.url);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.appl'));
        expect(files.length).toBeGreaterThan(20);
        for (const file of files) {
            expect(appl.parser.LangiumParser.parse(readFileSync(new URL(file, root), 'utf8')).lexerReport?.diagnostics ?? [], file).toEqual([]);
        }
        const text = 'action 1.2.3 "x" { target "Rate" 12.5 percent by 2021-03-31 }\nmeasure may "May" { }\n';
        expect(appl.parser.Lexer.tokenize(text).tokens.filter(token => lookAlikeNamed(token.tokenType.name))).toEqual([]);
    });
});
