import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { GrammarAST } from 'langium';
import * as ast from '../generated/ast.js';
import { isOutstanding } from '../model/coverage.js';
import type { MeasurePosition } from '../model/measure-position.js';
import type { ActionModel } from '../model/plan-model.js';
import { shortDate } from '../export/dates-in-words.js';
import { describeRagReason, describeUpdate, JUDGEMENTS, MEASURE_STATUSES, RAG_WORDS, STATUSES, WEAKNESS_KINDS } from '../export/plan-words.js';
import { text as markdownText } from '../export/markdown-syntax.js';
import type { ApplLspServices } from './appl-lsp-module.js';
import type { EditorSettings } from './appl-editor-settings.js';
import { KEYWORD_DOCS } from './appl-keyword-docs.js';
import { amount } from '../export/plan-words.js';
import { describeTarget } from './appl-wording.js';
import { actionModel, areaModel, coverageOf, displayAsOf, measureModel, planModel } from './plan-view.js';
import { single } from '../syntax/single.js';

/**
 * Hover: a weakness's full text and the actions that address it; a measure's baseline → target with
 * dates and its latest actual against the value expected by then; a person's role and organisation;
 * an organisation's name and kind; an action's or area's title; a keyword's explanation.
 */
export class ApplHoverProvider extends AstNodeHoverProvider {
    protected readonly services: ApplLspServices;
    private settings?: EditorSettings;

    constructor(services: ApplLspServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        this.settings = await this.services.editor.Settings.get();
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const settings = this.settings ?? { codeLens: true, inlayHints: true };
        if (ast.isWeakness(node)) return this.describeWeakness(node, settings);
        if (ast.isMeasure(node)) return this.describeMeasure(node, settings);
        if (ast.isPerson(node)) return describePerson(node);
        if (ast.isOrganisation(node)) return describeOrganisation(node);
        if (ast.isAction(node)) return this.describeAction(node, settings);
        if (ast.isArea(node)) return this.describeArea(node, settings);
        if (ast.isBoard(node)) return `**${esc(node.title || node.name)}** (board \`${node.name}\`)`;
        return undefined;
    }

    protected override getKeywordHoverContent(node: AstNode): Hover | undefined {
        const keyword = GrammarAST.isKeyword(node) ? node.value : undefined;
        const doc = keyword ? KEYWORD_DOCS[keyword] : undefined;
        return doc ? { contents: { kind: 'markdown', value: `**${keyword}**: ${doc}` } } : undefined;
    }

    protected describeWeakness(weakness: ast.Weakness, settings: EditorSettings): string {
        const coverage = coverageOf(this.services, weakness, settings);
        const status = coverage?.status ?? weakness.judgement ?? 'open';
        const kind = WEAKNESS_KINDS[weakness.kind] ?? 'Weakness';
        const lines = [`**${kind} ${esc(weakness.name)}**: ${JUDGEMENTS[status] ?? status}`, '', `> ${esc(weakness.text)}`, ''];
        const actions = coverage?.actions ?? [];
        const areas = coverage?.areas ?? [];
        if (actions.length > 0) {
            lines.push(`Addressed by ${actions.length === 1 ? '1 action' : `${actions.length} actions`}:`, '');
            lines.push(...actions.map(action => `- ${esc(action.name)} ${esc(action.title)}`));
        } else if (areas.length > 0) {
            lines.push(`Addressed by ${areas.map(area => `area ${esc(area.name)}`).join(', ')}, which has no actions yet.`);
        } else {
            lines.push(isOutstanding(status) ? 'Not addressed by any area or action.' : 'Not addressed by any area or action (none needed now).');
        }
        return lines.join('\n');
    }

    protected describeMeasure(measure: ast.Measure, settings: EditorSettings): string {
        const document = AstUtils.getDocument(measure);
        const asOf = displayAsOf(this.services, document, settings)?.date;
        const model = measureModel(planModel(this.services, document, settings), measure);
        const [kind, direction] = [single(measure.kind), single(measure.direction)];
        const facts = [kind && `${capitalise(kind)} measure`, single(measure.unit),
            direction && (direction === 'increase' ? 'higher is better' : 'lower is better')].filter(Boolean);
        const lines = [`**${esc(measure.title || measure.name)}** (measure \`${measure.name}\`)`];
        if (facts.length > 0) {
            lines.push('', facts.join(', '));
        }
        if (model) {
            lines.push('', describeTarget(model));
            lines.push('', describeLatest(model.position, model.unit, asOf));
        }
        return lines.join('\n');
    }

