import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES } from '../engine/types.js';

/** ESLint's "stylish" layout: a header per file, then `line:col  severity  message  rule-id`. */
export function formatText(result: Pick<ScanResult, 'findings' | 'suppressed' | 'files'>): string {
  const lines: string[] = [];
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    lines.push(file);
    const pos = findings.map((f) => `${f.line}:${f.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    const msgWidth = Math.max(...findings.map((f) => f.message.length));
    findings.forEach((f, i) => {
      lines.push(`  ${pos[i]!.padEnd(posWidth)}  ${f.severity.padEnd(sevWidth)}  ${f.message.padEnd(msgWidth)}  ${f.ruleId}`);
    });
    lines.push('');
  }
  const templates = result.files.filter((f) => f.template).length;
  const n = result.findings.length;
  if (n === 0) {
    lines.push(`No problems in ${templates} template${templates === 1 ? '' : 's'}${suppressedNote(result.suppressed.length)}.`);
  } else {
    const counts = SEVERITIES.map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
    const fixable = result.findings.filter((f) => f.fix).length;
    lines.push(
      `✖ ${n} problem${n === 1 ? '' : 's'} (${counts}) in ${byFile.size} file${byFile.size === 1 ? '' : 's'}` +
        `${fixable > 0 ? `, ${fixable} fixable` : ''}${suppressedNote(result.suppressed.length)}`,
    );
  }
  return lines.join('\n') + '\n';
}

const suppressedNote = (n: number): string => (n > 0 ? `; ${n} suppressed` : '');
