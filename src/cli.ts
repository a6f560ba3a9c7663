import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES } from '../rules/index.js';
import { activeRules, ConfigError, emptyConfig, loadConfigFile } from './engine/config.js';
import { collectFiles, scanFiles, type ScanResult } from './engine/scan.js';
import { SEVERITIES, severityRank, type Severity } from './engine/types.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { VERSION } from './version.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = `Usage: tap-guard check [paths...] [options]

Checks AWS CloudFormation templates (JSON or YAML). Directories are walked, honouring
.gitignore; templates are recognised by their content.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above SEVERITY:
                             critical, high, medium, low (default), or none
  --config FILE              configuration file (default: .tap-guard.yml if present)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error.
`;

const CONFIG_NAMES = ['.tap-guard.yml', '.tap-guard.yaml'];

export function main(argv: string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`tap-guard: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

function run(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'low' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check') {
    throw new ConfigError(`${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}`);
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new ConfigError(`--format must be text, json or sarif, not "${format}"`);
  const failOn = values['fail-on']!;
  if (failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new ConfigError(`--fail-on must be one of ${SEVERITIES.join(', ')} or none, not "${failOn}"`);
  }

  const configFile = values.config ?? CONFIG_NAMES.map((n) => resolve(io.cwd, n)).find((p) => existsSync(p));
  const config = configFile ? loadConfigFile(resolve(io.cwd, configFile), RULES) : emptyConfig();
  const rules = activeRules(RULES, config);
  const files = collectFiles(paths.length > 0 ? paths : ['.'], config, io.cwd);
  const result = scanFiles(files, { config, rules, knownRules: new Set(RULES.keys()), cwd: io.cwd });

  const report =
    format === 'json'
      ? formatJson(result)
      : format === 'sarif'
        ? formatSarif(result, {
            rules: rules.map((r) => ({ meta: r.rule.meta, severity: r.severity })),
            root: io.cwd,
            sources: result.templates,
          })
        : formatText(result);
  if (values.output) writeAtomically(resolve(io.cwd, values.output), report);
  else io.stdout(report);
  return failed(result, failOn) ? 1 : 0;
}

function failed(result: ScanResult, failOn: string): boolean {
  if (failOn === 'none') return false;
  const threshold = severityRank(failOn as Severity);
  return result.findings.some((f) => severityRank(f.severity) >= threshold);
}

/** Never leaves a half-written report: write a temporary file, then rename it into place. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
