import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { loadSource } from '../template/load.js';
import type { Template } from '../template/template.js';
import { type Config, ConfigError } from './config.js';
import { type ActiveRule, lintTemplate, sortFindings } from './lint.js';
import { BUILTIN_META } from './rule.js';
import type { Finding, SuppressedFinding } from './types.js';

export interface FileResult {
  file: string;
  template: boolean;
}

export interface ScanResult {
  files: FileResult[];
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Parsed templates by file, for fixes and reviews. */
  templates: Map<string, Template>;
}

export interface ScanOptions {
  config: Config;
  rules: ActiveRule[];
  knownRules: ReadonlySet<string>;
  /** Base for the file names in results (default: the current directory). */
  cwd?: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Expands paths into files: files as given, directories walked (honouring `.gitignore` files
 * and the config's include/exclude globs). A path that does not exist is a usage error.
 */
export function collectFiles(paths: string[], config: Config, cwd = process.cwd()): { file: string; explicit: boolean }[] {
  const out: { file: string; explicit: boolean }[] = [];
  const seen = new Set<string>();
  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ file: abs, explicit });
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new ConfigError(`no such file or directory: ${p}`);
    }
    if (stat.isDirectory()) {
      const include = picomatch(config.include, { dot: true });
      const exclude = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
      walk(abs, abs, [], (file) => {
        const rel = toPosix(relative(abs, file));
        if (include(rel) && !exclude(rel)) add(file, false);
      });
    } else {
      add(abs, true);
    }
  }
  return out;
}

function walk(root: string, dir: string, ignores: { base: string; ig: Ignore }[], visit: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directories are skipped, as git does
  }
  const local = [...ignores];
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      local.push({ base: dir, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) });
    } catch {
      /* unreadable .gitignore: nothing ignored */
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (ALWAYS_SKIPPED.has(e.name)) continue;
    const full = join(dir, e.name);
    const isDir = e.isDirectory();
    if (!isDir && !e.isFile()) continue; // symlinks, sockets, ...
    const ignored = local.some(({ base, ig }) => {
      const rel = toPosix(relative(base, full));
      return rel !== '' && ig.ignores(isDir ? `${rel}/` : rel);
    });
    if (ignored) continue;
    if (isDir) walk(root, full, local, visit);
    else visit(full);
  }
}

/** Reads, parses and lints files. Bad input becomes findings; the run always goes on. */
export function scanFiles(files: { file: string; explicit: boolean }[], options: ScanOptions): ScanResult {
  const cwd = options.cwd ?? process.cwd();
  const result: ScanResult = { files: [], findings: [], suppressed: [], templates: new Map() };
  for (const { file, explicit } of files) {
    const name = toPosix(relative(cwd, file)) || file;
    const builtin = (ruleId: 'parse-error' | 'internal-error', message: string, line = 1, column = 1): void => {
      result.findings.push({
        ruleId,
        family: null,
        severity: BUILTIN_META[ruleId]!.severity,
        message,
        file: name,
        pointer: '',
        line,
        column,
        endLine: line,
        endColumn: column,
      });
    };
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      result.files.push({ file: name, template: false });
      builtin('parse-error', `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      continue;
    }
    try {
      const loaded = loadSource(file, bytes);
      if (loaded.kind === 'other') {
        result.files.push({ file: name, template: false });
      } else if (loaded.kind === 'error') {
        result.files.push({ file: name, template: loaded.likelyTemplate });
        if (explicit || loaded.likelyTemplate) builtin('parse-error', loaded.message, loaded.position?.line, loaded.position?.column);
      } else {
        result.files.push({ file: name, template: true });
        result.templates.set(name, loaded.template);
        const { findings, suppressed } = lintTemplate(loaded.template, name, options.rules, options.knownRules);
        result.findings.push(...findings);
        result.suppressed.push(...suppressed);
      }
    } catch (err) {
      if (result.files[result.files.length - 1]?.file !== name) result.files.push({ file: name, template: false });
      builtin('internal-error', `tap-guard failed on this file: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  sortFindings(result.findings);
  sortFindings(result.suppressed);
  return result;
}
