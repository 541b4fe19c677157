import type { Rule } from '../rule.js';
import { actionDates } from './action-dates.js';
import { actionHasLead } from './action-has-lead.js';
import { actionHasMilestone } from './action-has-milestone.js';
import { actionHasTarget } from './action-has-target.js';
import { uniqueId } from './unique-id.js';
import { unresolvedReference } from './unresolved-reference.js';
import { validDate } from './valid-date.js';
import { weaknessCovered } from './weakness-covered.js';

/** Every checker rule, in the order of the rule catalogue. */
export const allRules: readonly Rule[] = [
    weaknessCovered,
    actionHasTarget,
    actionHasMilestone,
    actionHasLead,
    actionDates,
    validDate,
    uniqueId,
    unresolvedReference,
] as readonly Rule[];
