// The checker's findings, for the documents only when asked (`--include-findings`): a submission is
// not the place for them, but an author may want them beside the document before sending it.
import type { PlanDiagnostic } from '../../model/plan-model.js';
import { heading, paragraph, table, type Block } from './document-model.js';
import { count } from './document-words.js';

const SEVERITY_WORDS: Record<PlanDiagnostic['severity'], string> = {
    error: 'To put right', warning: 'A reviewer may challenge it', info: 'Worth a second look',
};

export function findingsAppendix(diagnostics: readonly PlanDiagnostic[]): Block[] {
    const blocks: Block[] = [heading(2, 'Appendix: what to check before submitting')];
    if (diagnostics.length === 0) {
        blocks.push(paragraph('The checker found nothing to put right in the plan or the files it imports.'));
        return blocks;
    }
    const errors = diagnostics.filter(diagnostic => diagnostic.severity === 'error').length;
    blocks.push(paragraph(`The checker found ${count(diagnostics.length, 'point')} in the plan and the files it imports`
        + `${errors > 0 ? `, ${errors} of them to put right before the plan is submitted` : ''}. Each names the line of the plan file it is about.`));
    blocks.push(table([['Where', 18], ['How much it matters', 20], ['What the checker found', 62]], diagnostics.map(diagnostic => [
        [`${diagnostic.file}, line ${diagnostic.start.line}`],
        [SEVERITY_WORDS[diagnostic.severity]],
        [diagnostic.message],
    ])));
    return blocks;
}
