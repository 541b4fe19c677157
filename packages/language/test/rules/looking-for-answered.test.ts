import { afterEach, describe, expect, test } from 'vitest';
import { checkFiles, createTestServices, expectNoRule, expectRule, findings, resetWorkspace } from '../helpers.js';

const services = createTestServices();
afterEach(async () => {
    services.appl.config.ProjectConfig.asOfOverride = undefined;
    await resetWorkspace(services);
});

const PLAN = 'plan "P" { period 2024-01-01 to 2025-06-30 as-of 2024-09-01 }';

const DECLARATIONS = `
            inspection revisit { weakness W1 "Leaders did not work together." not-sufficient }
            measure quality "EHC plans audited as good or better" { baseline 35 on 2024-01-31 target 70 by 2025-03-31 }
            area 1 "Quality of EHC plans" addresses W1 { action 1.1 "Train caseworkers" { target quality } }`;

function unanswered(review: string, weakness?: string): string {
    return `The reviewers of ${review} will look for this${weakness ? ` (${weakness})` : ''}, and no action or measure answers it. `
        + 'Add "answered-by <action or measure ids>" after its text, naming what will show it.';
}

describe('looking-for-answered', () => {
    test('reports an item of a past review that names nothing answering it, on its text', async () => {
        await expectRule(services, 'looking-for-answered', `${PLAN}${DECLARATIONS}
            review 2024-07-15 progress-review {
              looking-for "Evidence that audited plans are improving" answered-by quality, 1.1
              looking-for <|"Parents' views of their child's plan"|>
              looking-for W1 <|"Joint decisions made on time"|>
            }`,
        [unanswered('2024-07-15'), unanswered('2024-07-15', 'W1')], 'warning');
    });

    test('counts a review dated on the as-of date, and not one after it', async () => {
        await expectRule(services, 'looking-for-answered', `${PLAN}${DECLARATIONS}
            review 2024-09-01 progress-review { looking-for <|"Parents' views"|> }
            review 2024-09-02 progress-review { looking-for "Not said yet" }
            review 2025-01-15 progress-review { looking-for "Next time" }`,
        [unanswered('2024-09-01')], 'warning');
    });

    test('uses the as-of date given to the checker', async () => {
        const text = (marked: boolean) => `${PLAN}${DECLARATIONS}
            review 2024-11-15 progress-review { looking-for ${marked ? '<|"Parents\' views"|>' : '"Parents\' views"'} }`;
        await expectNoRule(services, 'looking-for-answered', text(false));
        services.appl.config.ProjectConfig.asOfOverride = '2024-12-01';
        await resetWorkspace(services);
        await expectRule(services, 'looking-for-answered', text(true), [unanswered('2024-11-15')], 'warning');
    });

    test('is silent without an as-of date, and for a review whose date does not exist', async () => {
        await expectNoRule(services, 'looking-for-answered', `plan "P" { }${DECLARATIONS}
            review 2024-07-15 progress-review { looking-for "Parents' views" }`);
        await resetWorkspace(services);
        await expectNoRule(services, 'looking-for-answered', `${PLAN}${DECLARATIONS}
            review 2024-07-32 progress-review { looking-for "Parents' views" }`);
    });

    test('takes a name that does not resolve as an answer: unresolved-reference reports the name', async () => {
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}${DECLARATIONS}
            review 2024-07-15 progress-review { looking-for "Parents' views" answered-by qualty }` }))['plan.appl'];
        expect(findings(diagnostics, 'looking-for-answered')).toEqual([]);
        expect(findings(diagnostics, 'unresolved-reference').length).toBe(1);
    });

    test('answers with an action or measure declared in an imported file', async () => {
        await expectNoRule(services, 'looking-for-answered', `import "measures.appl"
            ${PLAN}
            review 2024-07-15 progress-review { looking-for "Audited plans improving" answered-by quality }`,
        { 'measures.appl': 'measure quality "Q" { baseline 35 on 2024-01-31 target 70 by 2025-03-31 }' });
    });

    test('does not throw on half-typed items, and waits for the text and for the answers being typed', async () => {
        await expectRule(services, 'looking-for-answered', `${PLAN}${DECLARATIONS}
            review 2024-07-15 progress-review {
              looking-for W1
              looking-for "Parents' views" answered-by
              looking-for
              looking-for <|"Co-production"|>
            }`,
        [unanswered('2024-07-15')], 'warning');
        await resetWorkspace(services);
        const diagnostics = (await checkFiles(services, { 'plan.appl': `${PLAN}\nreview { looking-for "x"` }))['plan.appl'];
        expect(findings(diagnostics, 'looking-for-answered')).toEqual([]);
    });
});
