import type { ScanResult } from '../engine/scan.js';
import type { Finding } from '../engine/types.js';

/** The stable `--format json` contract: scripts and the Action build on these fields. */
export interface JsonFinding {
  ruleId: string;
  family: number | null;
  severity: Finding['severity'];
  message: string;
  file: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

export interface JsonReport {
  files: { file: string; template: boolean }[];
  findings: JsonFinding[];
  suppressed: (JsonFinding & { reason: string })[];
}

const toJson = (f: Finding): JsonFinding => ({
  ruleId: f.ruleId,
  family: f.family,
  severity: f.severity,
  message: f.message,
  file: f.file,
  pointer: f.pointer,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  fixable: f.fix !== undefined,
});

export function jsonReport(result: Pick<ScanResult, 'findings' | 'suppressed' | 'files'>): JsonReport {
  return {
    files: result.files.map((f) => ({ file: f.file, template: f.template })),
    findings: result.findings.map(toJson),
    suppressed: result.suppressed.map((f) => ({ ...toJson(f), reason: f.suppression.reason })),
  };
}

export const formatJson = (result: Pick<ScanResult, 'findings' | 'suppressed' | 'files'>): string =>
  JSON.stringify(jsonReport(result), null, 2) + '\n';
