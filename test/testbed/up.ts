import { rmSync } from 'node:fs';
import pLimit from 'p-limit';
import { ensureCluster, removeCluster, type Tools } from './cluster.js';
import { run } from './exec.js';
import { Kwokctl, preparePathDir } from './kwokctl.js';
import { binaries, buildScript, stateFile } from './layout.js';
import { withTestbedLock } from './lock.js';
import { progress, table } from './log.js';
import { writeState, type TestbedState } from './state.js';
import { clusterSpecs } from './topology.js';

/** Builds missing binaries (build.sh is a no-op when they are cached), streaming its progress. */
export async function buildBinaries(): Promise<void> {
  progress('checking the testbed binaries (test/testbed/build.sh)');
  await run('bash', [buildScript], { stream: true });
}

const CREATE_CONCURRENCY = 6;

/**
 * Brings up `count` clusters (primary, remote-1, ...), reusing healthy ones and recreating broken
 * ones; deletes testbed clusters beyond `count`. Writes .testbed/state.json. Clusters start
 * CREATE_CONCURRENCY at a time: one after another, growing to 9 clusters took 31 s.
 */
export async function up(count: number): Promise<TestbedState> {
  const specs = clusterSpecs(count);
  return withTestbedLock(async () => {
    await buildBinaries();
    const bin = binaries();
    preparePathDir(bin);
    const tools: Tools = { bin, kwokctl: new Kwokctl(bin) };
    // Never leave a state file that describes clusters which may be gone.
    rmSync(stateFile, { force: true });
    const wanted = new Set(specs.map((spec) => spec.name));
    for (const name of await tools.kwokctl.clusterNames()) {
      if (!wanted.has(name)) await removeCluster(name, tools.kwokctl);
    }
    const limit = pLimit(CREATE_CONCURRENCY);
    const clusters = await Promise.all(specs.map((spec) => limit(() => ensureCluster(spec, tools))));
    const state: TestbedState = {
      clusters,
      binaries: { helm: bin.helm, kubectl: bin.kubectl, kwokctl: bin.kwokctl },
    };
    writeState(state);
    return state;
  });
}

export function clusterTable(state: TestbedState): string {
  return table([
    ['NAME', 'API', 'POD CIDR', 'SERVICE CIDR'],
    ...state.clusters.map((c) => [c.name, c.apiServer, c.podCidr, c.serviceCidr]),
  ]);
}
