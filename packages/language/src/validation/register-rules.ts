import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ApplServices } from '../appl-module.js';
import type { RuleLevel } from '../config/project-config.js';
import type { ApplAstType } from '../generated/ast.js';
import { asOfDate, planOf } from '../model/plan-header.js';
import { allRules } from './rules/index.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { UNUSED_SUPPRESSION } from './suppressions.js';

/** What every rule of one validation run of a document shares: its levels and its context. */
interface RunState {
    levels: Map<string, RuleLevel>;
    context: RuleContext;
}

/**
 * Turns every rule into a Langium check. The level (from the project config, else the rule's
 * default), the diagnostic code and its data are set here, once for all rules, so that each rule file
 * holds only its logic. A rule that is off for a file is not run at all. Levels and the rule context
 * are worked out once per validation run of a document, not at every node.
 */
export function registerRules(services: ApplServices, rules: readonly Rule[] = allRules): void {
    const config = services.config.ProjectConfig;
    config.setKnownRuleIds([...rules.map(rule => rule.id), UNUSED_SUPPRESSION]);
    const runs = new WeakMap<LangiumDocument, RunState>();
    const newRun = (document: LangiumDocument): RunState => {
        const run = { levels: new Map<string, RuleLevel>(), context: ruleContext(services, document) };
        runs.set(document, run);
        return run;
    };
    const checks: Record<string, Array<(node: AstNode, accept: ValidationAcceptor) => void>> = {};
    for (const rule of rules) {
        (checks[rule.node] ??= []).push((node, accept) => {
            const document = AstUtils.getDocument(node);
            const run = runs.get(document) ?? newRun(document);
            let level = run.levels.get(rule.id);
            if (level === undefined) {
                level = config.levelFor(rule.id, document.uri, rule.defaultSeverity);
                run.levels.set(rule.id, level);
            }
            if (level === 'off') {
                return;
            }
            const severity = level;
            const report: RuleReport = (target, message, location = {}) => {
                accept(severity, message, {
                    node: target,
                    ...location,
                    code: rule.id,
                    data: { code: rule.id },
                } as Parameters<ValidationAcceptor>[2]);
            };
            rule.check(node as never, report, run.context);
        });
    }
    const registry = services.validation.ValidationRegistry;
    // A new run for every validation, so that a changed config or plan header is seen.
    registry.registerBeforeDocument(root => {
        newRun(AstUtils.getDocument(root));
    });
    registry.register(checks as ValidationChecks<ApplAstType>);
}

/** The plan header and as-of date are looked up on first use and then kept for the run. */
function ruleContext(services: ApplServices, document: RuleContext['document']): RuleContext {
    let plan: { value: RuleContext['plan'] } | undefined;
    let asOf: { value: RuleContext['asOf'] } | undefined;
    return {
        services,
        document,
        get plan() {
            plan ??= { value: planOf(document) };
            return plan.value;
        },
        get asOf() {
            asOf ??= { value: asOfDate(services, document) };
            return asOf.value;
        },
    };
}
