import { defineRule } from '../src/engine/api.js';
import table from './data/rds-engine-versions.json' with { type: 'json' };
import { CLUSTER, databases, engineFamily, GLOBAL_CLUSTER, INSTANCE, propPointer } from './lib/rds-model.js';
import { type Alt, resolve } from './lib/rds-values.js';

interface Major {
  major: string;
  label?: string;
  endOfStandardSupport: string | null;
}
interface EngineRow {
  name: string;
  majors: Major[];
}
const ENGINES = table.engines as Record<string, EngineRow>;

/** The major version an EngineVersion names, in the table's notation; undefined when it does not parse. */
export function majorOf(family: string, version: string): string | undefined {
  const v = version.trim();
  let m: RegExpExecArray | null;
  switch (family) {
    case 'postgres':
    case 'aurora-postgresql':
      m = /^(\d+)(?:\.(\d+))?/.exec(v);
      if (!m) return undefined;
      return Number(m[1]) < 10 ? (m[2] === undefined ? undefined : `${m[1]}.${m[2]}`) : m[1];
    case 'mysql':
    case 'mariadb':
    case 'aurora':
    case 'aurora-mysql':
      m = /^(\d+)\.(\d+)(?:[.-]|$)/.exec(v);
      return m ? `${m[1]}.${m[2]}` : undefined;
    case 'sqlserver':
      m = /^(\d+)\.(\d{2})(?:\.|$)/.exec(v);
      return m ? `${m[1]}.${m[2]}` : undefined;
    case 'oracle':
      m = /^(\d+)\.(\d+)/.exec(v);
      if (!m) return undefined;
      return m[2] === '0' ? m[1] : `${m[1]}.${m[2]}`;
    default:
      return undefined;
  }
}

const compare = (a: string, b: string): number => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

const supported = (m: Major): boolean => m.endOfStandardSupport === null || m.endOfStandardSupport > table.asOf;

/** The oldest major still in standard support on the table's date. */
function oldestSupported(row: EngineRow): Major | undefined {
  return row.majors.filter(supported).sort((a, b) => compare(a.major, b.major))[0];
}

const named = (row: EngineRow, m: Major): string => `${row.name} ${m.label ?? m.major}`;

export default defineRule({
  meta: {
    name: 'rds-engine-version',
    family: 10,
    severity: 'medium',
    title: 'RDS databases run a major engine version still in standard support',
    description:
      'Models pin the engine versions of their training data. Once a major version leaves RDS standard support it gets no community fixes, RDS bills it under Extended Support or upgrades it on its own schedule, and a late upgrade is a rushed one. The table of supported majors is dated (`rules/data/rds-engine-versions.json`).',
    resourceTypes: [INSTANCE, CLUSTER, GLOBAL_CLUSTER],
    fixable: 'never',
  },
  check(ctx) {
    for (const db of databases(ctx, true)) {
      // An Aurora member runs its cluster's version.
      if (db.member || !db.engines) continue;
      const { res } = db;
      const written = res.properties.EngineVersion;
      if (written === undefined) continue; // RDS picks its current default
      const old: { engine: Alt; version: Alt; row: EngineRow; major: Major }[] = [];
      for (const engine of db.engines) {
        const family = engineFamily(engine.value as string);
        const row = family ? ENGINES[family] : undefined;
        if (!family || !row) continue;
        const versions = resolve(ctx.template, written, engine.facts);
        if (!versions) continue;
        for (const version of versions) {
          if (typeof version.value !== 'string' && typeof version.value !== 'number') continue;
          const major = majorOf(family, String(version.value));
          const entry = major === undefined ? undefined : row.majors.find((m) => m.major === major);
          if (entry && !supported(entry)) old.push({ engine, version, row, major: entry });
        }
      }
      if (old.length === 0) continue;
      const parts = old.map(({ engine, version, row, major }) => {
        const src = version.sources.length > 0 ? `, ${version.sources.join(', ')}` : '';
        const conds = [...new Set([...engine.conditions, ...version.conditions])];
        const when = conds.length > 0 ? ` when ${conds.join(' and ')}` : '';
        return `${named(row, major)} (EngineVersion ${JSON.stringify(String(version.value))}${src})${when}, out of RDS standard support since ${major.endOfStandardSupport}`;
      });
      const targets = [...new Set(old.map(({ row }) => {
        const t = oldestSupported(row);
        return t ? named(row, t) : undefined;
      }))].filter(Boolean);
      ctx.report({
        at: propPointer(res, 'EngineVersion'),
        message: `${db.label} runs ${parts.join('; ')}, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to ${targets.join(' or ') || 'a supported major'} or later (tested first, with AllowMajorVersionUpgrade on an existing database).`,
      });
    }
  },
});
