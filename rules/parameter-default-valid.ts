import { asBoolean, asNumber, childPointer, defineRule } from '../src/engine/api.js';
import { compileAllowedPattern, listParameters, scalarText, show } from './lib/params-common.js';

const numberOrUndefined = (v: unknown): number | undefined => (v === undefined || v === null ? undefined : asNumber(v));

export default defineRule({
  meta: {
    name: 'parameter-default-valid',
    family: 4,
    severity: 'high',
    title: "A parameter's Default satisfies its own constraints",
    description:
      'CloudFormation checks a default against the parameter\'s `AllowedValues`, `AllowedPattern`, `MinLength`/`MaxLength` and `MinValue`/`MaxValue` like any other value: a default that fails them makes every deployment that does not pass the parameter fail before it starts.',
    fixable: 'never',
  },
  check(ctx) {
    for (const p of listParameters(ctx.template)) {
      if (p.type !== 'String' && p.type !== 'Number') continue;
      const value = p.def.Default;
      if (value === undefined || value === null) continue;
      const text = scalarText(value);
      if (text === undefined) continue;
      const problems: string[] = [];
      const allowed = p.def.AllowedValues;
      if (Array.isArray(allowed) && allowed.length > 0) {
        const n = asNumber(text);
        const matches = allowed.some((a) => {
          const t = scalarText(a);
          if (t === text) return true;
          return p.type === 'Number' && n !== undefined && asNumber(a) === n;
        });
        if (!matches) {
          const list = allowed.map((a) => scalarText(a) ?? '?');
          problems.push(`is not one of its AllowedValues (${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''})`);
        }
      }
      if (p.type === 'String') {
        const re = compileAllowedPattern(p.def.AllowedPattern);
        if (re && !re.test(text)) problems.push(`does not match its AllowedPattern ${p.def.AllowedPattern as string}`);
        const minLength = numberOrUndefined(p.def.MinLength);
        const maxLength = numberOrUndefined(p.def.MaxLength);
        if (minLength !== undefined && text.length < minLength) problems.push(`is shorter than its MinLength ${minLength}`);
        if (maxLength !== undefined && text.length > maxLength) problems.push(`is longer than its MaxLength ${maxLength}`);
      } else {
        const n = asNumber(text);
        if (n === undefined) problems.push('is not a number');
        else {
          const min = numberOrUndefined(p.def.MinValue);
          const max = numberOrUndefined(p.def.MaxValue);
          if (min !== undefined && n < min) problems.push(`is below its MinValue ${min}`);
          if (max !== undefined && n > max) problems.push(`is above its MaxValue ${max}`);
        }
      }
      if (problems.length === 0) continue;
      const shown = asBoolean(p.def.NoEcho) === true ? 'default' : `default ${show(text)}`;
      ctx.report({
        at: childPointer(p.pointer, 'Default'),
        message: `Parameter ${p.name}'s ${shown} ${problems.join(' and ')}, so CloudFormation rejects every deployment that does not pass ${p.name}. Fix the default or the constraint.`,
      });
    }
  },
});
