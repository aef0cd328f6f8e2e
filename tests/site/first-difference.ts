/** The first place two JSON values differ, as `path: expected … got …`, or '' when equal. */
export function firstDifference(expected: unknown, actual: unknown, path = '$'): string {
  if (Object.is(expected, actual)) return '';
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 160);
  if (typeof expected !== typeof actual || expected === null || actual === null || typeof expected !== 'object') {
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) !== Array.isArray(actual))
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (i >= expected.length) return `${path}[${i}]: unexpected extra item ${show(actual[i])}`;
      if (i >= actual.length) return `${path}[${i}]: missing item ${show(expected[i])}`;
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return '';
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
    if (!(key in a)) return `${path}.${key}: missing (expected ${show(e[key])})`;
    if (!(key in e)) return `${path}.${key}: unexpected (got ${show(a[key])})`;
    const d = firstDifference(e[key], a[key], `${path}.${key}`);
    if (d) return d;
  }
  return '';
}
