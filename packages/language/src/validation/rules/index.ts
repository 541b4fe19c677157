import type { Rule } from '../rule.js';
import { actionDates } from './action-dates.js';
import { actionHasLead } from './action-has-lead.js';
import { actionHasMilestone } from './action-has-milestone.js';
import { actionHasTarget } from './action-has-target.js';
import { appHorizons } from './app-horizons.js';
import { behindTrajectory } from './behind-trajectory.js';
import { coproduction } from './coproduction.js';
import { emptyArea } from './empty-area.js';
import { evidenceOfImpact } from './evidence-of-impact.js';
import { expectPath } from './expect-path.js';
import { flatTarget } from './flat-target.js';
import { futureActual } from './future-actual.js';
import { governance } from './governance.js';
import { impactMeasure } from './impact-measure.js';
import { leadLoad } from './lead-load.js';
import { lookingForAnswered } from './looking-for-answered.js';
import { milestoneOrder } from './milestone-order.js';
import { missingActual } from './missing-actual.js';
import { overdueMilestone } from './overdue-milestone.js';
import { planAccountable } from './plan-accountable.js';
import { planHeader } from './plan-header.js';
import { progressUpdate } from './progress-update.js';
import { requirementOverdue } from './requirement-overdue.js';
import { staleBaseline } from './stale-baseline.js';
import { statusContradicts } from './status-contradicts.js';
import { targetBaseline } from './target-baseline.js';
import { targetDirection } from './target-direction.js';
import { uniqueId } from './unique-id.js';
import { unresolvedReference } from './unresolved-reference.js';
import { unused } from './unused.js';
import { vagueAction } from './vague-action.js';
import { validDate } from './valid-date.js';
import { weaknessCovered } from './weakness-covered.js';

/** Every checker rule, in the order of the rule catalogue. */
export const allRules: readonly Rule[] = [
    planHeader,
    weaknessCovered,
    emptyArea,
    actionHasTarget,
    actionHasMilestone,
    appHorizons,
    actionHasLead,
    actionDates,
    milestoneOrder,
    validDate,
    uniqueId,
    unresolvedReference,
    targetDirection,
    targetBaseline,
    impactMeasure,
    expectPath,
    overdueMilestone,
    missingActual,
    behindTrajectory,
    statusContradicts,
    futureActual,
    staleBaseline,
    flatTarget,
    evidenceOfImpact,
    progressUpdate,
    requirementOverdue,
    lookingForAnswered,
    planAccountable,
    governance,
    coproduction,
    leadLoad,
    vagueAction,
    unused,
] as readonly Rule[];
