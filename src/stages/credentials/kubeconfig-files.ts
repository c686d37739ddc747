/** The kubeconfig files of the credentials stage: one per cluster, written all or none (0600). */
import { exportKubeconfig } from '../../kube/kubeconfig-write.js';
import { removeCredentialFiles, writeCredentialFile } from '../../util/credential-files.js';
import type { LoadedCluster } from './loaded-clusters.js';

export interface PlannedFile {
  readonly fileName: string;
  readonly content: string;
}

/** `<name>.kubeconfig`: the cluster's context alone, its entries named `name`. */
export function plannedFile(name: string, cluster: LoadedCluster): PlannedFile {
  return { fileName: `${name}.kubeconfig`, content: exportKubeconfig(cluster.config, name) };
}

/** Writes every file or none: after a failure the files already written are removed. */
export function writeAll(outputDir: string, files: readonly PlannedFile[]): readonly string[] {
  const written: string[] = [];
  try {
    for (const file of files) written.push(writeCredentialFile(outputDir, file.fileName, file.content));
  } catch (error: unknown) {
    removeCredentialFiles(written);
    throw error;
  }
  return written;
}
