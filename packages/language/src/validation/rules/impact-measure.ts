import { isMeasureReference, type Area, type MeasureKind } from '../../generated/ast.js';
import { defineRule, type ReportLocation } from '../rule.js';
import { single } from '../../syntax/single.js';

/** Measures that show the difference actions make, as against what was done (process, activity). */
const IMPACT_KINDS: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['impact', 'outcome', 'experience']);

export const impactMeasure = defineRule({
    id: 'impact-measure',
    defaultSeverity: 'warning',
    node: 'Area',
    description: 'Every area with targets has at least one target on an impact, outcome or experience measure, not only on activity.',
    check(area, report) {
        const targets = area.actions.flatMap(action => action.targets);
        // An area without targets is action-has-target's business.
        if (targets.length === 0) {
            return;
        }
        const withoutKind = new Set<string>();
        for (const target of targets) {
            if (!isMeasureReference(target)) {
                continue; // an inline target is not a measure: it has no kind
            }
            const measure = target.measure?.ref;
            if (!measure) {
                return; // a name still being typed, or misspelt, may be an impact measure
            }
            const kind = single(measure.kind);
            if (kind && IMPACT_KINDS.has(kind)) {
                return;
            }
            if (!kind && measure.name) {
                withoutKind.add(measure.name);
            }
        }
        const label = area.name ? `Area ${area.name}` : 'This area';
        report(area, `${label} has no target on an impact, outcome or experience measure. Reviewers look for impact, `
            + `not only activity: add "target <measure-id>" to one of its actions, naming a measure of kind impact, `
            + `outcome or experience.${kindHint([...withoutKind])}`, onAreaName(area));
    },
});

function onAreaName(area: Area): ReportLocation<Area> {
    return area.name ? { property: 'name' } : { keyword: 'area' };
}

/** " Measure x has no kind: …", for measures that may show impact but do not say so. */
function kindHint(names: string[]): string {
    if (names.length === 0) {
        return '';
    }
    return names.length === 1
        ? ` Measure ${names[0]} has no kind: give it "kind impact" if it shows impact.`
        : ` Measures ${names.join(', ')} have no kind: give them "kind impact" if they show impact.`;
}
