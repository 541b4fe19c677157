import { afterEach, describe, expect, test } from 'vitest';
import { applySafeFixes } from '../../src/index.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { check, summary } from './fix-helpers.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

/** What `appl check --fix` does: apply the safe fixes, re-check, until a round applies none. */
async function fixUntilStable(text: string): Promise<{ text: string, rounds: number[] }> {
    const rounds: number[] = [];
    for (;;) {
        const { document } = await check(services, text);
        const result = applySafeFixes(services.appl, document);
        rounds.push(result.applied);
        if (result.applied === 0) {
            expect(result.text).toBe(text);
            return { text, rounds };
        }
        text = result.text;
    }
}

const PEOPLE = 'person jane-doe "Jane Doe"\nperson sam-lee "Sam Lee"\n';

describe('applySafeFixes', () => {
    test('applies the unambiguous "did you mean" names and removes unused suppressions, and nothing that needs a choice', async () => {
        const before = `${PEOPLE}area 1 "A" {
  // appl-disable-next-line vague-action -- quoted from the letter
  action 1.1 "Train staff" { lead jane-doo partners sam-le milestone 2020-06-01 "Trained" }
  action 1.2 "Publish the offer" { lead sam-lee partners acme }
}
`;
        const { text, rounds } = await fixUntilStable(before);
        expect(text).toBe(`${PEOPLE}area 1 "A" {
  action 1.1 "Train staff" { lead jane-doe partners sam-lee milestone 2020-06-01 "Trained" }
  action 1.2 "Publish the offer" { lead sam-lee partners acme }
}
`);
        expect(rounds).toEqual([3, 0]);
        // What is left needs the author: due dates, targets, a milestone, and what acme is.
        expect(summary((await check(services, text)).diagnostics).map(line => line.split(':')[0])).toEqual([
            'action-dates', 'action-dates', 'action-has-milestone', 'action-has-target', 'action-has-target', 'unresolved-reference',
        ]);
    });

    test('leaves "accountable dcs, icb" alone: changing icb to dcs would change who is accountable', async () => {
        const before = `plan "P" { accountable dcs, icb }\nperson dcs "Chris Lee"\nperson icb-lead "Pat Moss"\norganisation icb "ICB" kind health\n`;
        expect(await fixUntilStable(before)).toEqual({ text: before, rounds: [0] });
    });

    test('is idempotent: a second run on its result changes nothing', async () => {
        const { text } = await fixUntilStable(`${PEOPLE}area 1 "A" { action 1.1 "Train staff" { lead jane-do partners sam-lee } }\n`);
        const { document } = await check(services, text);
        expect(applySafeFixes(services.appl, document)).toEqual({ text, applied: 0 });
    });

    test('takes overlapping fixes one round at a time: two unused rules in one comment', async () => {
        const action = 'action 1.1 "Train staff" { lead jane-doe partners sam-lee milestone 2020-06-01 "Trained" target "Trained" 10 count by 2020-09-01 from 0 on 2020-03-01 }';
        const { text, rounds } = await fixUntilStable(`${PEOPLE}area 1 "A" {
  // appl-disable-next-line vague-action, action-has-lead
  ${action}
}
`);
        expect(text).toBe(`${PEOPLE}area 1 "A" {\n  ${action}\n}\n`);
        expect(rounds).toEqual([1, 1, 0]);
    });

    test('leaves a name with two equally close candidates for the author', async () => {
        const before = 'person jane-doe "Jane Doe"\nperson jane-dog "Jane Dog"\narea 1 "A" { action 1.1 "Train" { lead jane-do } }\n';
        expect(await fixUntilStable(before)).toEqual({ text: before, rounds: [0] });
    });
});
