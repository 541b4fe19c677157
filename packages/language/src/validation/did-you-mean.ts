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
    // A plan may declare tens of thousands of names, and every unresolved name is compared with all of
    // them on every check: the typed name is prepared once, and each candidate costs one pass.
    const distanceTo = distanceFrom(wanted);
    let best: { name: string, distance: number } | undefined;
    for (const name of candidates) {
        // Names that differ in length by more than the limit cannot be close.
        if (Math.abs(name.length - wanted.length) > limit) {
            continue;
        }
        const distance = distanceTo(name, best ? Math.min(best.distance, limit) : limit);
        if (distance <= limit && (!best || distance < best.distance)) {
            best = { name, distance };
        }
    }
    return best?.name;
}

/**
 * The Levenshtein distance from `pattern` (lower case) to any name, letter case ignored, with `atMost`
 * as in editDistance. For patterns of up to 32 characters, Myers' bit-parallel algorithm (Hyyrö's
 * form for whole strings): one pass over the name, a few word operations per character.
 */
export function distanceFrom(pattern: string): (name: string, atMost?: number) => number {
    const m = pattern.length;
    if (m === 0 || m > 32) {
        return (name, atMost = Infinity) => editDistance(pattern, name.toLowerCase(), atMost);
    }
    const peq = new Map<number, number>();
    for (let i = 0; i < m; i++) {
        const code = pattern.charCodeAt(i);
        peq.set(code, (peq.get(code) ?? 0) | (1 << i));
    }
    const last = 1 << (m - 1);
    const mask = m === 32 ? -1 : (1 << m) - 1;
    return (name, atMost = Infinity) => {
        let pv = mask;
        let mv = 0;
        let score = m;
        for (let j = 0; j < name.length; j++) {
            let code = name.charCodeAt(j);
            if (code >= 65 && code <= 90) {
                code += 32;
            } else if (code > 127) {
                code = name[j].toLowerCase().charCodeAt(0);
            }
            const eq = peq.get(code) ?? 0;
            const xv = eq | mv;
            const xh = ((((eq & pv) + pv) ^ pv) | eq) & mask;
            let ph = (mv | ~(xh | pv)) & mask;
            let mh = pv & xh;
            if (ph & last) {
                score++;
            } else if (mh & last) {
                score--;
            }
            // The rest of the name can lower the distance by one per character at most.
            if (score - (name.length - j - 1) > atMost) {
                return atMost + 1;
            }
            ph = ((ph << 1) | 1) & mask;
            mh = (mh << 1) & mask;
            pv = (mh | ~(xv | ph)) & mask;
            mv = ph & xv;
        }
        return score;
    };
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
