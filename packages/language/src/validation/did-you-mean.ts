/**
 * No id a person types is longer; comparing longer ones costs the square of their length (two ids of
 * 20,000 characters took seconds), so they get no suggestion.
 */
const MAX_SUGGESTED_LENGTH = 100;

/** The candidate closest to a mistyped name, if one is close enough to be what was meant. */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
    const wanted = typed.toLowerCase();
    if (wanted.length > MAX_SUGGESTED_LENGTH) {
        return undefined;
    }
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    let best: { name: string, distance: number } | undefined;
    for (const name of candidates) {
        // Names that differ in length by more than the limit cannot be close: skip the distance (a plan
        // may declare thousands of names, and every unresolved name is compared with all of them).
        if (Math.abs(name.length - wanted.length) > limit) {
            continue;
        }
        const distance = editDistance(wanted, name.toLowerCase(), best ? Math.min(best.distance, limit) : limit);
        if (distance <= limit && (!best || distance < best.distance)) {
            best = { name, distance };
        }
    }
    return best?.name;
}

/** Shorter names are too easily another real name (W1 and W2, ann and anx) for a change to be sure. */
const SURE_MIN_LENGTH = 4;

/**
 * Whether changing `typed` to `suggestion` is sure to be what the author meant, so that a tool may do
 * it without asking (`appl check --fix`): one slip of the keyboard (a character added, dropped or
 * changed, two neighbours swapped, or letter case), in a name of four characters or more, no digit
 * changed for another (`lead-2021` is another year, not a typo), and no other candidate as close.
 */
export function isSureCorrection(typed: string, suggestion: string, candidates: Iterable<string>): boolean {
    const wanted = typed.toLowerCase();
    if (wanted.length < SURE_MIN_LENGTH || wanted.length > MAX_SUGGESTED_LENGTH || changesADigit(wanted, suggestion.toLowerCase())) {
        return false;
    }
    const distance = keyboardDistance(wanted, suggestion.toLowerCase());
    if (distance > 1) {
        return false;
    }
    let asClose = 0;
    for (const name of new Set(candidates)) {
        if (Math.abs(name.length - wanted.length) <= 1 && keyboardDistance(wanted, name.toLowerCase()) <= distance) {
            asClose++;
        }
    }
    return asClose === 1;
}

/**
 * Levenshtein distance: insertions, deletions and substitutions each count one. With `atMost`, stops as
 * soon as the distance is sure to exceed it and returns `atMost + 1`.
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            best = Math.min(best, current[j]);
        }
        if (best > atMost) {
            return atMost + 1;
        }
        previous = current;
    }
    return previous[b.length];
}

/** Edit distance where swapping two neighbouring characters also counts one (optimal string alignment). */
function keyboardDistance(a: string, b: string): number {
    const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}

/** Whether the two names, of the same length, differ in a digit changed for another digit. */
function changesADigit(a: string, b: string): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i] && /\d/.test(a[i]) && /\d/.test(b[i])) {
            return true;
        }
    }
    return false;
}
