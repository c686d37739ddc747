import { existsSync, rmSync } from 'node:fs';
import { removeCluster } from './cluster.js';
import { Kwokctl } from './kwokctl.js';
import { binaries, kwokWorkdir, testbedDir } from './layout.js';
import { withTestbedLock } from './lock.js';
import { progress } from './log.js';
import { stopIstiod } from './istiod.js';
import { processesUnder, stopProcesses } from './processes.js';
import { stopNetwork } from './network.js';

/** Deletes every testbed cluster, stops leftovers, removes .testbed/ and the kwok workdir. */
export async function down(): Promise<void> {
  await stopIstiod();
  await stopNetwork();
  await withTestbedLock(async () => {
    const bin = binaries();
    const kwokctl = existsSync(bin.kwokctl) ? new Kwokctl(bin) : undefined;
    for (const name of kwokctl ? await kwokctl.clusterNames() : []) await removeCluster(name, kwokctl);
    const leftovers = processesUnder(kwokWorkdir());
    if (leftovers.length > 0) {
      progress(
        `stopping ${leftovers.length} leftover process(es): ${leftovers.map((p) => p.pid).join(', ')}`,
      );
      await stopProcesses(leftovers);
    }
    rmSync(testbedDir, { recursive: true, force: true });
    rmSync(kwokWorkdir(), { recursive: true, force: true });
    progress('testbed is down');
  });
}
