import { parseArgs } from 'node:util';
import { table } from './log.js';
import { networkStatus, setNetwork, type NetworkConditions, type NetworkFault } from './network.js';

export const NET_USAGE = `  net [<cluster|all> [--latency-ms N] [--jitter-ms N] [--bandwidth-kbps N] [--fault refuse|reset|stall|none]]
                        put conditions on the toxiproxy in front of a cluster's API server (replacing its earlier
                        ones; unset = none). --latency-ms is round trip (half each way); --bandwidth-kbps is
                        kilobits/s each way. With no cluster: each proxy, its proxied kubeconfig and conditions.`;

function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new Error(`${flag} must be a whole number, e.g. ${flag} 50; got "${value}"`);
  return Number(value);
}

function describe(conditions: NetworkConditions): string {
  const parts = [
    conditions.latencyMs ? `latency ${conditions.latencyMs}ms rtt` : '',
    conditions.jitterMs ? `jitter ±${conditions.jitterMs}ms` : '',
    conditions.bandwidthKbps ? `${conditions.bandwidthKbps} kbit/s` : '',
    conditions.fault && conditions.fault !== 'none' ? `fault ${conditions.fault}` : '',
  ].filter(Boolean);
  return parts.join(', ') || 'clean';
}

/** `testbed net ...` */
export async function netCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'latency-ms': { type: 'string' },
      'jitter-ms': { type: 'string' },
      'bandwidth-kbps': { type: 'string' },
      fault: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new Error(`net takes one cluster (or all); got ${positionals.join(' ')}`);
  const [cluster] = positionals;
  if (cluster !== undefined) {
    const fault = values.fault ?? 'none';
    if (!['refuse', 'reset', 'stall', 'none'].includes(fault)) {
      throw new Error(`--fault must be refuse, reset, stall or none; got "${fault}"`);
    }
    await setNetwork(cluster, {
      latencyMs: count('--latency-ms', values['latency-ms']),
      jitterMs: count('--jitter-ms', values['jitter-ms']),
      bandwidthKbps: count('--bandwidth-kbps', values['bandwidth-kbps']),
      fault: fault as NetworkFault,
    });
  } else if (Object.values(values).some((v) => v !== undefined)) {
    throw new Error('name a cluster (or all) to set conditions on, e.g. `net remote-1 --latency-ms 50`');
  }
  const rows = (await networkStatus()).map((n) => [
    n.cluster,
    n.proxy,
    n.apiServer,
    describe(n.conditions),
    n.kubeconfigPath,
  ]);
  console.log(table([['CLUSTER', 'PROXY', 'API SERVER', 'CONDITIONS', 'PROXIED KUBECONFIG'], ...rows]));
}
