/**
 * RDS backup (`hh24:mi-hh24:mi`, daily, UTC) and maintenance (`ddd:hh24:mi-ddd:hh24:mi`,
 * weekly) windows: parsing, overlap, and picking windows that do not overlap an existing one
 * (RDS rejects overlapping windows).
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK = 7 * 24 * 60;

const minutes = (h: string, m: string): number => Number(h) * 60 + Number(m);

/** Minute-of-week intervals [start, end) a window covers, end may pass the week's end. */
function backupIntervals(w: string): [number, number][] | undefined {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(w.trim());
  if (!m) return undefined;
  const s = minutes(m[1]!, m[2]!);
  let e = minutes(m[3]!, m[4]!);
  if (e <= s) e += 24 * 60;
  return DAYS.map((_, d) => [d * 1440 + s, d * 1440 + e]);
}

function maintenanceIntervals(w: string): [number, number][] | undefined {
  const m = /^([a-z]{3}):(\d{2}):(\d{2})-([a-z]{3}):(\d{2}):(\d{2})$/.exec(w.trim().toLowerCase());
  if (!m || !DAYS.includes(m[1]!) || !DAYS.includes(m[4]!)) return undefined;
  const s = DAYS.indexOf(m[1]!) * 1440 + minutes(m[2]!, m[3]!);
  let e = DAYS.indexOf(m[4]!) * 1440 + minutes(m[5]!, m[6]!);
  if (e <= s) e += WEEK;
  return [[s, e]];
}

function overlap(a: [number, number][], b: [number, number][]): boolean {
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      for (const shift of [-WEEK, 0, WEEK]) if (s1 < e2 + shift && s2 + shift < e1) return true;
    }
  }
  return false;
}

const BACKUP_CANDIDATES = ['03:00-04:00', '05:00-06:00', '01:00-02:00', '22:00-23:00'];
const MAINTENANCE_CANDIDATES = ['mon:04:00-mon:05:00', 'sun:05:00-sun:06:00', 'mon:06:00-mon:07:00', 'sat:23:00-sat:23:59'];

/**
 * Windows to add for the missing ones, given the existing ones (strings when known). Undefined
 * when an existing window cannot be read, so a non-overlapping choice cannot be made.
 */
export function chooseWindows(backup: string | undefined | null, maintenance: string | undefined | null): { backup: string; maintenance: string } | undefined {
  // null = present but unknown
  if (backup === null || maintenance === null) return undefined;
  const b = backup === undefined ? undefined : backupIntervals(backup);
  const mt = maintenance === undefined ? undefined : maintenanceIntervals(maintenance);
  if ((backup !== undefined && !b) || (maintenance !== undefined && !mt)) return undefined;
  for (const bc of backup === undefined ? BACKUP_CANDIDATES : [backup]) {
    for (const mc of maintenance === undefined ? MAINTENANCE_CANDIDATES : [maintenance]) {
      if (!overlap(backupIntervals(bc)!, maintenanceIntervals(mc)!)) return { backup: bc, maintenance: mc };
    }
  }
  return undefined;
}
