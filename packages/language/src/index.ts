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
