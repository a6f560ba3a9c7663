/** Shapes of plain template data, shared by the readers, the reference graph and the engine. */

export const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A key that names an intrinsic function (`Ref`, `Condition`, `Fn::*`) when it is an object's only key. */
export const isIntrinsicKey = (k: string): boolean => k === 'Ref' || k === 'Condition' || k.startsWith('Fn::');
