import { describe, expect, test } from 'vitest';
import { closestName, distanceFrom, editDistance } from '../../src/validation/did-you-mean.js';

/** A seeded generator of ids, upper case and accents included, so that a failure can be repeated. */
function words(seed: number) {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abAB01-._éÉ';
    return (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

describe('did you mean', () => {
    test('the bit-parallel distance equals the textbook one, letter case ignored, and stops past its limit', () => {
        const word = words(7);
        for (let i = 0; i < 20_000; i++) {
            const typed = word(i % 34).toLowerCase();
            const name = word((i * 7) % 41);
            const exact = editDistance(typed, name.toLowerCase());
            expect(distanceFrom(typed)(name), `${typed} / ${name}`).toBe(exact);
            const limit = i % 6;
            const bounded = distanceFrom(typed)(name, limit);
            if (exact <= limit) {
                expect(bounded).toBe(exact);
            } else {
                expect(bounded).toBeGreaterThan(limit);
            }
        }
    });

    test('picks the closest name within a third of the length (two edits at least), the first of equals', () => {
        expect(closestName('jane-doo', ['sam-lee', 'jane-doe', 'jane-dog'])).toBe('jane-doe');
        expect(closestName('JANE-DOE', ['jane-doe'])).toBe('jane-doe');
        expect(closestName('icb', ['dcs', 'icb-lead'])).toBe('dcs');
        expect(closestName('attendance', ['ehcp-quality', 'timeliness'])).toBeUndefined();
    });
});
