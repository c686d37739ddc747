import module from 'node:module';
import { join } from 'node:path';

/** `module.enableCompileCache`, in Node >= 22.1 only (absent from the Node 20 typings). */
type EnableCompileCache = (directory?: string) => unknown;

/**
 * Turns on Node's on-disk compile cache (Node >= 22.1) before a step loads its chunk, so the
 * steps after the first one skip parsing and compiling the bundle (the Kubernetes client alone is
 * 16 MB of source). The cache lives in the runner's tool cache, else RUNNER_TEMP; Node keys its
 * entries by source hash and Node version, so versions of the action never mix. Outside a runner,
 * on Node 20, when NODE_DISABLE_COMPILE_CACHE is set, or when the directory cannot be used, nothing
 * happens: the cache only ever saves time.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP;
  if (typeof enable !== 'function' || !base) return undefined;
  const directory = join(base, 'istio-multicluster-action', 'compile-cache');
  try {
    enable(directory);
    return directory;
  } catch {
    return undefined;
  }
}
