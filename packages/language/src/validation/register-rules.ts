import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ApplServices } from '../appl-module.js';
import type { ApplAstType } from '../generated/ast.js';
import { asOfDate, planOf } from './plan-context.js';
import { allRules } from './rules/index.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { UNUSED_SUPPRESSION } from './suppressions.js';

/**
 * Turns every rule into a Langium check. The level (from the project config, else the rule's
 * default), the diagnostic code and its data are set here, once for all rules, so that each rule file
 * holds only its logic. A rule that is off for a file is not run at all.
 */
export function registerRules(services: ApplServices, rules: readonly Rule[] = allRules): void {
    const config = services.config.ProjectConfig;
    config.setKnownRuleIds([...rules.map(rule => rule.id), UNUSED_SUPPRESSION]);
    const checks: Record<string, Array<(node: AstNode, accept: ValidationAcceptor) => void>> = {};
    for (const rule of rules) {
        (checks[rule.node] ??= []).push((node, accept) => {
            const document = AstUtils.getDocument(node);
            const level = config.levelFor(rule.id, document.uri, rule.defaultSeverity);
            if (level === 'off') {
                return;
            }
            const report: RuleReport = (target, message, location = {}) => {
                accept(level, message, {
                    node: target,
                    ...location,
                    code: rule.id,
                    data: { code: rule.id },
                } as Parameters<ValidationAcceptor>[2]);
            };
            rule.check(node as never, report, ruleContext(services, document));
        });
    }
    services.validation.ValidationRegistry.register(checks as ValidationChecks<ApplAstType>);
}

function ruleContext(services: ApplServices, document: RuleContext['document']): RuleContext {
    return {
        services,
        document,
        get plan() {
            return planOf(document);
        },
        get asOf() {
            return asOfDate(services, document);
        },
    };
}
