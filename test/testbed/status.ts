import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiReady, loadKubeConfig } from './cluster-api.js';
import { COMPONENTS } from './cluster.js';
import { clusterWorkdir, kubeconfigPath, kwokWorkdir } from './layout.js';
import { table } from './log.js';
import { processesUnder } from './processes.js';
import { readState } from './state.js';

export interface ClusterStatus {
  readonly name: string;
  readonly apiServer: string;
  readonly ready: boolean;
  readonly processes: number;
  readonly rssBytes: number;
  readonly pssBytes: number;
}

function clusterNamesOnDisk(): string[] {
  const dir = join(kwokWorkdir(), 'clusters');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Health and memory (RSS of the cluster's processes) of every cluster in state.json or on disk. */
export async function status(): Promise<ClusterStatus[]> {
  const state = readState();
  const names = [...new Set([...(state?.clusters.map((c) => c.name) ?? []), ...clusterNamesOnDisk()])];
  const result: ClusterStatus[] = [];
  for (const name of names) {
    const processes = processesUnder(clusterWorkdir(name));
    const kubeconfig = kubeconfigPath(name);
    result.push({
      name,
      apiServer: state?.clusters.find((c) => c.name === name)?.apiServer ?? '-',
      ready: existsSync(kubeconfig) && (await apiReady(loadKubeConfig(kubeconfig))),
      processes: processes.length,
      rssBytes: processes.reduce((sum, p) => sum + p.rssBytes, 0),
      pssBytes: processes.reduce((sum, p) => sum + p.pssBytes, 0),
    });
  }
  return result;
}

export function statusTable(rows: readonly ClusterStatus[]): string {
  if (rows.length === 0) return 'no testbed cluster is up (npm run testbed -- up)';
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const sum = (pick: (r: ClusterStatus) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return table([
    ['NAME', 'API', 'READY', 'PROCESSES', 'RSS', 'PSS'],
    ...rows.map((r) => [
      r.name,
      r.apiServer,
      String(r.ready),
      `${r.processes}/${COMPONENTS.length}`,
      mib(r.rssBytes),
      mib(r.pssBytes),
    ]),
    ['total', '', '', '', mib(sum((r) => r.rssBytes)), mib(sum((r) => r.pssBytes))],
  ]);
}