    /** The action's title, lead, due date and status, then its RAG in words with why, and its latest update. */
    protected describeAction(action: ast.Action, settings: EditorSettings): string {
        const lead = single(action.lead)?.ref;
        const [due, status] = [single(action.due), single(action.status)];
        const facts = [
            lead ? `Lead: ${esc(lead.title || lead.name)}` : undefined,
            due ? `due ${shortDate(due)}` : undefined,
            status ? STATUSES[status]?.toLowerCase() ?? status : undefined,
        ].filter(Boolean);
        const lines = [`**Action ${esc(action.name)}**${action.title ? `: ${esc(action.title)}` : ''}`, ...(facts.length > 0 ? ['', facts.join(' · ')] : [])];
        const officer = single(action.seniorOfficer)?.ref;
        const annexA = [officer ? `Senior responsible officer: ${esc(officer.title || officer.name)}` : undefined, ...describeCoproduction(action)].filter(Boolean);
        if (annexA.length > 0) {
            lines.push('', annexA.join(' · '));
        }
        const model = actionModel(planModel(this.services, AstUtils.getDocument(action), settings), action);
        if (model) {
            lines.push('', describeActionProgress(model));
        }
        return lines.join('\n');
    }

    /** The area's title and its RAG: the worst of its actions'. */
    protected describeArea(area: ast.Area, settings: EditorSettings): string {
        const heading = `**Area ${esc(area.name)}**${area.title ? `: ${esc(area.title)}` : ''}`;
        const model = areaModel(planModel(this.services, AstUtils.getDocument(area), settings), area);
        return model ? [heading, '', `RAG: **${RAG_WORDS[model.rag]}** (the worst of its actions)`].join('\n') : heading;
    }
}

/** "RAG: **Red**: milestone “…” was missed." and "Latest update (12 Dec 2023): …" */
function describeActionProgress(action: ActionModel): string {
    const reasons = action.ragReasons.map(describeRagReason).join('; ');
    const rag = `RAG: **${RAG_WORDS[action.rag]}**${reasons ? `: ${esc(reasons)}.` : ''}`;
    return action.latestUpdate ? `${rag}\n\nLatest update: ${esc(describeUpdate(action.latestUpdate))}` : rag;
}

/** "Latest actual: 68% on 31 Dec 2020, on track (65% expected by then)." */
function describeLatest(position: MeasurePosition, unit: string | undefined, asOf: string | undefined): string {
    const latest = position.latest;
    if (!latest) {
        return `No actual value yet${asOf ? ` (as at ${shortDate(asOf)})` : ''}.`;
    }
    const said = `Latest actual: ${amount(latest.value, unit)} on ${shortDate(latest.date)}`;
    if (latest.expected === undefined) {
        return `${said}.`;
    }
    const sustained = position.sustained ? '; progress sustained over the last three actuals' : '';
    return `${said}, ${MEASURE_STATUSES[position.status].toLowerCase()} (${amount(latest.expected, unit)} expected by then)${sustained}.`;
}

function describePerson(person: ast.Person): string {
    const organisation = person.organisation?.ref;
    const details = [person.role && esc(person.role), organisation && esc(organisation.title || organisation.name)].filter(Boolean);
    return [`**${esc(person.title || person.name)}** (\`${person.name}\`)`, ...(details.length > 0 ? ['', details.join(', ')] : [])].join('\n');
}

const ORGANISATION_KINDS: Record<string, string> = {
    'local-authority': 'Local authority', 'health': 'Health', 'school': 'School or schools',
    'parent-carer-forum': 'Parent carer forum', 'government': 'Government', 'other': 'Organisation',
};

function describeOrganisation(organisation: ast.Organisation): string {
    const kind = organisation.kind ? ORGANISATION_KINDS[organisation.kind] ?? organisation.kind : undefined;
    return [`**${esc(organisation.title || organisation.name)}** (\`${organisation.name}\`)`, ...(kind ? ['', kind] : [])].join('\n');
}

/** "Co-produced with Kent PACT", "consulted: Kent schools": one phrase per level, strongest first. */
function describeCoproduction(action: ast.Action): string[] {
    const levels = ['co-produced', 'consulted', 'informed'] as const;
    const words = { 'co-produced': 'Co-produced with', 'consulted': 'Consulted', 'informed': 'Informed' };
    return levels.flatMap(level => {
        const parties = (action.coproduction ?? []).filter(entry => entry.level === level && entry.party?.ref)
            .map(entry => esc(entry.party.ref!.title || entry.party.ref!.name));
        return parties.length > 0 ? [`${words[level]} ${parties.join(', ')}`] : [];
    });
}

/** Author text, escaped for Markdown so that it shows as typed. */
function esc(value: string | undefined): string {
    return markdownText(value);
}

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
