// Dates in words for the document exports: "20 January 2021", "20 Jan 2021", "9 to 11 December 2019".
// A text that is not a real date is shown as written (the valid-date rule reports it).
import { isValidDate } from '../model/dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

/** "20 January 2021"; a date that does not exist is shown as written. */
export function longDate(date: string | undefined): string {
    if (!date) {
        return '';
    }
    if (!isValidDate(date)) {
        return date;
    }
    const [year, month, day] = date.split('-').map(Number);
    return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "20 Jan 2021", for tables. */
export function shortDate(date: string | undefined): string {
    if (!date || !isValidDate(date)) {
        return date ?? '';
    }
    const [year, month, day] = date.split('-').map(Number);
    return `${day} ${MONTHS[month - 1].slice(0, 3)} ${year}`;
}

/** "9 to 11 December 2019", "9 November to 11 December 2019", "1 March 2020 to 30 September 2021". */
export function dateRange(start: string | undefined, end: string | undefined): string {
    if (!start || !end || !isValidDate(start) || !isValidDate(end)) {
        return `${longDate(start) || 'start not stated'} to ${longDate(end) || 'end not stated'}`;
    }
    if (start === end) {
        return longDate(start);
    }
    const [startYear, startMonth, startDay] = start.split('-').map(Number);
    const [endYear, endMonth] = end.split('-').map(Number);
    if (startYear === endYear && startMonth === endMonth) {
        return `${startDay} to ${longDate(end)}`;
    }
    if (startYear === endYear) {
        return `${startDay} ${MONTHS[startMonth - 1]} to ${longDate(end)}`;
    }
    return `${longDate(start)} to ${longDate(end)}`;
}
