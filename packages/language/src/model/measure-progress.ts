// Where a measure stands: its latest actual value against the value expected by then. The expected
// path runs from the baseline through the interim `expect` values to the target, in date order, in
// straight lines between them. Used by the editor's code lens and hover and by the preview.
import { isValidDate, type IsoDate } from './dates.js';
import { daysBetween } from './dates.js';

/** The parts of a measure that say where it should be and where it is (MeasureModel has them). */
export interface MeasurePath {
    direction?: string;
    baseline?: { value?: number, date?: string };
    target?: { value?: number, date?: string };
    expected: ReadonlyArray<{ value?: number, date?: string }>;
    actuals: ReadonlyArray<{ value?: number, date?: string }>;
}

export interface DatedNumber {
    value: number;
    date: IsoDate;
}

export type ProgressState = 'on-track' | 'behind' | 'no-actual' | 'no-path';

export interface MeasureProgress {
    state: ProgressState;
    direction: 'increase' | 'decrease';
    /** The latest actual on or before the as-of date. */
    actual?: DatedNumber;
    /** The value expected on the actual's date (on-track and behind only). */
    expected?: number;
}

/** The path's points (baseline, expected values, target) with a value and a real date, in date order. */
export function expectedPath(measure: MeasurePath): DatedNumber[] {
    const points = [measure.baseline, ...measure.expected, measure.target]
        .filter((point): point is DatedNumber => point?.value !== undefined && isValidDate(point.date))
        .map(point => ({ value: point.value, date: point.date }));
    return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The value the plan expects on a date: undefined before the path starts (or without a path), the
 * target's value after it ends, in between on the straight line between the two points around it.
 */
export function expectedValueAt(measure: MeasurePath, date: IsoDate): number | undefined {
    const path = expectedPath(measure);
    if (path.length === 0 || !isValidDate(date) || date < path[0].date) {
        return undefined;
    }
    for (let i = path.length - 1; i >= 0; i--) {
        const point = path[i];
        if (point.date <= date) {
            const next = path[i + 1];
            if (!next || point.date === date) {
                return point.value;
            }
            const share = daysBetween(point.date, date) / daysBetween(point.date, next.date);
            return point.value + (next.value - point.value) * share;
        }
    }
    return undefined;
}

/** The actual with the latest date on or before `asOf` (any date when `asOf` is not given). */
export function latestActual(measure: MeasurePath, asOf?: IsoDate): DatedNumber | undefined {
    let latest: DatedNumber | undefined;
    for (const actual of measure.actuals) {
        if (actual.value === undefined || !isValidDate(actual.date) || (isValidDate(asOf) && actual.date > asOf)) {
            continue;
        }
        if (!latest || actual.date >= latest.date) {
            latest = { value: actual.value, date: actual.date };
        }
    }
    return latest;
}

/** Which way is better: as the measure says, else from the baseline towards the target, else up. */
export function measureDirection(measure: MeasurePath): 'increase' | 'decrease' {
    if (measure.direction === 'increase' || measure.direction === 'decrease') {
        return measure.direction;
    }
    const from = measure.baseline?.value;
    const to = measure.target?.value;
    return from !== undefined && to !== undefined && to < from ? 'decrease' : 'increase';
}

/**
 * The latest actual (on or before `asOf`) against the value expected on that actual's date: an
 * actual from December is compared with December's expectation, not with January's.
 */
export function measureProgress(measure: MeasurePath, asOf?: IsoDate): MeasureProgress {
    const direction = measureDirection(measure);
    const actual = latestActual(measure, asOf);
    if (!actual) {
        return { state: 'no-actual', direction };
    }
    const expected = expectedValueAt(measure, actual.date);
    if (expected === undefined) {
        return { state: 'no-path', direction, actual };
    }
    // A hair's breadth of rounding in the straight line never makes a measure look behind.
    const onTrack = direction === 'increase' ? actual.value >= expected - 1e-9 : actual.value <= expected + 1e-9;
    return { state: onTrack ? 'on-track' : 'behind', direction, actual, expected };
}
