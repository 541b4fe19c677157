// Short phrases for measures in the editor (hover and code lens), in a plan author's words.
import { shortDate } from '../export/dates-in-words.js';
import { amount } from '../export/plan-words.js';
import type { MeasureProgress } from '../model/measure-progress.js';
import type { MeasureModel } from '../model/plan-model.js';

/** "35% on 31 Jan 2020 → 70% by 31 Mar 2021" */
export function describeTarget(measure: MeasureModel): string {
    const from = measure.baseline?.value !== undefined
        ? `${amount(measure.baseline.value, measure.unit)}${measure.baseline.date ? ` on ${shortDate(measure.baseline.date)}` : ''}`
        : 'no baseline';
    const to = measure.target?.value !== undefined
        ? `${amount(measure.target.value, measure.unit)}${measure.target.date ? ` by ${shortDate(measure.target.date)}` : ''}`
        : 'no target';
    return `${from} → ${to}`;
}

/** "on track: 68% vs expected 65%", "behind: 31.6% vs expected 32.3%", "no actual yet". */
export function describeProgress(progress: MeasureProgress, unit: string | undefined): string {
    const actual = progress.actual && amount(progress.actual.value, unit);
    switch (progress.state) {
        case 'on-track':
        case 'behind':
            return `${progress.state === 'on-track' ? 'on track' : 'behind'}: ${actual} vs expected ${amount(progress.expected!, unit)}`;
        case 'no-path':
            return `latest actual ${actual}, before the baseline or with no baseline and target to compare with`;
        default:
            return 'no actual yet';
    }
}
