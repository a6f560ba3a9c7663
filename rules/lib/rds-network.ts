/**
 * Whether a DB subnet group's subnets are public (a route to an internet gateway), read from
 * this template's subnets, route table associations and routes. Anything not in the template
 * (imported subnet ids, parameters) makes the answer `unknown`.
 */
import { intrinsicName, type ResourceRef, type RuleContext } from '../../src/engine/api.js';
import { referenced } from './rds-model.js';

export type Exposure = { kind: 'public'; group: string; subnet: string } | { kind: 'private'; group: string } | { kind: 'unknown' };

const refId = (v: unknown): string | undefined => {
  if (intrinsicName(v) !== 'Ref') return undefined;
  const id = (v as { Ref: unknown }).Ref;
  return typeof id === 'string' ? id : undefined;
};

function routesToInternet(ctx: RuleContext, subnet: ResourceRef): boolean | undefined {
  const tables = ctx
    .resources('AWS::EC2::SubnetRouteTableAssociation')
    .filter((a) => refId(a.properties.SubnetId) === subnet.id)
    .map((a) => refId(a.properties.RouteTableId));
  if (tables.some((t) => t === undefined)) return undefined;
  if (tables.length === 0) {
    // The VPC's main route table: only the local route when the VPC is created here.
    const vpc = refId(subnet.properties.VpcId);
    return vpc && ctx.resource(vpc)?.type === 'AWS::EC2::VPC' ? false : undefined;
  }
  for (const route of ctx.resources('AWS::EC2::Route')) {
    const table = refId(route.properties.RouteTableId);
    if (!table || !tables.includes(table)) continue;
    const gw = route.properties.GatewayId;
    if (gw === undefined) continue;
    const gwId = refId(gw);
    if (gwId && ctx.resource(gwId)?.type === 'AWS::EC2::InternetGateway') return true;
    if (typeof gw === 'string' && gw.startsWith('igw-')) return true;
    if (!gwId) return undefined;
  }
  return false;
}

/** How exposed the subnets of the DB subnet group named by `value` (DBSubnetGroupName) are. */
export function subnetExposure(ctx: RuleContext, value: unknown): Exposure {
  const group = referenced(ctx, value, 'AWS::RDS::DBSubnetGroup');
  if (!group) return { kind: 'unknown' };
  const ids = group.properties.SubnetIds;
  if (!Array.isArray(ids) || ids.length === 0) return { kind: 'unknown' };
  let allPrivate = true;
  for (const item of ids) {
    const id = refId(item);
    const subnet = id ? ctx.resource(id) : undefined;
    if (!subnet || subnet.type !== 'AWS::EC2::Subnet') return { kind: 'unknown' };
    const pub = routesToInternet(ctx, subnet);
    if (pub === true) return { kind: 'public', group: group.id, subnet: subnet.id };
    if (pub === undefined) allPrivate = false;
  }
  return allPrivate ? { kind: 'private', group: group.id } : { kind: 'unknown' };
}
