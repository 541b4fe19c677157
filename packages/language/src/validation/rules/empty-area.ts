import { defineRule } from '../rule.js';

export const emptyArea = defineRule({
    id: 'empty-area',
    defaultSeverity: 'error',
    node: 'Area',
    description: 'Every area has at least one action: an area without actions addresses nothing yet.',
    check(area, report) {
        if (area.actions.length > 0 || !area.name) {
            return;
        }
        report(area, `Area ${area.name} has no actions, so it addresses nothing yet. Add an action: `
            + `action ${area.name}.1 "<what will be done>" { lead <person-id> due <YYYY-MM-DD> target <measure-id> milestone <YYYY-MM-DD> "<what will be true>" }.`,
        { property: 'name' });
    },
});
