import { isMeasureReference, type Action, type Measure } from '../../generated/ast.js';

/** The measures an action targets by id, resolved (inline targets have no path to follow). */
export function targetMeasures(action: Action): Measure[] {
    return action.targets.filter(isMeasureReference)
        .map(target => target.measure?.ref)
        .filter((measure): measure is Measure => measure !== undefined);
}
