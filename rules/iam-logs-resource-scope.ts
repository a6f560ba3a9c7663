import { childPointer, defineRule, type Fix, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import logsActions from './data/iam-logs-actions.json' with { type: 'json' };
import { actionPattern, INLINE_POLICY_HOLDERS, policyStatements, type StatementRef, stringItems, trustedServicesOnly } from './lib/iam-statements.js';

interface Options extends Record<string, unknown> {
  /** Also treat account-wide log ARNs (`arn:aws:logs:*:*:*`, `...:${AWS::AccountId}:*`, `...:log-group:*`) as "*". */
  accountWideArns: boolean;
}

const STAR_ONLY: readonly string[] = logsActions.starOnly;
const SCOPABLE: readonly string[] = logsActions.scopable;
const KNOWN = new Set([...STAR_ONLY, ...SCOPABLE].map((a) => a.toLowerCase()));
const STAR_ONLY_LOWER = new Set(STAR_ONLY.map((a) => a.toLowerCase()));

/** What a wildcard action name (`Put*`, lower-cased) reaches: computed once per pattern. */
const wildcardKinds = new Map<string, 'scoped' | 'starOnly' | 'none'>();
function wildcardKind(name: string): 'scoped' | 'starOnly' | 'none' {
  const key = name.toLowerCase(); // the pattern is case-insensitive
  let kind = wildcardKinds.get(key);
  if (kind === undefined) {
    const re = actionPattern(name);
    kind = SCOPABLE.some((a) => re.test(a)) ? 'scoped' : STAR_ONLY.some((a) => re.test(a)) ? 'starOnly' : 'none';
    if (wildcardKinds.size < 10_000) wildcardKinds.set(key, kind);
  }
  return kind;
}

const LAMBDA_LOG_GROUPS = 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/*';
const LAMBDA_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

/** `arn:<partition>:logs:<region>:<account>:*` and `...:log-group:*`, with literal or `${...}` parts. */
const SEG = '(?:\\$\\{[^}]*\\}|[^:$])*';
const ACCOUNT_WIDE = new RegExp(`^arn:${SEG}:logs:${SEG}:${SEG}:(\\*|log-group:\\*(:\\*)?)$`);

/** The `Resource` items written as a literal or an `Fn::Sub` string, with their pointers and values. */
function resourceItems(value: unknown, at: string): { text: string; at: string; value: unknown }[] {
  const one = (v: unknown, p: string): { text: string; at: string; value: unknown }[] => {
    if (typeof v === 'string') return [{ text: v, at: p, value: v }];
    const sub = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)['Fn::Sub'] : undefined;
    return typeof sub === 'string' && Object.keys(v as object).length === 1 ? [{ text: sub, at: p, value: v }] : [];
  };
  return Array.isArray(value) ? value.flatMap((v, i) => one(v, `${at}/${i}`)) : one(value, at);
}

interface Classified {
  /** Written logs actions that reach a resource-scoped permission (as written: `logs:*`, `logs:PutLogEvents`). */
  scoped: string[];
  /** Written logs actions that only work on "*". */
  starOnly: string[];
  /** Does the statement grant anything outside CloudWatch Logs? */
  otherServices: boolean;
  /** Did an action pattern match an action name we do not know (kept as scoped)? */
  unknown: boolean;
}

function classify(stmt: StatementRef): Classified | undefined {
  const actions = stringItems(stmt.statement.Action, childPointer(stmt.at, 'Action')).map((a) => a.text);
  if (actions.length === 0) return undefined;
  const out: Classified = { scoped: [], starOnly: [], otherServices: false, unknown: false };
  for (const action of actions) {
    if (!/^logs:/i.test(action)) {
      out.otherServices = true;
      continue;
    }
    const name = action.slice(5);
    if (!/[*?]/.test(name)) {
      const lower = name.toLowerCase();
      if (!KNOWN.has(lower)) out.unknown = true;
      if (STAR_ONLY_LOWER.has(lower)) out.starOnly.push(action);
      else out.scoped.push(action);
      continue;
    }
    const kind = wildcardKind(name);
    if (kind === 'scoped') out.scoped.push(action);
    else if (kind === 'starOnly') out.starOnly.push(action);
  }
  return out;
}

