// Figures compared side by side: on a shared machine the speed drifts from one minute to the next,
// and two figures measured in the same round share the drift, two measured a minute apart do not.

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each contender measured in turn, `rounds` times: { name: { value, ratio } }, `value` the median
 * of its figures and `ratio` the median of its per-round figure / the first contender's.
 */
export async function interleaved(contenders, rounds) {
  const values = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, measure] of Object.entries(contenders)) values[name].push(await measure());
  }
  const [first] = Object.values(values);
  return Object.fromEntries(
    Object.entries(values).map(([name, v]) => [
      name,
      { value: median(v), ratio: median(v.map((x, r) => x / first[r])) },
    ]),
  );
}
