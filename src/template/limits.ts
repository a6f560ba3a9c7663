/** Limits that keep hostile input from crashing or hanging a run. */

/** Deepest nesting of mappings and sequences we read (real templates stay under 30). */
export const MAX_DEPTH = 500;

/** Largest file we parse. CloudFormation itself accepts at most 1 MB from S3. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most nodes a YAML document may expand to through aliases (guards against alias bombs). */
export const MAX_ALIAS_EXPANSION = 200_000;
