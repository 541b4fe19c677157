import { milestoneState } from '../../model/milestone-state.js';
import { defineRule } from '../rule.js';
import { targetMeasures } from '../rules-support/action-measures.js';
import { measurePositionAt } from '../rules-support/measure-values.js';
import { actionLabel } from '../wording.js';
import { single } from '../../syntax/single.js';

const CLAIMS: Record<string, string> = { 'on-track': 'on-track', 'complete': 'complete' };

export const statusContradicts = defineRule({
    id: 'status-contradicts',
    defaultSeverity: 'warning',
    node: 'Action',
    description: 'An action marked on-track or complete has no missed milestone and no target measure behind its expected path.',
    check(action, report, { asOf }) {
        const status = single(action.status);
        const claim = status && CLAIMS[status];
        if (!claim) {
            return;
        }
        const date = asOf?.date;
        const missed = action.milestones.filter(milestone => milestoneState(milestone, date) === 'missed')
            .map(milestone => `its milestone${milestone.date ? ` due ${milestone.date}` : ''} was missed`);
        const behind = targetMeasures(action).filter(measure => measurePositionAt(measure, date).status === 'behind')
            .map(measure => `measure ${measure.name} is behind its expected path`);
        const facts = [...missed, ...behind];
        if (facts.length === 0) {
            return;
        }
        const said = facts.length === 1 ? facts[0] : `${facts.slice(0, -1).join(', ')} and ${facts[facts.length - 1]}`;
        report(action, `${actionLabel(action)} is marked ${claim}, but ${said}. Change "status ${claim}" to at-risk or off-track, `
            + 'and say in an update what is being done.', { property: 'status' });
    },
});
