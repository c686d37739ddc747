import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { stateFile, testbedDir } from './layout.js';

/** One running cluster, as recorded in .testbed/state.json. */
export interface ClusterState {
  readonly name: string;
  /** Absolute path of the self-contained kubeconfig (.testbed/<name>.kubeconfig). */
  readonly kubeconfigPath: string;
  readonly apiServer: string;
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly nodeName: string;
}

export interface TestbedState {
  readonly clusters: readonly ClusterState[];
  readonly binaries: { readonly helm: string; readonly kubectl: string; readonly kwokctl: string };
}

export function readState(): TestbedState | undefined {
  if (!existsSync(stateFile)) return undefined;
  const parsed = JSON.parse(readFileSync(stateFile, 'utf8')) as Partial<TestbedState>;
  if (!Array.isArray(parsed.clusters) || typeof parsed.binaries !== 'object' || parsed.binaries === null) {
    throw new Error(`${stateFile} is not a testbed state file; run \`npm run testbed -- up\` again`);
  }
  return parsed as TestbedState;
}

export function writeState(state: TestbedState): void {
  mkdirSync(testbedDir, { recursive: true });
  const temporary = `${stateFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n');
  renameSync(temporary, stateFile);
}
