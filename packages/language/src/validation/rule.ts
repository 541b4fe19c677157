import type { AstNode, LangiumDocument, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ApplServices } from '../appl-module.js';
import type { ApplAstType, Plan } from '../generated/ast.js';
import type { AsOf } from '../model/plan-header.js';

export type RuleSeverity = 'error' | 'warning' | 'info';

/** Where on a node a finding is reported: a property, a keyword, or an explicit range. */
export interface ReportLocation<N extends AstNode = AstNode> {
    property?: Properties<N>;
    index?: number;
    keyword?: string;
    range?: Range;
}

export type RuleReport = <N extends AstNode>(node: N, message: string, location?: ReportLocation<N>) => void;

/** What a rule may consult beyond its node. */
export interface RuleContext {
    services: ApplServices;
    /** The document of the node being checked. */
    document: LangiumDocument;
    /** The plan header of the node's own file, if the file has one. */
    readonly plan: Plan | undefined;
    /** The date statuses and actuals describe (override, else the plan's as-of), if any. */
    readonly asOf: AsOf | undefined;
}

export type ApplNodeType = keyof ApplAstType;

/**
 * One checker rule. The id is public (config files and suppressions cite it) and never renamed.
 * `check` must not throw on half-typed input: any property the grammar names may be missing.
 */
export interface Rule<T extends ApplNodeType = ApplNodeType> {
    id: string;
    defaultSeverity: RuleSeverity;
    node: T;
    description: string;
    /** The rule says nothing without an as-of date: `appl check` notes it as not checked for such a file. */
    needsAsOf?: boolean;
    check(node: ApplAstType[T], report: RuleReport, context: RuleContext): void;
}

export function defineRule<T extends ApplNodeType>(rule: Rule<T>): Rule<T> {
    return rule;
}
