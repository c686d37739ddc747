/**
 * The part of the Reflect metadata API that tsyringe (loaded by @peculiar/x509) calls: it refuses to
 * load without `Reflect.getMetadata`. Only class-level metadata is kept; @peculiar/x509 emits none,
 * so lookups return undefined and tsyringe constructs its classes without parameters, as it does with
 * the full polyfill. Installed only when no other polyfill is present. Import before @peculiar/x509.
 */
type Target = object;
const store = new WeakMap<Target, Map<unknown, unknown>>();

function own(target: Target): Map<unknown, unknown> | undefined {
  return store.get(target);
}

function getOwnMetadata(key: unknown, target: Target): unknown {
  return own(target)?.get(key);
}

function getMetadata(key: unknown, target: Target): unknown {
  for (
    let current: Target | null = target;
    current;
    current = Object.getPrototypeOf(current) as Target | null
  ) {
    const found = own(current);
    if (found?.has(key)) return found.get(key);
  }
  return undefined;
}

function defineMetadata(key: unknown, value: unknown, target: Target): void {
  const map = own(target) ?? new Map<unknown, unknown>();
  map.set(key, value);
  store.set(target, map);
}

const reflect = Reflect as unknown as Record<string, unknown>;
if (typeof reflect.getMetadata !== 'function') {
  Object.assign(reflect, { getMetadata, getOwnMetadata, defineMetadata });
}
