import { VSCODE_COMMANDS } from 'appl-language/protocol';
import { commands, Uri, window, workspace, WorkspaceEdit, type Disposable, type TextDocument } from 'vscode';
import kent from '../../../../examples/kent-improvement-plan.appl';
import northwold from '../../../../examples/priority-action-plan-2023.appl';
import staffordshire from '../../../../examples/staffordshire-app-2022.appl';
import { checkLocalArea, parsePeriod, planFileName, planSkeleton, PLAN_TYPES, suggestedPeriod, type NewPlanAnswers } from './plan-skeleton.js';

/** The examples "APPL: Open an Example Plan" offers: the ones that import nothing, so they check alone. */
const EXAMPLES = [
    { name: 'staffordshire-app-2022.appl', label: 'Staffordshire Accelerated Progress Plan (APP), 2022–23', detail: 'Two areas, 3/6/12-month milestones, quantified targets and measures', text: staffordshire },
    { name: 'kent-improvement-plan.appl', label: 'Kent Improvement Plan, 2023–24', detail: 'Nine areas, a full set of measures, a progress review and an Improvement Notice', text: kent },
    { name: 'priority-action-plan-2023.appl', label: 'Northwold Priority Action Plan, 2023–25 (fictional)', detail: 'A plan under the 2023 inspection framework', text: northwold },
];

export function registerNewPlanCommands(): Disposable[] {
    return [
        commands.registerCommand(VSCODE_COMMANDS.newPlan, (answers?: Partial<NewPlanAnswers>) => newPlan(answers)),
        commands.registerCommand(VSCODE_COMMANDS.openExample, (name?: string) => openExample(name)),
    ];
}

/**
 * "APPL: New plan" (also under File > New File…): asks for the plan's type, local area and period,
 * and opens the skeleton as a new, unsaved file named after them. Answers given as an argument are
 * not asked (tests and walkthrough links pass them). Returns the document, or undefined if cancelled.
 */
async function newPlan(given: Partial<NewPlanAnswers> = {}): Promise<TextDocument | undefined> {
    const type = given.type ?? (await window.showQuickPick(
        PLAN_TYPES.map(entry => ({ label: entry.name, description: entry.type, detail: `Written ${entry.when}.`, type: entry.type })),
        { title: 'New plan (1 of 3): what kind of plan is it?', ignoreFocusOut: true }))?.type;
    if (!type) return undefined;
    const localArea = given.localArea ?? await window.showInputBox({
        title: 'New plan (2 of 3): which local area is it for?',
        prompt: 'The local area as the inspection letter names it',
        placeHolder: 'Medway',
        ignoreFocusOut: true,
        validateInput: checkLocalArea,
    });
    if (localArea === undefined) return undefined;
    let { start, end } = given;
    if (!start || !end) {
        const suggested = suggestedPeriod(new Date());
        const answer = await window.showInputBox({
            title: 'New plan (3 of 3): when does the plan run?',
            prompt: 'The first and last day of the plan: YYYY-MM-DD to YYYY-MM-DD',
            value: `${suggested.start} to ${suggested.end}`,
            ignoreFocusOut: true,
            validateInput: value => { const period = parsePeriod(value); return 'problem' in period ? period.problem : undefined; },
        });
        const period = answer === undefined ? undefined : parsePeriod(answer);
        if (!period || 'problem' in period) return undefined;
        ({ start, end } = period);
    }
    const answers = { type, localArea: localArea.trim(), start, end };
    return openUntitled(planFileName(answers), planSkeleton(answers));
}

/** "APPL: Open an Example Plan": a finished plan to read and try things on, as a new unsaved file. */
async function openExample(name?: string): Promise<TextDocument | undefined> {
    const example = EXAMPLES.find(candidate => candidate.name === name) ?? (await window.showQuickPick(
        EXAMPLES.map(candidate => ({ label: candidate.label, description: candidate.name, detail: candidate.detail, example: candidate })),
        { title: 'Open an example plan' }))?.example;
    return example && openUntitled(example.name, example.text);
}

/**
 * A new unsaved file with this name (in the first workspace folder, where Save proposes it) and text.
 * VS Code refuses an unsaved file with the path of a file that exists, so a number is added then:
 * medway-app-2.appl.
 */
async function openUntitled(name: string, text: string): Promise<TextDocument> {
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const path = (n: number) => {
        const numbered = n === 1 ? name : name.replace(/\.appl$/, `-${n}.appl`);
        return folder ? Uri.joinPath(folder, numbered).path : `/${numbered}`;
    };
    let n = 1;
    while (workspace.textDocuments.some(document => document.uri.path === path(n)) || (folder && await exists(folder.with({ path: path(n) })))) {
        n++;
    }
    const uri = Uri.from({ scheme: 'untitled', path: path(n) });
    const document = await workspace.openTextDocument(uri);
    const edit = new WorkspaceEdit();
    edit.insert(uri, document.positionAt(0), text);
    await workspace.applyEdit(edit);
    await window.showTextDocument(document, { preview: false });
    return document;
}

async function exists(uri: Uri): Promise<boolean> {
    try {
        await workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
