// Where a measure stands at the as-of date. The expected path runs from the baseline through the
// interim `expect` values to the target, in date order, in straight lines between them; each actual is
// compared with the value expected on its own date. Rules, the model, exports and the editor all read
// a measure's position from here.
import { addDays, daysBetween, isValidDate, type IsoDate } from './dates.js';

/** The parts of a measure that say where it should be and where it is (MeasureModel and ast.Measure have them). */
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

/**
 * `behind`: worse than the value expected on the actual's date. `ahead`: better by more than the
 * tolerance. `on-track`: in between. `no-data`: no actual at or before the as-of date, or no expected
 * value on its date to compare with (an actual before the baseline, a measure without a path).
 */
export type MeasureStatus = 'ahead' | 'on-track' | 'behind' | 'no-data';

/** A measure is ahead when better than expected by more than this share of its baseline-to-target distance. */
export const AHEAD_TOLERANCE = 0.1;

/** How many actuals in a row, on or ahead of the path, make progress sustained. */
export const SUSTAINED_POINTS = 3;

/** One actual against the path. */
export interface PositionPoint extends DatedNumber {
    /** The value the path expects on the actual's date. */
    expected?: number;
    status: MeasureStatus;
    /**
     * How far the actual is from the expected value, as a signed share of the baseline-to-target
     * distance: +0.2 is a fifth of the way better than expected, -0.1 a tenth worse. Undefined when
     * there is no expected value or the path does not move.
     */
    variance?: number;
}

export interface MeasurePosition {
    status: MeasureStatus;
    direction: 'increase' | 'decrease';
    /** The latest actual on or before the as-of date (any date without one), with the expected value on its date. */
    latest?: PositionPoint;
    /** Every actual on or before the as-of date, in date order. */
    series: PositionPoint[];
    /** The last three actuals are each on or ahead of the path. */
    sustained: boolean;
    /** The value the path expects on the as-of date itself (without one, none). */
    expectedAtAsOf?: number;
}

/** The path's points (baseline, expected values, target) with a value and a real date, in date order. */
export function expectedPath(measure: MeasurePath): DatedNumber[] {
    const points = [measure.baseline, ...measure.expected, measure.target]
        .filter((point): point is DatedNumber => isNumber(point?.value) && isValidDate(point.date))
        .map(point => ({ value: point.value, date: point.date }));
    return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The value the plan expects on a date: undefined before the path starts (or without a path), the
 * target's value after it ends, in between on the straight line between the two points around it.
 */
export function expectedValueAt(measure: MeasurePath, date: IsoDate): number | undefined {
    return valueOnPath(expectedPath(measure), date);
}

function valueOnPath(path: readonly DatedNumber[], date: IsoDate): number | undefined {
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

/** The actuals with a value and a real date on or before `asOf` (any date without it), in date order. */
export function actualsUpTo(measure: MeasurePath, asOf?: IsoDate): DatedNumber[] {
    const known = isValidDate(asOf);
    return measure.actuals
        .filter((actual): actual is DatedNumber => isNumber(actual.value) && isValidDate(actual.date) && (!known || actual.date <= asOf))
        .map(actual => ({ value: actual.value, date: actual.date }))
        // Stable: two actuals on one date keep their order, and the later-written one counts as latest.
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The actual with the latest date on or before `asOf` (any date when `asOf` is not given). */
export function latestActual(measure: MeasurePath, asOf?: IsoDate): DatedNumber | undefined {
    const actuals = actualsUpTo(measure, asOf);
    return actuals[actuals.length - 1];
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
 * The distance a measure is meant to travel: baseline to target, else the first to the last point of
 * its path. Zero when it does not move.
 */
function pathDistance(measure: MeasurePath, path: readonly DatedNumber[]): number {
    const from = measure.baseline?.value;
    const to = measure.target?.value;
    if (isNumber(from) && isNumber(to)) {
        return Math.abs(to - from);
    }
    return path.length > 1 ? Math.abs(path[path.length - 1].value - path[0].value) : 0;
}

/**
 * Where a measure stands at `asOf`: its latest actual against the value expected on that actual's
 * date (an actual from December is compared with December's expectation, not January's), every actual
 * up to then, and whether the last three were on or ahead of the path.
 */
export function measurePosition(measure: MeasurePath, asOf?: IsoDate): MeasurePosition {
    const direction = measureDirection(measure);
    const path = expectedPath(measure);
    const distance = pathDistance(measure, path);
    const series = actualsUpTo(measure, asOf).map(actual => pointOnPath(actual, valueOnPath(path, actual.date), direction, distance));
    const latest = series[series.length - 1];
    const recent = series.slice(-SUSTAINED_POINTS);
    const expectedAtAsOf = isValidDate(asOf) ? valueOnPath(path, asOf) : undefined;
    return {
        status: latest?.status ?? 'no-data',
        direction,
        ...(latest ? { latest } : {}),
        series,
        sustained: recent.length === SUSTAINED_POINTS && recent.every(point => point.status === 'on-track' || point.status === 'ahead'),
        ...(expectedAtAsOf === undefined ? {} : { expectedAtAsOf }),
    };
}

function pointOnPath(actual: DatedNumber, expected: number | undefined, direction: 'increase' | 'decrease', distance: number): PositionPoint {
    if (expected === undefined) {
        return { ...actual, status: 'no-data' };
    }
    const better = direction === 'increase' ? actual.value - expected : expected - actual.value;
    // A hair's breadth of rounding in the straight line never makes a measure look behind.
    const behind = better < -1e-9;
    const variance = distance > 0 ? better / distance : undefined;
    const status = behind ? 'behind' : variance !== undefined && variance > AHEAD_TOLERANCE + 1e-9 ? 'ahead' : 'on-track';
    return variance === undefined ? { ...actual, expected, status } : { ...actual, expected, status, variance };
}

function isNumber(value: number | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** How far from an expected value's date an actual may be dated and still report on it. */
export const ACTUAL_WINDOW_DAYS = 31;

/**
 * The expected values dated before the as-of date with no actual recorded within ACTUAL_WINDOW_DAYS
 * of them (an actual still missing its number counts: its author is writing it), each with the window
 * an actual may fall in, up to the as-of date. None without an as-of date.
 */
export function expectationsWithoutActual<E extends { value?: number, date?: string }>(
    measure: { expected: readonly E[], actuals: ReadonlyArray<{ date?: string }> }, asOf: IsoDate | undefined,
): Array<{ expected: E & { date: IsoDate }, from: IsoDate, to: IsoDate }> {
    if (!isValidDate(asOf)) {
        return [];
    }
    const recorded = measure.actuals.map(actual => actual.date).filter((date): date is IsoDate => isValidDate(date) && date <= asOf);
    const missing: Array<{ expected: E & { date: IsoDate }, from: IsoDate, to: IsoDate }> = [];
    for (const expected of measure.expected) {
        const date = expected.date;
        if (!isValidDate(date) || date >= asOf || recorded.some(actual => Math.abs(daysBetween(date, actual)) <= ACTUAL_WINDOW_DAYS)) {
            continue;
        }
        const latest = addDays(date, ACTUAL_WINDOW_DAYS);
        missing.push({ expected: expected as E & { date: IsoDate }, from: addDays(date, -ACTUAL_WINDOW_DAYS), to: latest < asOf ? latest : asOf });
    }
    return missing;
}
