// Per-scenario seeds, so adding a scenario does not shift the requests of the others.

/** A seed derived from `seed` and `label` (FNV-1a). */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h | 0;
}
