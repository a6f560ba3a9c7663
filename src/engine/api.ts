/** Everything a rule may import: the rule API, pointer helpers and value helpers. */
export { defineRule } from './rule.js';
export { addPropertiesOps, addPropertyOp, freeLogicalId } from './edits.js';
export { closest } from './lint.js';
export type { Fix, FixSource, ReportInput, ResourceRef, Rule, RuleContext, RuleMeta, Severity } from './types.js';
export { asBoolean, asNumber, intrinsicName, isNoValue, type Possible } from './values.js';
export { childPointer, escapeToken, getAt, parentPointer, parsePointer, pointer } from '../template/pointer.js';
export { isMapping } from '../template/template.js';
export { subVariables, type Reference } from '../template/refs.js';
