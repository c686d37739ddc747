import { parseArgs } from 'node:util';
import { installControlPlane, podTable, uninstallControlPlane, DEFAULT_NAMESPACE } from './control-plane.js';
import { down } from './down.js';
import { status, statusTable } from './status.js';
import { DEFAULT_CLUSTERS, MAX_CLUSTERS } from './topology.js';
import { buildBinaries, clusterTable, up } from './up.js';
import { installCurrentPrimary, uninstallCurrentPrimary } from './istio-primary.js';
import { clusterz, startIstiod, stopIstiod } from './istiod.js';
import { table } from './log.js';
import { netCommand, NET_USAGE } from './network-cli.js';

const USAGE = `Usage: npm run testbed -- <command>
  up [--clusters N]     start N clusters (1..${MAX_CLUSTERS}, default ${DEFAULT_CLUSTERS}): primary, remote-1, ...;
                        reuses healthy ones, repairs broken ones; writes .testbed/
  down                  delete every testbed cluster and .testbed/
  status                health and memory of each cluster
  control-plane [--no-statsd] [--no-tracing] [--namespace ${DEFAULT_NAMESPACE}] [--uninstall]
                        install (or uninstall) the stand-in Istio 1.0 control plane on primary
  istio-primary [--uninstall]
                        install (or uninstall) the real base and istiod charts (istio.io/istio module) on primary
  istiod [--stop]       start (or stop) a real istiod (pilot-discovery) out of cluster against primary,
                        every listener on loopback; prints its view of the remotes (/debug/clusterz)
  build                 build the pinned binaries (test/testbed/build.sh)
${NET_USAGE}`;

async function istiod(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { stop: { type: 'boolean', default: false } } });
  if (values.stop) return stopIstiod();
  const running = await startIstiod();
  console.log(`istiod pid ${running.pid}, debug ${running.debugUrl}, log ${running.logPath}`);
  const views = await clusterz();
  console.log(
    table([
      ['remote', 'secret', 'sync'],
      ...views.map((v) => [v.id, v.secretName ?? '', v.syncStatus ?? '']),
    ]),
  );
}

async function istioPrimary(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { uninstall: { type: 'boolean', default: false } } });
  if (values.uninstall) return uninstallCurrentPrimary();
  console.log(`istiod pod IP on primary: ${await installCurrentPrimary()}`);
}

function parseClusterCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > MAX_CLUSTERS) {
    throw new Error(
      `--clusters must be a whole number from 1 to ${MAX_CLUSTERS}, e.g. --clusters 3; got "${value}"`,
    );
  }
  return count;
}

async function controlPlane(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      'no-statsd': { type: 'boolean', default: false },
      'no-tracing': { type: 'boolean', default: false },
      namespace: { type: 'string', default: DEFAULT_NAMESPACE },
      uninstall: { type: 'boolean', default: false },
    },
  });
  if (values.uninstall) {
    await uninstallControlPlane(values.namespace);
    return;
  }
  const pods = await installControlPlane({
    namespace: values.namespace,
    statsd: !values['no-statsd'],
    tracing: !values['no-tracing'],
  });
  console.log(podTable(pods));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'up': {
      const { values } = parseArgs({
        args,
        options: { clusters: { type: 'string', default: String(DEFAULT_CLUSTERS) } },
      });
      const state = await up(parseClusterCount(values.clusters));
      console.log(clusterTable(state));
      return;
    }
    case 'down':
      parseArgs({ args, options: {} });
      return down();
    case 'status':
      parseArgs({ args, options: {} });
      console.log(statusTable(await status()));
      return;
    case 'control-plane':
      return controlPlane(args);
    case 'istio-primary':
      return istioPrimary(args);
    case 'istiod':
      return istiod(args);
    case 'net':
      return netCommand(args);
    case 'build':
      parseArgs({ args, options: {} });
      return buildBinaries();
    default:
      throw new Error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`testbed: ${error instanceof Error ? error.message : String(error)}`);
  // Exit now: a request to a hung API server may still hold the event loop open.
  process.exit(1);
});
