// "New plan" on the page: the same three questions as VS Code's "APPL: New plan" (the plan's type,
// the local area and the period) in one form, and the same skeleton.
import {
    checkLocalArea, checkPeriod, PLAN_TYPES, suggestedPeriod, type NewPlanAnswers, type PlanType,
} from '../../../extension/src/new-plan/plan-skeleton.js';

export class NewPlanDialog {
    private readonly form: HTMLFormElement;

    constructor(private readonly dialog: HTMLDialogElement, private readonly create: (answers: NewPlanAnswers) => void) {
        this.form = dialog.querySelector('form')!;
        const types = this.form.querySelector<HTMLElement>('#new-plan-types')!;
        types.replaceChildren(...PLAN_TYPES.map(({ type, name, when }, index) => {
            const label = document.createElement('label');
            label.className = 'choice';
            const input = document.createElement('input');
            input.type = 'radio';
            input.name = 'type';
            input.value = type;
            input.checked = index === 0;
            const words = document.createElement('span');
            const title = document.createElement('strong');
            title.textContent = name;
            words.append(title, ` (${type}): ${when}.`);
            label.append(input, ' ', words);
            return label;
        }));
        this.form.addEventListener('submit', event => {
            if (event.submitter?.getAttribute('value') === 'cancel') return; // the dialog closes itself
            const answers = this.answers();
            if (!answers) {
                event.preventDefault();
                return;
            }
            this.create(answers);
        });
    }

    open(): void {
        const { start, end } = suggestedPeriod(new Date());
        this.field('start').value ||= start;
        this.field('end').value ||= end;
        this.problem('local-area', undefined);
        this.problem('period', undefined);
        this.dialog.showModal();
        this.field('local-area').focus();
    }

    /** The answers, or undefined after marking what is wrong next to its field. */
    private answers(): NewPlanAnswers | undefined {
        const type = (this.form.elements.namedItem('type') as RadioNodeList).value as PlanType;
        const localArea = this.field('local-area').value;
        const areaProblem = checkLocalArea(localArea);
        const period = checkPeriod(this.field('start').value, this.field('end').value);
        const periodProblem = 'problem' in period ? period.problem : undefined;
        this.problem('local-area', areaProblem);
        this.problem('period', periodProblem);
        if (areaProblem || 'problem' in period) {
            this.field(areaProblem ? 'local-area' : 'start').focus();
            return undefined;
        }
        return { type, localArea: localArea.trim(), start: period.start, end: period.end };
    }

    private field(name: string): HTMLInputElement {
        return this.form.querySelector<HTMLInputElement>(`#new-plan-${name}`)!;
    }

    private problem(name: 'local-area' | 'period', text: string | undefined): void {
        const message = this.form.querySelector<HTMLElement>(`#new-plan-${name}-problem`)!;
        message.textContent = text ?? '';
        message.hidden = !text;
        const fields = name === 'period' ? [this.field('start'), this.field('end')] : [this.field(name)];
        fields.forEach(field => field.setAttribute('aria-invalid', text ? 'true' : 'false'));
    }
}
