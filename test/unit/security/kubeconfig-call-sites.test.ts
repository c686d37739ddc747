/**
 * Every place in src/ that turns a kubeconfig into something that talks to a cluster (client-node's
 * loaders, a KubeConfig constructor, kubectl's or helm's --kubeconfig, istioctl's KUBECONFIG), and
 * where that kubeconfig comes from. A new call site fails here until it is listed with its source:
 * a kubeconfig the inputs gave (validated by the credentials step and preflight), or one read back
 * from a cluster, which only src/kube/cluster-kubeconfig.ts may load, after reducing it to server,
 * CA and token.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Source = 'input-validated' | 'cluster-read' | 'factory';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const LOADER =
  /\bloadFrom(?:String|File|Options|Default|Cluster)\s*\(|--kubeconfig|\bKUBECONFIG\b\s*:|new\s+(?:k8s\.)?KubeConfig\s*\(|\bnewKubeConfig\s*\(/;

const CALL_SITES: Readonly<Record<string, { source: Source; why: string }>> = {
  'src/kube/tls-reuse.ts': { source: 'factory', why: 'defines newKubeConfig(); loads nothing' },
  'src/kube/client.ts': {
    source: 'input-validated',
    why: 'openCluster() loads the 0600 file the credentials step wrote from the validated kubeconfig inputs',
  },
  'src/kube/kubeconfig-select.ts': {
    source: 'input-validated',
    why: 'toKubeConfig() of input documents parsed by kubeconfig-input.ts (loadFromOptions, no file read)',
  },
  'src/tools/helm-cli.ts': {
    source: 'input-validated',
    why: "--kubeconfig is a ClusterHandle's kubeconfigPath",
  },
  'src/tools/istioctl-cli.ts': {
    source: 'input-validated',
    why: "KUBECONFIG is a ClusterHandle's kubeconfigPath (inject)",
  },
  'src/kube/cluster-kubeconfig.ts': {
    source: 'cluster-read',
    why: 'clusterKubeConfig() loads only the server, CA and token readClusterKubeconfig() kept',
  },
};

/** Files that read a kubeconfig back from a cluster; each goes through readClusterKubeconfig(). */
const CLUSTER_READERS = [
  'src/stages/register/registration-compare.ts',
  'src/stages/remote-kubeconfig/expiring-token.ts',
  'src/stages/remote-kubeconfig/reader-check.ts',
  'src/kube/credential-probe.ts',
];

/** The input parser keeps exec, auth-provider and file fields: only these may call it. */
const INPUT_PARSER_USERS: Readonly<Record<string, string>> = {
  'src/stages/credentials/decoded-inputs.ts': 'the kubeconfig inputs',
  'src/stages/register/register.ts':
    'the transport check of the kubeconfig the action built (it is written, not loaded)',
  'src/kube/cluster-kubeconfig.ts': 'the first step of the reduction',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

/** The text without comment lines, so a comment that names a loader is no call site. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
}

const files = sourceFiles(join(ROOT, 'src'));

describe('kubeconfig call sites', () => {
  it('walks the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('src/stages/register/registration-compare.ts');
  });

  it('every file that loads a kubeconfig is listed with where its kubeconfig comes from', () => {
    const loading = files.filter((file) => LOADER.test(code(file)));
    const unknown = loading.filter((file) => !Object.hasOwn(CALL_SITES, file));
    expect(unknown, 'new kubeconfig call sites: list each in CALL_SITES with its source').toEqual([]);
    expect(loading.sort()).toEqual(Object.keys(CALL_SITES).sort());
  });

  it('code that reads a kubeconfig back from a cluster loads it only through the reduction', () => {
    for (const file of CLUSTER_READERS) {
      const text = code(file);
      expect(text, file).toMatch(/\breadClusterKubeconfig\(/);
      expect(LOADER.test(text), file).toBe(false);
      expect(text, file).not.toMatch(/\bparseKubeconfig\(/);
    }
    const reducing = files.filter((file) => /\breadClusterKubeconfig\(/.test(code(file)));
    expect(reducing.sort()).toEqual([...CLUSTER_READERS, 'src/kube/cluster-kubeconfig.ts'].sort());
  });

  it('the input parser is called only on inputs and on what the action built', () => {
    const parsing = files.filter(
      (file) => file !== 'src/kube/kubeconfig-input.ts' && /\bparseKubeconfig\(/.test(code(file)),
    );
    expect(parsing.sort()).toEqual(Object.keys(INPUT_PARSER_USERS).sort());
  });

  it('cluster handles, whose paths reach kubectl, helm and istioctl, are opened from the credentials step outputs only', () => {
    const opening = files.filter((file) => /\bopenCluster\(/.test(code(file)));
    expect(opening.sort()).toEqual(['src/kube/client.ts', 'src/steps/common.ts']);
    expect(code('src/steps/common.ts')).toMatch(/getInput\('primary-kubeconfig-path'/);
    expect(code('src/steps/common.ts')).toMatch(
      /readRunPaths\('remote-kubeconfig-paths', core.getInput\('remote-kubeconfig-paths'\)\)/,
    );
  });
});
