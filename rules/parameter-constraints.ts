import { childPointer, defineRule } from '../src/engine/api.js';
import {
  has,
  hasAllowedPattern,
  hasAllowedValues,
  isCidrParameter,
  listParameters,
  suggestedAwsType,
  usedOnlyAsFreeText,
} from './lib/params-common.js';

interface Options extends Record<string, unknown> {
  requireBothBounds: boolean;
  requireConstraintDescription: boolean;
}

export default defineRule<Options>({
  meta: {
    name: 'parameter-constraints',
    family: 4,
    severity: 'medium',
    title: 'String and Number parameters constrain the values they accept',
    description:
      'A `String` parameter without `AllowedValues` or `AllowedPattern`, or a `Number` without `MinValue`/`MaxValue` or `AllowedValues`, accepts anything: a typo is caught only when a resource fails mid-deployment (and rolls back), or not at all. AWS-specific and SSM parameter types are validated by CloudFormation and exempt.',
    fixable: 'never',
    options: {
      defaults: { requireBothBounds: false, requireConstraintDescription: false },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireBothBounds: { type: 'boolean' },
          requireConstraintDescription: { type: 'boolean' },
        },
      },
    },
  },
  check(ctx) {
    for (const p of listParameters(ctx.template)) {
      const { def } = p;
      if (p.type === 'String') {
        const constrained = hasAllowedValues(def) || hasAllowedPattern(def);
        // CIDR blocks are parameter-cidr-pattern's, with a more precise message and a fix; tag
        // values and outputs take any text.
        if (!constrained && !isCidrParameter(p) && !usedOnlyAsFreeText(ctx.refsTo(p.name))) {
          const awsType = suggestedAwsType(p.name);
          ctx.report({
            at: p.pointer,
            message: `String parameter ${p.name} has neither AllowedValues nor AllowedPattern, so any value is accepted and a wrong one fails only when a resource uses it. Add AllowedValues or an AllowedPattern${awsType ? ` (or use the type ${awsType}, which checks the value exists)` : ''}.`,
          });
        }
        if (ctx.options.requireConstraintDescription && hasAllowedPattern(def) && !has(def, 'ConstraintDescription')) {
          ctx.report({
            at: childPointer(p.pointer, 'AllowedPattern'),
            message: `Parameter ${p.name} has an AllowedPattern but no ConstraintDescription, so a rejected value is explained only by the raw pattern. Add a ConstraintDescription saying what is allowed.`,
          });
        }
      } else if (p.type === 'Number') {
        if (hasAllowedValues(def)) continue;
        const min = has(def, 'MinValue');
        const max = has(def, 'MaxValue');
        if (!min && !max) {
          ctx.report({
            at: p.pointer,
            message: `Number parameter ${p.name} has no MinValue, MaxValue or AllowedValues, so any number is accepted. Add the bounds the resources using it allow.`,
          });
        } else if (ctx.options.requireBothBounds && !(min && max)) {
          ctx.report({
            at: p.pointer,
            message: `Number parameter ${p.name} has ${min ? 'MinValue but no MaxValue' : 'MaxValue but no MinValue'}. Add the missing bound.`,
          });
        }
      }
    }
  },
});
