/** Every rule, by name, sorted. A rule not listed here does not run (a test checks the list). */
import type { Rule } from '../src/engine/types.js';
import s3BucketRetain from './s3-bucket-retain.js';

export const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>(
  (
    [
      s3BucketRetain,
    ] as Rule[]
  ).map((r) => [r.meta.name, r]),
);
