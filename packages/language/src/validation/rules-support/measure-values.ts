import type { Measure } from '../../generated/ast.js';
import type { IsoDate } from '../../model/dates.js';
import { measurePosition, type MeasurePath, type MeasurePosition } from '../../model/measure-position.js';
import { single } from '../../syntax/single.js';

/** Positions by measure node and date: a node is never changed once parsed (an edit makes new nodes). */
const positions = new WeakMap<Measure, Map<string, MeasurePosition>>();

/**
 * A measure's position at a date, computed once for all the rules that read it (behind-trajectory for
 * the measure, status-contradicts for each action that targets it).
 */
export function measurePositionAt(measure: Measure, date: IsoDate | undefined): MeasurePosition {
    let byDate = positions.get(measure);
    if (!byDate) {
        byDate = new Map();
        positions.set(measure, byDate);
    }
    const key = date ?? '';
    let position = byDate.get(key);
    if (!position) {
        position = measurePosition(measurePath(measure), date);
        byDate.set(key, position);
    }
    return position;
}

/** What the model reads of a measure to place it on its expected path, from the measure as written. */
export function measurePath(measure: Measure): MeasurePath {
    return { ...measure, direction: single(measure.direction), baseline: single(measure.baseline), target: single(measure.target) };
}

/** "Measure ehcp-quality", or "This measure" while its id is not yet typed: the start of a sentence. */
export function measureLabel(measure: Measure): string {
    return measure.name ? `Measure ${measure.name}` : 'This measure';
}

/** "measure ehcp-quality", or "this measure": inside a sentence. */
export function measureMention(measure: Measure): string {
    return measure.name ? `measure ${measure.name}` : 'this measure';
}

/** A number as the author wrote it: 35, 31.6. */
export function formatValue(value: number): string {
    return String(value);
}

/** Whether a parsed number is there (a half-typed clause may lack it). */
export function hasValue(value: number | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/**
 * An interpolated value as a reader wants it: to one decimal place (533.5, 25), or more when one place
 * would make it read the same as the actual it is compared with (44.95 against 44.9).
 */
export function formatExpected(value: number, comparedWith?: number): string {
    for (let places = 1; places <= 4; places++) {
        const text = String(Math.round(value * 10 ** places) / 10 ** places);
        if (comparedWith === undefined || text !== formatValue(comparedWith)) {
            return text;
        }
    }
    return String(value);
}
