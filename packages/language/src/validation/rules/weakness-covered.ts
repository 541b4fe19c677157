import { AstUtils, UriUtils } from 'langium';
import { isArea, isDocument, type Document } from '../../generated/ast.js';
import { planIn } from '../../model/plan-header.js';
import { computeCoverage, isOutstanding, type WeaknessStatus } from '../../model/coverage.js';
import { defineRule } from '../rule.js';

const STATUS_WORDS: Record<WeaknessStatus, string> = {
    'open': 'open',
    'not-sufficient': 'judged not sufficient',
    'sufficient': 'judged sufficient',
    'released': 'released',
};

export const weaknessCovered = defineRule({
    id: 'weakness-covered',
    defaultSeverity: 'error',
    node: 'Document',
    description: 'Every outstanding weakness (open or not sufficient) is addressed by an action of the plan, directly or through its area.',
    check(root, report, { services, document, asOf }) {
        const plan = planIn(root.declarations);
        // A file of shared findings or people has nothing to cover; a plan file does.
        if (!plan && !root.declarations.some(isArea)) {
            return;
        }
        const visible = services.references.ImportResolver.visibleDocuments(document)
            .map(doc => doc.parseResult.value).filter(isDocument);
        for (const coverage of computeCoverage(root, visible, asOf?.date)) {
            const { weakness, status } = coverage;
            // An area without actions does nothing yet: only actions cover a weakness (empty-area reports the area).
            if (!weakness.name || !isOutstanding(status) || coverage.actions.length > 0) {
                continue;
            }
            const areas = coverage.areas.map(area => area.name).filter(Boolean);
            const message = areas.length > 0
                ? `Weakness ${weakness.name} is ${STATUS_WORDS[status]} but no action addresses it: `
                    + `${areas.length === 1 ? `area ${areas[0]} has` : `areas ${areas.join(', ')} have`} no actions yet. `
                    + `Add an action to ${areas.length === 1 ? 'the area' : 'one of them'}.`
                : `Weakness ${weakness.name} is ${STATUS_WORDS[status]} but no area or action addresses it. `
                    + `Add "addresses ${weakness.name}" to the area or action that tackles it.`;
            const home = AstUtils.getDocument(weakness);
            if (home === document) {
                report(weakness, message, { property: 'name' });
            } else if (plan) {
                report(plan, `${message} (It is declared in ${UriUtils.basename(home.uri)}.)`, { property: 'title' });
            } else {
                report(root as Document, `${message} (It is declared in ${UriUtils.basename(home.uri)}.)`,
                    { range: root.$cstNode?.range && { start: root.$cstNode.range.start, end: root.$cstNode.range.start } });
            }
        }
    },
});
