import type { AddOperation } from 'fast-json-patch';
import { childPointer } from '../template/pointer.js';
import { isMapping, type Template } from '../template/template.js';
import type { ResourceRef } from './types.js';

/**
 * Ops that set properties on a resource: one `add` per property, or a single `add` of the whole
 * `Properties` mapping when the resource has none (separate adds would overwrite each other).
 */
export function addPropertiesOps(resource: ResourceRef, values: Record<string, unknown>): AddOperation<unknown>[] {
  if (!isMapping(resource.def.Properties)) {
    return [{ op: 'add', path: childPointer(resource.pointer, 'Properties'), value: { ...values } }];
  }
  return Object.entries(values).map(([key, value]) => ({ op: 'add', path: childPointer(resource.pointer, 'Properties', key), value }));
}

/** The op that sets one property on a resource (see addPropertiesOps). */
export const addPropertyOp = (resource: ResourceRef, key: string, value: unknown): AddOperation<unknown> =>
  addPropertiesOps(resource, { [key]: value })[0]!;

/**
 * A logical id for a new resource: `base` with anything but letters and digits removed, or with
 * 2, 3, ... appended, so that it names no resource or parameter of the template and is not in
 * `taken` (ids already handed out by the same fix; the new one is added to it).
 */
export function freeLogicalId(template: Template, base: string, taken: Set<string> = new Set()): string {
  const clean = base.replace(/[^A-Za-z0-9]/g, '') || 'Resource';
  // Raw keys: even a malformed resource entry holds its id.
  const resources = isMapping(template.template.Resources) ? template.template.Resources : {};
  const used = (id: string): boolean => taken.has(id) || Object.hasOwn(resources, id) || Object.hasOwn(template.parameters, id);
  let id = clean;
  for (let n = 2; used(id); n++) id = `${clean}${n}`;
  taken.add(id);
  return id;
}
