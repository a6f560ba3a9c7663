import { childPointer, defineRule, type Fix, freeLogicalId, isMapping, type ResourceRef } from '../src/engine/api.js';
import {
  allActions,
  allowsOnlyHttps,
  BUCKET,
  BUCKET_POLICY,
  bucketNames,
  deniesPlainHttp,
  effectIs,
  everyone,
  exprTexts,
  indexPolicies,
  type PolicyLink,
  policyStatements,
  publicUse,
  resourceCoverage,
  type Statement,
  type Tri,
  whenText,
} from './lib/s3-buckets.js';

type Ctx = Parameters<(typeof rule)['check']>[0];

/** The statement the seed's corrected template uses, for bucket `id`. */
export function denyInsecureTransport(id: string, sid = 'DenyInsecureTransport'): Record<string, unknown> {
  return {
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjects(id),
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

const bucketAndObjects = (id: string): unknown[] => [{ 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::Sub': '${' + id + '.Arn}/*' }];

interface Verdict {
  statement: Statement;
  principal: Tri;
  action: Tri;
  bucket: Tri;
  objects: Tri;
  namesNotArns: string[];
}

const ok = (t: Tri): boolean => t !== 'no';

function judge(ctx: Ctx, bucket: ResourceRef, statement: Statement): Verdict {
  const names = bucketNames(ctx, bucket);
  const s = statement.value;
  let b: Tri = 'no';
  let o: Tri = 'no';
  const namesNotArns: string[] = [];
  if (s.Resource === undefined) {
    b = o = s.NotResource === undefined ? 'no' : 'unknown';
  } else {
    for (const entry of Array.isArray(s.Resource) ? s.Resource : [s.Resource]) {
      const c = resourceCoverage(ctx, entry, names);
      if (c.bucket !== 'no') b = b === 'yes' || c.bucket === 'yes' ? 'yes' : 'unknown';
      if (c.objects !== 'no') o = o === 'yes' || c.objects === 'yes' ? 'yes' : 'unknown';
      if (c.nameNotArn) namesNotArns.push(exprTexts(ctx, entry)?.[0] ?? '?');
    }
  }
  return { statement, principal: everyone(s.Principal), action: allActions(s), bucket: b, objects: o, namesNotArns };
}

const complete = (v: Verdict): boolean => ok(v.principal) && ok(v.action) && ok(v.bucket) && ok(v.objects);
const defects = (v: Verdict): number => [v.principal, v.action, v.bucket, v.objects].filter((t) => t === 'no').length;

function describeDefects(v: Verdict, id: string): string[] {
  const out: string[] = [];
  if (v.bucket === 'no' && v.objects === 'no') out.push(`its Resource covers neither the bucket (Fn::GetAtt ${id}.Arn) nor its objects (\${${id}.Arn}/*)`);
  else if (v.bucket === 'no') out.push(`it covers the objects but not the bucket itself (add Fn::GetAtt ${id}.Arn to Resource)`);
  else if (v.objects === 'no') out.push(`it covers the bucket but not its objects (add \${${id}.Arn}/* to Resource)`);
  if (v.namesNotArns.length > 0) {
    out.push(`${v.namesNotArns.map((n) => JSON.stringify(n)).join(' and ')} ${v.namesNotArns.length > 1 ? 'are' : 'is'} the bucket's name, not an ARN (Ref gives the name)`);
  }
  if (v.principal === 'no') out.push(`it applies only to Principal ${JSON.stringify(v.statement.value.Principal ?? null)}, not to everyone ("*")`);
  if (v.action === 'no') {
    const a = v.statement.value.Action;
    out.push(a === undefined ? 'it names no Action (use "s3:*")' : `it denies only ${JSON.stringify(a)}, not "s3:*"`);
  }
  return out;
}

/** Replaces what is missing in an existing HTTPS-only statement. */
function completeStatement(v: Verdict, id: string): Fix {
  const ops: Fix['ops'] = [];
  const s = v.statement.value;
  const set = (key: string, value: unknown): void => {
    const path = childPointer(v.statement.at, key);
    if (s[key] === undefined) ops.push({ op: 'add', path, value });
    else ops.push({ op: 'test', path, value: s[key] }, { op: 'replace', path, value });
  };
  if (v.principal === 'no') set('Principal', '*');
  if (v.action === 'no') set('Action', 's3:*');
  if (v.bucket === 'no' || v.objects === 'no' || v.namesNotArns.length > 0) set('Resource', bucketAndObjects(id));
  return { title: `Make the HTTPS-only statement cover everyone, every S3 action, ${id} and its objects`, safety: 'unsafe', ops };
}

function addStatement(link: PolicyLink, id: string): Fix | undefined {
  const st = policyStatements(link.policy);
  if (st.unreadable) return undefined;
  const sids = new Set(st.list.map((s) => s.value.Sid));
  let sid = 'DenyInsecureTransport';
  for (let i = 2; sids.has(sid); i++) sid = `DenyInsecureTransport${i}`;
  const statement = denyInsecureTransport(id, sid);
  const title = `Add a statement to ${link.policy.id} denying requests to ${id} that do not use HTTPS`;
  if (Array.isArray(st.raw)) return { title, safety: 'unsafe', ops: [{ op: 'add', path: `${st.at}/-`, value: statement }] };
  if (isMapping(st.raw)) {
    return {
      title,
      safety: 'unsafe',
      ops: [
        { op: 'test', path: st.at, value: st.raw },
        { op: 'replace', path: st.at, value: [st.raw, statement] },
      ],
    };
  }
  return { title, safety: 'unsafe', ops: [{ op: 'add', path: childPointer(st.at, 'Statement'), value: [statement] }] };
}

/**
 * A fix to the policy is offered only when the policy always applies to the bucket (a policy that
 * exists under a condition needs a human: a bucket has one policy) and `Fn::GetAtt bucket.Arn`
 * resolves whenever the policy exists.
 */
const canGetAtt = (bucket: ResourceRef, link: PolicyLink): boolean =>
  !link.when && (typeof bucket.def.Condition !== 'string' || bucket.def.Condition === link.policy.def.Condition);

const rule = defineRule({
  meta: {
    name: 's3-bucket-https-only',
    family: 2,
    severity: 'high',
    title: 'S3 buckets deny requests that do not use HTTPS',
    description:
      'A bucket needs a bucket policy that denies every S3 action to everyone when `aws:SecureTransport` is false, on the bucket and on its objects; otherwise clients can read and write its data over plain HTTP.',
    resourceTypes: [BUCKET, BUCKET_POLICY],
    fixable: 'sometimes',
  },
  check(ctx) {
    const index = indexPolicies(ctx);
    for (const bucket of ctx.resources(BUCKET)) {
      const links = index.byBucket.get(bucket.id) ?? [];
      const open = publicUse(ctx, bucket, links);
      // A public static website is served from S3's website endpoint, which speaks only HTTP.
      if (open.website && (open.policy || open.acl)) continue;

      if (links.length === 0) {
        if (index.unknown.length > 0) continue; // a policy we cannot place might be this bucket's
        const policyId = freeLogicalId(ctx.template, `${bucket.id}Policy`);
        const condition = bucket.def.Condition;
        ctx.report({
          at: bucket.pointer,
          message: `Bucket ${bucket.id} has no bucket policy denying requests that do not use HTTPS, so its data can be read and written in clear text. Add an AWS::S3::BucketPolicy that denies s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.`,
          fix: {
            title: `Add bucket policy ${policyId} denying requests to ${bucket.id} that do not use HTTPS`,
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: childPointer('/Resources', policyId),
                value: {
                  Type: BUCKET_POLICY,
                  ...(typeof condition === 'string' ? { Condition: condition } : {}),
                  Properties: {
                    Bucket: { Ref: bucket.id },
                    PolicyDocument: { Version: '2012-10-17', Statement: [denyInsecureTransport(bucket.id)] },
                  },
                },
              },
            ],
          },
        });
        continue;
      }

      let conditional: { link: PolicyLink; statement: Statement } | undefined;
      let partial: { link: PolicyLink; verdict: Verdict } | undefined;
      let covered = false;
      let unreadable = false;
      for (const link of links) {
        const st = policyStatements(link.policy);
        const candidates = st.list.filter((s) => effectIs(ctx, s.value, 'Deny') !== false && deniesPlainHttp(ctx, s.value.Condition) !== 'no');
        if (st.unreadable && candidates.length === 0) unreadable = true;
        const verdicts = candidates.map((s) => judge(ctx, bucket, s));
        // Several statements may share the work (one for the bucket, one for the objects).
        const full = (list: Verdict[]): boolean => {
          const usable = list.filter((v) => ok(v.principal) && ok(v.action));
          return usable.some((v) => ok(v.bucket)) && usable.some((v) => ok(v.objects));
        };
        const always = verdicts.filter((v) => !v.statement.when);
        if (full(always)) {
          if (!link.when) covered = true;
          else conditional ??= { link, statement: always[0]!.statement };
          continue;
        }
        if (full(verdicts)) {
          conditional ??= { link, statement: verdicts.find((v) => v.statement.when)!.statement };
          continue;
        }
        const best = [...verdicts].sort((a, b) => defects(a) - defects(b))[0];
        if (best && !complete(best) && (!partial || (partial.link.when && !link.when))) partial = { link, verdict: best };
      }
      if (covered || unreadable) continue;

      if (conditional) {
        const when = [conditional.link.when, conditional.statement.when].filter(Boolean).join(' and ');
        ctx.report({
          at: conditional.statement.when ? conditional.statement.at : conditional.link.policy.pointer,
          message: `Bucket ${bucket.id} denies requests that do not use HTTPS only when ${when} (bucket policy ${conditional.link.policy.id}); otherwise its data can be read and written in clear text. Make the deny unconditional.`,
        });
        continue;
      }
      if (partial) {
        const { link, verdict } = partial;
        const fixable = canGetAtt(bucket, link);
        ctx.report({
          at: verdict.statement.at,
          message: `The HTTPS-only statement in bucket policy ${link.policy.id} does not fully protect bucket ${bucket.id}${whenText(link.when)}: ${describeDefects(verdict, bucket.id).join('; ')}.`,
          ...(fixable ? { fix: completeStatement(verdict, bucket.id) } : {}),
        });
        continue;
      }
      const link = links.find((l) => !l.when) ?? links[0]!;
      const st = policyStatements(link.policy);
      const allow = st.list.find((s) => allowsOnlyHttps(ctx, s.value));
      const fix = canGetAtt(bucket, link) ? addStatement(link, bucket.id) : undefined;
      ctx.report({
        at: st.at,
        message: `Bucket policy ${link.policy.id} on bucket ${bucket.id}${link.when ? ` (applied only when ${link.when})` : ''} has no statement denying requests that do not use HTTPS${allow ? ' (an Allow conditioned on aws:SecureTransport true does not stop HTTP requests that other policies allow)' : ''}. Add a Deny of s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.`,
        ...(fix ? { fix } : {}),
      });
    }
  },
});

export default rule;