const list = (items: string[]): string => {
  const shown = items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
};

const KIND: Record<string, string> = {
  'AWS::IAM::Role': 'Role',
  'AWS::IAM::User': 'User',
  'AWS::IAM::Group': 'Group',
  'AWS::IAM::Policy': 'Policy',
  'AWS::IAM::ManagedPolicy': 'Managed policy',
  'AWS::IAM::RolePolicy': 'Policy',
  'AWS::IAM::UserPolicy': 'Policy',
  'AWS::IAM::GroupPolicy': 'Policy',
};

export default defineRule<Options>({
  meta: {
    name: 'iam-logs-resource-scope',
    family: 7,
    severity: 'medium',
    title: 'CloudWatch Logs permissions are scoped to the log groups they need',
    description:
      'An `Allow` statement that grants `logs:` actions on `Resource: "*"` lets the role (a Lambda function, a compromised instance) create, write to or read every log group in the account. Scope the resource to the log groups it uses, e.g. `arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/*` for a Lambda execution role. Actions that only work on "*" (such as `logs:DescribeLogGroups`) are not reported.',
    resourceTypes: [
      'AWS::IAM::Role',
      'AWS::IAM::User',
      'AWS::IAM::Group',
      'AWS::IAM::Policy',
      'AWS::IAM::ManagedPolicy',
      'AWS::IAM::RolePolicy',
      'AWS::IAM::UserPolicy',
      'AWS::IAM::GroupPolicy',
    ],
    fixable: 'sometimes',
    options: {
      defaults: { accountWideArns: false },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { accountWideArns: { type: 'boolean' } },
      },
    },
  },
  check(ctx) {
    for (const stmt of policyStatements(ctx)) {
      const s = stmt.statement;
      if (s.NotAction !== undefined) continue;
      const effect = ctx.values(s.Effect);
      if (!effect || effect.length !== 1 || effect[0]!.value !== 'Allow') continue;
      const c = classify(stmt);
      if (!c || c.scoped.length === 0) continue;

      const notResource = s.NotResource !== undefined;
      const key = notResource ? 'NotResource' : 'Resource';
      const at = childPointer(stmt.at, key);
      let wide: { text: string; at: string; value: unknown }[] = [];
      if (!notResource) {
        wide = resourceItems(s.Resource, at).filter(
          (r) => (r.text === '*' && typeof r.value === 'string') || (ctx.options.accountWideArns && ACCOUNT_WIDE.test(r.text)),
        );
        if (wide.length === 0) continue;
      }
      // Last of the filters: it is the one that needs the reference graph.
      if (onlyABoundary(ctx, stmt.resource)) continue;

      const inline = INLINE_POLICY_HOLDERS.includes(stmt.resource.type) && stmt.policyName;
      const where = `${KIND[stmt.resource.type] ?? 'Resource'} ${stmt.resource.id}${inline ? ` (policy ${stmt.policyName})` : ''}`;
      const scope = notResource
        ? 'every resource except those in NotResource'
        : wide.every((w) => w.text === '*')
          ? 'every resource ("*")'
          : `every log group in the account (${list(wide.map((w) => w.text))})`;
      const when = stmt.when ? ` when ${stmt.when}` : '';
      const sentences = [
        `${where} allows ${list(c.scoped)} on ${scope}${when}: it can reach every log group in the account, not just its own.`,
        `Scope ${key === 'NotResource' ? 'the statement with Resource' : 'Resource'} to the log groups it uses${lambdaRole(ctx, stmt.resource) ? ` (${LAMBDA_LOG_GROUPS} for a Lambda function)` : ''}.`,
      ];
      if (c.starOnly.length > 0) sentences.push(`Keep ${list(c.starOnly)}, which only work on "*", in a statement of their own.`);
      const fix = !notResource && !stmt.when && !c.otherServices && c.starOnly.length === 0 && !c.unknown ? scopeFix(ctx, stmt, wide) : undefined;
      ctx.report({ at, message: sentences.join(' '), ...(fix ? { fix } : {}) });
    }
  },
});

