// @ts-check
// Order statistics for timings: medians and percentiles, never means (one GC pause or a neighbour's
// test run would move a mean).

/** The q-quantile (0..1) of the values, by linear interpolation between the nearest ranks. @param {number[]} values @param {number} q */
export function quantile(values, q) {
    if (values.length === 0) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    const above = Math.ceil(position);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** @param {number[]} values */
export function median(values) {
    return quantile(values, 0.5);
}

/**
 * Median with its spread: p25 and p75 (the interquartile range), min and max, and n.
 * @param {number[]} values
 */
export function summary(values) {
    return {
        n: values.length,
        median: median(values),
        p25: quantile(values, 0.25),
        p75: quantile(values, 0.75),
        p95: quantile(values, 0.95),
        min: Math.min(...values),
        max: Math.max(...values),
    };
}
