// The problems list beside the editor: every finding of the file shown, in reading order, with its
// severity in words (not only colour), its line, its message and rule id, a button that puts the cursor
// there, and one button per quick fix. The summary line is announced to screen readers when it changes.
import type { FileProblems, Problem, Severity } from '../lsp/plan-diagnostics.js';

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['note', 'notes'],
    hint: ['hint', 'hints'],
};

export interface ProblemsPanelOptions {
    list: HTMLOListElement;
    summary: HTMLElement;
    goTo: (line: number, column: number) => void;
    /** Called after a fix was applied, or could not be (the text changed since: a new list follows). */
    fixed: (title: string, applied: boolean) => void;
}

export class ProblemsPanel {
    constructor(private readonly options: ProblemsPanelOptions) {}

    /** Shows the list of a file; `undefined` while the file has not been checked yet. */
    show(file: FileProblems | undefined): void {
        const { list, summary } = this.options;
        list.replaceChildren(...(file?.problems ?? []).map(problem => this.item(problem)));
        const text = file ? summarise(file.problems) : 'Checking…';
        if (summary.textContent !== text) summary.textContent = text;
    }

    private item(problem: Problem): HTMLLIElement {
        const item = document.createElement('li');
        item.className = `problem problem-${problem.severity}`;
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'problem-go';
        go.append(
            span('problem-severity', capitalise(SEVERITY_WORDS[problem.severity][0])),
            span('problem-where', `Line ${problem.line}`),
            span('problem-message', problem.message),
        );
        if (problem.rule) go.append(span('problem-rule', problem.rule));
        go.title = 'Show this line in the editor';
        go.addEventListener('click', () => this.options.goTo(problem.line, problem.column));
        item.append(go);
        if (problem.fixes.length > 0) {
            const fixes = document.createElement('div');
            fixes.className = 'problem-fixes';
            for (const fix of problem.fixes) {
                const button = document.createElement('button');
                button.type = 'button';
                button.className = 'problem-fix';
                button.textContent = `Fix: ${fix.title}`;
                button.addEventListener('click', () => this.options.fixed(fix.title, fix.apply()));
                fixes.append(button);
            }
            item.append(fixes);
        }
        return item;
    }
}

/** "No problems found." or "2 errors, 1 warning and 3 notes." */
export function summarise(problems: readonly Problem[]): string {
    if (problems.length === 0) {
        return 'No problems found.';
    }
    const parts = (Object.keys(SEVERITY_WORDS) as Severity[]).flatMap(severity => {
        const count = problems.filter(problem => problem.severity === severity).length;
        return count === 0 ? [] : [`${count} ${SEVERITY_WORDS[severity][count === 1 ? 0 : 1]}`];
    });
    return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]}.`;
}

function span(className: string, text: string): HTMLSpanElement {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
}

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
