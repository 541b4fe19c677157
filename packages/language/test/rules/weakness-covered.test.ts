import { afterEach, describe, test } from 'vitest';
import { createTestServices, expectNoRule, expectRule, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

describe('weakness-covered', () => {
    test('reports open and not-sufficient weaknesses that nothing addresses, on their ids', async () => {
        await expectRule(services, 'weakness-covered', `
            plan "P" { }
            inspection revisit {
              weakness <|W1|> "Joint strategic leadership" not-sufficient
              weakness <|W2|> "Communicated strategy"
              weakness W3 "Providers' responsibility" sufficient
              weakness W4 "Lines of accountability" released
              weakness W7 "Quality of EHC plans" not-sufficient
            }
            area 3 "Quality of EHC plans" addresses W7 { action 3.1 "Train EHC coordinators" { } }`,
        [
            'Weakness W1 is judged not sufficient but no area or action addresses it. Add "addresses W1" to the area or action that tackles it.',
            'Weakness W2 is open but no area or action addresses it. Add "addresses W2" to the area or action that tackles it.',
        ], 'error');
    });

    test('counts a weakness addressed by a single action as covered', async () => {
        await expectNoRule(services, 'weakness-covered', `
            plan "P" { }
            inspection revisit { weakness W1 "Joint strategic leadership" not-sufficient }
            area 1 "Leadership" { action 1.1 "Form a joint board" { addresses W1 } }`);
    });

    test('does not count an area without actions: it addresses nothing yet', async () => {
        await expectRule(services, 'weakness-covered', `
            plan "P" { }
            inspection revisit {
              weakness <|W1|> "Joint strategic leadership" not-sufficient
              weakness <|W7|> "Quality of EHC plans"
              weakness W3 "Providers' responsibility" sufficient
            }
            area 1 "Joint leadership" addresses W1 { }
            area 3 "Quality of EHC plans" addresses W7, W3 {
              // actions to follow
            }
            area 4 "Quality assurance" addresses W7 { }`,
        [
            'Weakness W1 is judged not sufficient but no action addresses it: area 1 has no actions yet. Add an action to the area.',
            'Weakness W7 is open but no action addresses it: areas 3, 4 have no actions yet. Add an action to one of them.',
        ], 'error');
    });

    test('counts an empty area\'s weakness as covered once an action anywhere addresses it', async () => {
        await expectNoRule(services, 'weakness-covered', `
            plan "P" { }
            inspection revisit { weakness W7 "Quality of EHC plans" not-sufficient }
            area 3 "Quality of EHC plans" addresses W7 { }
            area 4 "Quality assurance" addresses W7 { action 4.1 "Audit ten plans a month" { } }
            area 5 "Workforce" { action 5.1 "Train EHC coordinators" { addresses W7 } }`);
    });

    test('names the empty area of a weakness declared in an imported file, on the plan title', async () => {
        await expectRule(services, 'weakness-covered', `
            import "findings.appl"
            plan <|"Medway APP"|> { }
            area 7 "EHC plans" addresses W7 { }`,
        ['Weakness W7 is judged not sufficient but no action addresses it: area 7 has no actions yet. Add an action to the area. '
            + '(It is declared in findings.appl.)'],
        'error', { 'findings.appl': 'inspection revisit { weakness W7 "EHC plans" not-sufficient }' });
    });

    test('follows the latest review outcome', async () => {
        await expectNoRule(services, 'weakness-covered', `
            plan "P" { }
            inspection revisit { weakness W1 "Joint strategic leadership" not-sufficient }
            review 2021-01-20 progress-review { outcome W1 not-sufficient }
            review 2021-09-20 progress-review { outcome W1 released }`);
    });

    test('does not count a review dated after the plan\'s as-of date', async () => {
        await expectRule(services, 'weakness-covered', `
            plan "WSOA" { as-of 2018-06-30 }
            inspection initial { weakness <|W1|> "Joint strategic leadership" }
            review 2019-12-11 revisit { outcome W1 sufficient }`,
        ['Weakness W1 is open but no area or action addresses it. Add "addresses W1" to the area or action that tackles it.'], 'error');
    });

    test('reports a weakness from an imported findings file on the plan title', async () => {
        await expectRule(services, 'weakness-covered', `
            import "findings.appl"
            plan <|"Medway APP"|> { }
            area 7 "EHC plans" addresses W7 { action 7.1 "Audit EHC plans" { } }`,
        ['Weakness W1 is judged not sufficient but no area or action addresses it. Add "addresses W1" to the area or action that tackles it. (It is declared in findings.appl.)'],
        'error', {
            'findings.appl': 'inspection revisit { weakness W1 "Leadership" not-sufficient\nweakness W7 "EHC plans" not-sufficient }',
        });
    });

    test('leaves a findings file without a plan alone', async () => {
        await expectNoRule(services, 'weakness-covered', 'inspection revisit { weakness W1 "Leadership" not-sufficient }');
    });
});
