import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ApplServices } from '../appl-module.js';
import type { ApplAstType } from '../generated/ast.js';
import { allRules } from './rules/index.js';
import type { Rule, RuleReport } from './rule.js';

/**
 * Turns every rule into a Langium check. Severity, the diagnostic code and its data are set here,
 * once for all rules, so that each rule file holds only its logic.
 */
export function registerRules(services: ApplServices, rules: readonly Rule[] = allRules): void {
    const checks: Record<string, Array<(node: AstNode, accept: ValidationAcceptor) => void>> = {};
    for (const rule of rules) {
        (checks[rule.node] ??= []).push((node, accept) => {
            const report: RuleReport = (target, message, location = {}) => {
                accept(rule.defaultSeverity, message, {
                    node: target,
                    ...location,
                    code: rule.id,
                    data: { code: rule.id },
                } as Parameters<ValidationAcceptor>[2]);
            };
            rule.check(node as never, report, { services, document: AstUtils.getDocument(node) });
        });
    }
    services.validation.ValidationRegistry.register(checks as ValidationChecks<ApplAstType>);
}
