/**
 * Identity-policy statements in a template, wherever CloudFormation lets them be written: inline
 * `Policies` of roles, users and groups, and the `PolicyDocument` of policy resources. Used by
 * iam-logs-resource-scope; written to serve other IAM rules too.
 */
import { childPointer, intrinsicName, isMapping, type ResourceRef, type RuleContext } from '../../src/engine/api.js';

export interface StatementRef {
  resource: ResourceRef;
  /** The inline policy's PolicyName when it is a literal, or the policy resource's id. */
  policyName?: string;
  statement: Record<string, unknown>;
  /** Pointer of the statement object. */
  at: string;
  /** Set when the statement (or its policy) is chosen by `Fn::If`: "condition X is true". */
  when?: string;
}

/** Resource types whose `Properties.Policies[].PolicyDocument` holds inline policies. */
export const INLINE_POLICY_HOLDERS = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
/** Resource types whose `Properties.PolicyDocument` is an identity policy. */
export const POLICY_RESOURCES = [
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
];

const join = (a?: string, b?: string): string | undefined => (a && b ? `${a} and ${b}` : (a ?? b));

/** Follows `Fn::If` (not `AWS::NoValue`) down to mappings, with the condition that selects each. */
function branches(value: unknown, at: string, when?: string, depth = 0): { value: Record<string, unknown>; at: string; when?: string }[] {
  if (depth > 8) return [];
  if (intrinsicName(value) === 'Fn::If') {
    const arg = (value as Record<string, unknown>)['Fn::If'];
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return [];
    return [
      ...branches(arg[1], `${at}/Fn::If/1`, join(when, `condition ${arg[0]} is true`), depth + 1),
      ...branches(arg[2], `${at}/Fn::If/2`, join(when, `condition ${arg[0]} is false`), depth + 1),
    ];
  }
  if (!isMapping(value) || intrinsicName(value)) return [];
  return [{ value, at, ...(when ? { when } : {}) }];
}

function statementsOf(resource: ResourceRef, doc: unknown, docAt: string, policyName: string | undefined, when?: string): StatementRef[] {
  const out: StatementRef[] = [];
  for (const d of branches(doc, docAt, when)) {
    const stmts = d.value.Statement;
    const at = childPointer(d.at, 'Statement');
    const items: { v: unknown; at: string }[] = Array.isArray(stmts) ? stmts.map((v, i) => ({ v, at: `${at}/${i}` })) : [{ v: stmts, at }];
    for (const item of items) {
      for (const s of branches(item.v, item.at, d.when)) {
        out.push({ resource, statement: s.value, at: s.at, ...(policyName ? { policyName } : {}), ...(s.when ? { when: s.when } : {}) });
      }
    }
  }
  return out;
}

const POLICY_TYPES = new Set([...INLINE_POLICY_HOLDERS, ...POLICY_RESOURCES]);

/** Every identity-policy statement in the template, in template order. */
export function policyStatements(ctx: Pick<RuleContext, 'resources'>): StatementRef[] {
  const out: StatementRef[] = [];
  for (const resource of ctx.resources()) {
    if (!POLICY_TYPES.has(resource.type)) continue;
    const props = resource.properties;
    const propsAt = childPointer(resource.pointer, 'Properties');
    if (POLICY_RESOURCES.includes(resource.type)) {
      const name = typeof props.PolicyName === 'string' ? props.PolicyName : typeof props.ManagedPolicyName === 'string' ? props.ManagedPolicyName : undefined;
      out.push(...statementsOf(resource, props.PolicyDocument, childPointer(propsAt, 'PolicyDocument'), name));
      continue;
    }
    const policies = props.Policies;
    if (!Array.isArray(policies)) continue;
    policies.forEach((p, i) => {
      for (const b of branches(p, childPointer(propsAt, 'Policies', i))) {
        const name = typeof b.value.PolicyName === 'string' ? b.value.PolicyName : undefined;
        out.push(...statementsOf(resource, b.value.PolicyDocument, childPointer(b.at, 'PolicyDocument'), name, b.when));
      }
    });
  }
  return out;
}

/** The literal strings of an `Action`/`Resource`-like element (a string or a list), with their pointers. */
export function stringItems(value: unknown, at: string): { text: string; at: string }[] {
  if (typeof value === 'string') return [{ text: value, at }];
  if (!Array.isArray(value)) return [];
  const out: { text: string; at: string }[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string') out.push({ text: v, at: `${at}/${i}` });
  });
  return out;
}

/** An IAM action pattern (`logs:Put*`) as a case-insensitive regular expression. */
export function actionPattern(action: string): RegExp {
  const body = action.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The service principals a role's trust policy lets assume it, or undefined when it trusts anything else too. */
export function trustedServicesOnly(role: ResourceRef): string[] | undefined {
  const doc = role.properties.AssumeRolePolicyDocument;
  if (!isMapping(doc)) return undefined;
  const stmts = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const services: string[] = [];
  for (const s of stmts) {
    if (!isMapping(s)) return undefined;
    if (s.Effect !== 'Allow') continue;
    const principal = s.Principal;
    if (!isMapping(principal)) return undefined;
    for (const [kind, v] of Object.entries(principal)) {
      if (kind !== 'Service') return undefined;
      const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
      if (!list || list.some((x) => typeof x !== 'string')) return undefined;
      services.push(...(list as string[]));
    }
  }
  return services.length > 0 ? services : undefined;
}
