/** The candidate closest to a mistyped name, if one is close enough to be what was meant. */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
    const wanted = typed.toLowerCase();
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    let best: { name: string, distance: number } | undefined;
    for (const name of candidates) {
        const distance = editDistance(wanted, name.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance)) {
            best = { name, distance };
        }
    }
    return best?.name;
}

/** Levenshtein distance: insertions, deletions and substitutions each count one. */
export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
