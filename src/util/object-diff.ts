/**
 * Field paths where two JSON objects differ, e.g. `data.mesh` or
 * `spec.template.spec.containers[0].image`: what an apply would move on a live object.
 */

/** Metadata the API server maintains itself: never a change the action makes. */
const SERVER_METADATA = new Set([
  'resourceVersion',
  'managedFields',
  'generation',
  'creationTimestamp',
  'uid',
  'selfLink',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function walk(before: unknown, after: unknown, path: string, out: string[]): void {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      if (path === 'metadata' && SERVER_METADATA.has(key)) continue;
      if (path === '' && key === 'status') continue;
      walk(before[key], after[key], join(path, key), out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, index) => walk(item, after[index], `${path}[${index}]`, out));
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push(path);
}

/** Leaf paths that differ between `live` and `planned`, ignoring status and server-kept metadata. */
export function changedFieldPaths(live: unknown, planned: unknown): string[] {
  const out: string[] = [];
  walk(live, planned, '', out);
  return out;
}