/** A role that only Lambda can assume, or a policy attached only to such roles. */
function lambdaRole(ctx: RuleContext<Options>, resource: ResourceRef): boolean {
  return attachedRoles(ctx, resource)?.every((r) => isLambdaRole(r)) ?? false;
}

function isLambdaRole(role: ResourceRef): boolean {
  const services = trustedServicesOnly(role);
  return !!services && services.every((s) => s === 'lambda.amazonaws.com');
}

/** The roles a statement's permissions land on, or undefined when they (also) land elsewhere or cannot be told. */
function attachedRoles(ctx: RuleContext<Options>, resource: ResourceRef): ResourceRef[] | undefined {
  if (resource.type === 'AWS::IAM::Role') return [resource];
  if (!['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'].includes(resource.type)) return undefined;
  const p = resource.properties;
  if (p.Users !== undefined || p.Groups !== undefined) return undefined;
  const refs = resource.type === 'AWS::IAM::RolePolicy' ? [p.RoleName] : Array.isArray(p.Roles) ? p.Roles : undefined;
  if (!refs || refs.length === 0) return undefined;
  const roles: ResourceRef[] = [];
  for (const r of refs) {
    const id = typeof r === 'object' && r !== null && typeof (r as { Ref?: unknown }).Ref === 'string' ? (r as { Ref: string }).Ref : undefined;
    const role = id ? ctx.resource(id) : undefined;
    if (!role || role.type !== 'AWS::IAM::Role') return undefined;
    roles.push(role);
  }
  // A managed policy can also be attached from a role's ManagedPolicyArns: those roles count too.
  if (resource.type === 'AWS::IAM::ManagedPolicy') {
    for (const ref of ctx.refsTo(resource.id)) {
      const role = ctx.resource(ref.from);
      if (ref.section !== 'Resources' || !role) continue;
      if (role.type !== 'AWS::IAM::Role') return undefined;
      if (!roles.includes(role)) roles.push(role);
    }
  }
  return roles;
}

/**
 * Replaces "*" by the Lambda log groups when every role the statement lands on is a Lambda
 * execution role whose functions log to the default /aws/lambda/<name> group.
 */
function scopeFix(ctx: RuleContext<Options>, stmt: StatementRef, wide: { text: string; at: string; value: unknown }[]): Fix | undefined {
  const roles = attachedRoles(ctx, stmt.resource);
  if (!roles || !roles.every(isLambdaRole)) return undefined;
  for (const role of roles) {
    for (const ref of ctx.refsTo(role.id)) {
      const fn = ctx.resource(ref.from);
      if (!fn || !LAMBDA_TYPES.includes(fn.type)) continue;
      const logging = fn.properties.LoggingConfig;
      if (typeof logging === 'object' && logging !== null && (logging as Record<string, unknown>).LogGroup !== undefined) return undefined;
    }
  }
  const value = { 'Fn::Sub': LAMBDA_LOG_GROUPS };
  return {
    title: 'Scope the logs permissions to the Lambda log groups',
    // Narrows access: a function that writes to another log group loses that permission.
    safety: 'unsafe',
    ops: wide.flatMap((w) => [
      { op: 'test' as const, path: w.at, value: w.value },
      { op: 'replace' as const, path: w.at, value },
    ]),
  };
}

/** A managed policy used only as a permissions boundary grants nothing: it caps what others grant. */
function onlyABoundary(ctx: RuleContext<Options>, resource: ResourceRef): boolean {
  if (resource.type !== 'AWS::IAM::ManagedPolicy') return false;
  const p = resource.properties;
  if (p.Roles !== undefined || p.Users !== undefined || p.Groups !== undefined) return false;
  const uses = ctx.refsTo(resource.id).filter((r) => r.section === 'Resources');
  return uses.length > 0 && uses.every((r) => /\/Properties\/PermissionsBoundary(\/|$)/.test(r.at));
}
