import { AstUtils, type AstNode, type LangiumDocument, type MultiReference, type Reference } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isAction, isDocument, isInspection } from '../generated/ast.js';
import { isValidDate } from '../model/dates.js';
import { planOf } from '../model/plan-header.js';
import { closestName, isSureCorrection } from '../validation/did-you-mean.js';
import { planStart, targetDate } from './fix-dates.js';
import { appendToFile, INDENT, insertBeforeClosingBrace } from './fix-text.js';
import { quickFix, type FixProvider, type PlanFix } from './plan-fix.js';
import { single } from '../syntax/single.js';

type Creatable = 'person' | 'organisation' | 'measure' | 'weakness';

/** What a name of each reference type may be declared as. */
const CREATABLE: Record<string, Creatable[]> = {
    Person: ['person'],
    Organisation: ['organisation'],
    Party: ['person', 'organisation'],
    Measure: ['measure'],
    Answer: ['measure'],
    Weakness: ['weakness'],
};

/** People and organisations share ids (a board's members are either). */
const SAME_IDS: Record<Creatable, string[]> = {
    person: ['Person', 'Organisation'],
    organisation: ['Person', 'Organisation'],
    measure: ['Measure'],
    weakness: ['Weakness'],
};

/**
 * unresolved-reference: the "did you mean" name (safe when no other name is as close), or a skeleton
 * declaration of the name at the end of the file. A missing import file has no fix.
 */
export const unresolvedNameFixes: FixProvider = (diagnostic, document, services) => {
    const reference = unresolvedReferenceAt(document, diagnostic.range);
    const info = reference?.error?.info;
    if (!reference || !info) {
        return [];
    }
    const name = reference.$refText;
    const candidates = [...new Set(services.references.ScopeProvider.getScope(info).getAllElements().map(element => element.name))];
    const fixes: PlanFix[] = [];
    const suggestion = closestName(name, candidates);
    if (suggestion) {
        const safe = isSureCorrection(name, suggestion, candidates) && !listNames(reference, info.container, info.property, suggestion);
        fixes.push({ ...quickFix(`Change to ${suggestion}`, [{ range: diagnostic.range, newText: suggestion }], safe), isPreferred: true });
    }
    const visible = services.references.ImportResolver.visibleUris(document);
    const index = services.shared.workspace.IndexManager;
    for (const kind of CREATABLE[services.shared.AstReflection.getReferenceType(info)] ?? []) {
        if (SAME_IDS[kind].some(type => index.allElements(type, visible).some(element => element.name === name))) {
            continue; // an organisation of that name exists: a person of the same name would clash
        }
        const edit = kind === 'weakness' ? createWeakness(document, name) : appendToFile(document, declaration(kind, name, info.container, document));
        if (edit) {
            fixes.push(quickFix(`Create ${kind} ${name}`, [edit], false));
        }
    }
    return fixes;
};

/** Whether the list the reference sits in (`accountable a, b`) already names `name`: the change would repeat it. */
function listNames(reference: Reference | MultiReference, container: AstNode, property: string, name: string): boolean {
    const value = (container as unknown as Record<string, unknown>)[property];
    return Array.isArray(value) && value.some(other => other !== reference && (other as Reference | undefined)?.$refText === name);
}

function unresolvedReferenceAt(document: LangiumDocument, range: Range): Reference | MultiReference | undefined {
    const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
    return document.references.find(reference => reference.error && reference.$refNode && same(reference.$refNode.range, range));
}

function declaration(kind: Exclude<Creatable, 'weakness'>, name: string, container: Parameters<typeof AstUtils.getContainerOfType>[0],
    document: LangiumDocument): string[] {
    switch (kind) {
        case 'person':
            return [`person ${name} "TODO: name" role "TODO: role"`];
        case 'organisation':
            return [`organisation ${name} "TODO: name" kind other`];
        case 'measure': {
            // A measure with a target keeps its action's target quantified; a baseline and an impact kind
            // keep target-baseline and impact-measure quiet until the author fills them in, and a target
            // away from the baseline keeps flat-target quiet.
            const plan = planOf(document);
            const action = AstUtils.getContainerOfType(container, isAction);
            const baselineDate = (plan && planStart(plan)) ?? (isValidDate(single(action?.start)) ? single(action?.start) : undefined);
            const by = targetDate(action, plan);
            return [
                `measure ${name} "TODO: name" {`,
                `${INDENT}kind impact`,
                `${INDENT}unit percent`,
                ...(baselineDate ? [`${INDENT}baseline 0 on ${baselineDate}`] : []),
                ...(by ? [`${INDENT}target 100 by ${by}`] : []),
                '}',
            ];
        }
    }
}

/** A weakness goes into the file's first inspection; a file without one gets an inspection for it. */
function createWeakness(document: LangiumDocument, name: string) {
    const line = `weakness ${name} "TODO: the finding, word for word from the letter"`;
    const root = document.parseResult.value;
    const inspection = isDocument(root) ? root.declarations.find(isInspection) : undefined;
    if (inspection) {
        return insertBeforeClosingBrace(document, inspection, [line]);
    }
    return appendToFile(document, ['inspection initial {', `${INDENT}${line}`, '}']);
}
