// An action's progress updates: the lead's dated notes. The latest one at the as-of date is what a
// reviewer reads first; the progress-update rule asks for one every quarter.
import { isValidDate, type IsoDate } from './dates.js';

export interface DatedText {
    date?: string;
    text?: string;
}

/** Updates in date order (undated ones last, as written), as plain data. */
export function sortedUpdates(updates: readonly DatedText[]): Array<{ date?: IsoDate, text?: string }> {
    const dated = updates.filter(update => isValidDate(update.date));
    const undated = updates.filter(update => !isValidDate(update.date));
    return [...dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0)), ...undated]
        .map(update => ({ ...(update.date ? { date: update.date } : {}), ...(update.text !== undefined ? { text: update.text } : {}) }));
}

/** The update with the latest real date on or before the as-of date (any date without one). */
export function latestUpdate<T extends DatedText>(updates: readonly T[], asOf: IsoDate | undefined): T | undefined {
    let latest: T | undefined;
    for (const update of updates) {
        if (!isValidDate(update.date) || (isValidDate(asOf) && update.date > asOf)) {
            continue;
        }
        if (!latest || update.date >= latest.date!) {
            latest = update;
        }
    }
    return latest;
}
