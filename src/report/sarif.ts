import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { ScanResult } from '../engine/scan.js';
import { BUILTIN_META } from '../engine/rule.js';
import type { Finding, RuleMeta, Severity, SuppressedFinding } from '../engine/types.js';
import { DOCS_URL, TOOL_NAME, TOOL_URL, VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub code scanning ranks security alerts by this number (0.1–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/** Stable across line moves: rule + file + pointer, not the line. */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'file' | 'pointer'>): string {
  return createHash('sha256').update(`${f.ruleId}\u0000${f.file}\u0000${f.pointer}`).digest('hex').slice(0, 32);
}

const pascal = (name: string): string => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function sarifRule(meta: RuleMeta, severity: Severity) {
  return {
    id: meta.name,
    name: pascal(meta.name),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    helpUri: `${DOCS_URL}/${meta.name}.md`,
    help: { text: `${meta.description} See ${DOCS_URL}/${meta.name}.md` },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['cloudformation', ...(meta.family ? [`family-${meta.family}`] : [])],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
}

export interface SarifOptions {
  /** Rules that ran, with their configured severity; all are listed even without results. */
  rules: { meta: RuleMeta; severity: Severity }[];
  /** Directory the file names are relative to. */
  root: string;
  /** Source texts by file, for code snippets around each result. */
  sources?: ReadonlyMap<string, { text: string }>;
}

/** Lines `from`..`to` (1-based, inclusive) of a text, clamped. */
function lineSlice(lines: string[], from: number, to: number): { startLine: number; endLine: number; text: string } {
  const startLine = Math.max(1, from);
  const endLine = Math.min(lines.length, Math.max(startLine, to));
  return { startLine, endLine, text: lines.slice(startLine - 1, endLine).join('\n') };
}

/** SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers. */
export function sarifLog(result: Pick<ScanResult, 'findings' | 'suppressed'>, options: SarifOptions) {
  const descriptors = new Map<string, { meta: RuleMeta; severity: Severity }>();
  for (const r of options.rules) descriptors.set(r.meta.name, r);
  const all: (Finding | SuppressedFinding)[] = [...result.findings, ...result.suppressed];
  for (const f of all) {
    if (!descriptors.has(f.ruleId)) {
      const meta = BUILTIN_META[f.ruleId];
      if (meta) descriptors.set(f.ruleId, { meta, severity: meta.severity });
    }
  }
  const ids = [...descriptors.keys()];
  const lineCache = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    const src = options.sources?.get(file);
    if (!src) return undefined;
    let lines = lineCache.get(file);
    if (!lines) lineCache.set(file, (lines = src.text.split(/\r?\n/)));
    return lines;
  };
  const regions = (f: Finding) => {
    const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
    const lines = linesOf(f.file);
    if (!lines) return { region };
    const snippet = lineSlice(lines, f.line, f.endLine);
    const context = lineSlice(lines, f.line - 2, f.endLine + 2);
    return {
      region: { ...region, snippet: { text: snippet.text } },
      contextRegion: { startLine: context.startLine, endLine: context.endLine, snippet: { text: context.text } },
    };
  };
  const results = all.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ids.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' },
          ...regions(f),
        },
        ...(f.pointer
          ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] }
          : {}),
      },
    ],
    partialFingerprints: { 'tapGuard/v1': fingerprint(f) },
    properties: { severity: f.severity, ...(f.family ? { family: f.family } : {}), fixable: f.fix !== undefined },
    ...('suppression' in f ? { suppressions: [{ kind: 'inSource', justification: f.suppression.reason }] } : {}),
  }));
  let rootUri = pathToFileURL(options.root).href;
  if (!rootUri.endsWith('/')) rootUri += '/';
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: TOOL_URL,
            rules: [...descriptors.values()].map((d) => sarifRule(d.meta, d.severity)),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const formatSarif = (result: Pick<ScanResult, 'findings' | 'suppressed'>, options: SarifOptions): string =>
  JSON.stringify(sarifLog(result, options), null, 2) + '\n';
