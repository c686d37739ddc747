import { readdirSync, readFileSync } from 'node:fs';

/** Processes of the local testbed clusters (their CPU is the runner's here, a cloud's in real use). */
const CLUSTER_PROCESS = /^(kube-apiserver|etcd|kube-controller|kube-scheduler|kwok)/;
const TICKS_PER_SECOND = 100;

/** utime, stime, cutime and cstime of a /proc/<pid>/stat line, in clock ticks. */
function cpuFields(stat: string): { name: string; self: number; children: number } {
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // After the name: state is field 3, so utime (14) .. cstime (17) are indexes 11..14 here.
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return { name, self: utime + stime, children: cutime + cstime };
}

/** CPU seconds used so far by every live process of the local clusters. */
export function clusterCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const { name, self } = cpuFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (CLUSTER_PROCESS.test(name)) ticks += self;
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * CPU seconds of this process's finished children and their descendants: the composite runner's
 * bash, each step's node, and the kubectl and helm processes the steps ran.
 */
export function childrenCpuSeconds(): number {
  return cpuFields(readFileSync('/proc/self/stat', 'utf8')).children / TICKS_PER_SECOND;
}

/** CPU seconds the whole machine has spent busy so far (every core; /proc/stat's first line less idle and iowait). */
export function machineBusySeconds(): number {
  const first = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = first.trim().split(/\s+/).slice(1).map(Number);
  const [, , , idle = 0, iowait = 0] = ticks;
  return (ticks.reduce((sum, t) => sum + t, 0) - idle - iowait) / TICKS_PER_SECOND;
}

/** CPU seconds spent while one procedure ran: by the local clusters' processes, and by the whole machine. */
export interface CpuUse {
  readonly clusters: number;
  readonly machine: number;
}

/** Runs `work`, returning what it returned and the CPU the clusters and the machine spent meanwhile. */
export async function withCpu<T>(work: () => Promise<T>): Promise<{ value: T; cpu: CpuUse }> {
  const [clusters, machine] = [clusterCpuSeconds(), machineBusySeconds()];
  const value = await work();
  return {
    value,
    cpu: { clusters: clusterCpuSeconds() - clusters, machine: machineBusySeconds() - machine },
  };
}
