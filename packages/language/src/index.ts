// The core's public API: parse, link and check plans; build the plan model; export it.
// Nothing here depends on LSP, VS Code or Node's file system.
import './node-compat.js';

export * from './appl-module.js';
export * as ast from './generated/ast.js';
export * from './model/coverage.js';
export * from './model/dates.js';
export * from './validation/rule.js';
export { allRules } from './validation/rules/index.js';
export { SYNTAX_ERROR } from './validation/appl-document-validator.js';
export * from './workspace/appl-workspace.js';
export * from './export/export-plan.js';
export * from './model/plan-model.js';
export * from './model/plan-diagnostics.js';
export * from './export/to-json.js';
export * from './export/to-markdown.js';
export * from './format/format-plan.js';
export * from './model/measure-position.js';
export * from './model/milestone-state.js';
export * from './model/rag.js';
export * from './model/updates.js';
export * from './model/month-offset.js';
export { ruleDocUrl } from './validation/rule-docs.js';
export * from './project-urls.js';
export { APPL_VERSION } from './version.js';
export { asOfDate, planOf, resolveAsOf, type AsOf } from './model/plan-header.js';
export { INVALID_CONFIG } from './validation/appl-document-validator.js';
export { UNUSED_SUPPRESSION } from './validation/suppressions.js';
export { CONFIG_FILE_NAME, type ProjectConfig } from './config/project-config.js';
export { isIgnoredBy, isIgnoredByConfig } from './config/ignore-globs.js';
export * from './export/to-html.js';
export { applySafeFixes, fixesFor, type FixProvider, type PlanFix } from './fixes/index.js';
export { fixPlan } from './fixes/fix-plan.js';
