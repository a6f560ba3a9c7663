import type { Operation } from 'fast-json-patch';
import { childPointer, defineRule } from '../src/engine/api.js';
import { has, hasAllowedPattern, hasAllowedValues, isCidrParameter, listParameters, looksLikeCidr, scalarText, show } from './lib/params-common.js';

const OCTET = '([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])';
const CIDR_BODY = `(${OCTET}\\.){3}${OCTET}/([0-9]|[1-2][0-9]|3[0-2])`;
/** An IPv4 CIDR block, each octet 0-255 and a prefix length 0-32. */
export const IPV4_CIDR_PATTERN = `^${CIDR_BODY}$`;
/** The same, or nothing (for optional parameters whose default is empty). */
export const OPTIONAL_IPV4_CIDR_PATTERN = `^(${CIDR_BODY})?$`;
const IPV4_CIDR = new RegExp(IPV4_CIDR_PATTERN);

export default defineRule({
  meta: {
    name: 'parameter-cidr-pattern',
    family: 4,
    severity: 'medium',
    title: 'CIDR block parameters have an AllowedPattern',
    description:
      'A `String` parameter holding a CIDR block (its default looks like one, or its name says CIDR) without `AllowedPattern` or `AllowedValues` accepts any text; a mistyped block is rejected only when the VPC, subnet or security group is created, half-way through the deployment.',
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const p of listParameters(ctx.template)) {
      if (!isCidrParameter(p) || hasAllowedPattern(p.def) || hasAllowedValues(p.def)) continue;
      const d = scalarText(p.def.Default);
      const why = d !== undefined && looksLikeCidr(d) ? `defaults to the CIDR block ${show(d)}` : 'is named as a CIDR block';
      // The pattern must accept the default, or the fix would break deployments that use it.
      const optional = d === '';
      const fixable = d === undefined || optional || IPV4_CIDR.test(d);
      const ops: Operation[] = [
        { op: 'add', path: childPointer(p.pointer, 'AllowedPattern'), value: optional ? OPTIONAL_IPV4_CIDR_PATTERN : IPV4_CIDR_PATTERN },
      ];
      if (!has(p.def, 'ConstraintDescription')) {
        const description = `Must be an IPv4 CIDR block such as 10.0.0.0/16${optional ? ', or empty' : ''}.`;
        ops.push({ op: 'add', path: childPointer(p.pointer, 'ConstraintDescription'), value: description });
      }
      ctx.report({
        at: p.pointer,
        message: `Parameter ${p.name} ${why} but has no AllowedPattern, so any text is accepted and a malformed block fails only when the resource using it is created. Add an AllowedPattern for CIDR blocks.`,
        ...(fixable
          ? {
              fix: {
                title: `Allow only IPv4 CIDR blocks in ${p.name}`,
                // Rejects values that may have deployed before (an IPv6 block, a list of blocks): decide per stack.
                safety: 'unsafe' as const,
                ops,
              },
            }
          : {}),
      });
    }
  },
});
