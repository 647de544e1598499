/**
 * Which record this browser tab made for which calculation. A reload brings
 * the answers back from session storage; this brings back the id of the
 * record made for them, so the panel shows that record (from the outbox) and
 * its state instead of offering to add the same calculation again, and
 * `auto-record` never records the same answers twice in a tab.
 *
 * Keyed by a hash of the engine input, team and endpoint (never the answers
 * themselves); the value is the record's random id only (the record itself
 * stays in the outbox alone). Session storage, like the answers; in memory
 * only with `no-persist`. At most MAX calculations are remembered.
 */
const KEY = "better-off-team-records";
const MAX = 50;
const memory = new Map<string, string>();

/** FNV-1a, twice with different offsets: a short, stable key (not a security measure). */
export function fingerprint(input: unknown, team: string, endpoint: string): string {
  const text = JSON.stringify([input, team, endpoint]);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

type Saved = [fingerprint: string, id: string][];

function read(store: Storage | null): Saved {
  if (!store) return [...memory];
  try {
    const saved = JSON.parse(store.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(saved) ? (saved as Saved) : [];
  } catch {
    return [];
  }
}

export function recall(store: Storage | null, fp: string): string | undefined {
  return read(store).find(([f]) => f === fp)?.[1];
}

export function remember(store: Storage | null, fp: string, id: string): void {
  const saved = [...read(store).filter(([f]) => f !== fp), [fp, id] as [string, string]].slice(-MAX);
  if (!store) {
    memory.clear();
    for (const [f, id] of saved) memory.set(f, id);
    return;
  }
  try {
    store.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Storage full or blocked: the record is still in the outbox; a reload just will not find it.
  }
}

export function forget(store: Storage | null, fp: string): void {
  const saved = read(store).filter(([f]) => f !== fp);
  if (!store) return void memory.delete(fp);
  try {
    store.setItem(KEY, JSON.stringify(saved));
  } catch {
    // As above.
  }
}
