import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realCharts } from '../testbed/istio-module.js';

// Release-shaped artifacts made on the fly, in a temporary directory, from the real charts of the
// istio.io/istio module (nothing is written into the repository).

function istioPlatform(): string {
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  return process.platform === 'darwin' ? (arch === 'arm64' ? 'osx-arm64' : 'osx') : `linux-${arch}`;
}

/**
 * `<served>/<version>/istio-<version>-<platform>.tar.gz` and its `.sha256`, laid out as Istio
 * publishes releases, holding `istio-<version>/manifests/charts/{base,istio-control/istio-discovery}`;
 * `alter` changes the release directory before it is archived (a hostile mirror's release).
 */
export function buildIstioReleaseMirror(
  root: string,
  version: string,
  alter?: (releaseDir: string) => void,
): string {
  const served = join(root, 'istio-served');
  const stage = join(root, 'istio-stage');
  const charts = join(stage, `istio-${version}`, 'manifests', 'charts');
  cpSync(realCharts.base, join(charts, 'base'), { recursive: true });
  cpSync(realCharts.istiod, join(charts, 'istio-control', 'istio-discovery'), { recursive: true });
  alter?.(join(stage, `istio-${version}`));
  mkdirSync(join(served, version), { recursive: true });
  const name = `istio-${version}-${istioPlatform()}.tar.gz`;
  const archive = join(served, version, name);
  execFileSync('tar', ['-czf', archive, '-C', stage, `istio-${version}`]);
  const digest = createHash('sha256').update(readFileSync(archive)).digest('hex');
  writeFileSync(`${archive}.sha256`, `${digest}  ${name}\n`);
  return served;
}

/**
 * A Helm chart repository as `helm repo add` expects one: `base-<v>.tgz` and `istiod-<v>.tgz`
 * (`helm package` of the module's charts at the given version, with `sign` also their `.prov` files)
 * and `index.yaml` (`helm repo index`).
 */
export function buildChartRepository(
  root: string,
  helm: string,
  versions: readonly string[],
  sign?: { readonly key: string; readonly secretKeyring: string },
): string {
  const served = join(root, 'chart-repo');
  mkdirSync(served, { recursive: true });
  for (const version of versions) {
    for (const chart of [realCharts.base, realCharts.istiod]) {
      execFileSync(
        helm,
        [
          'package',
          chart,
          '--version',
          version,
          '--app-version',
          version,
          '--destination',
          served,
          ...(sign ? ['--sign', '--key', sign.key, '--keyring', sign.secretKeyring] : []),
        ],
        {
          stdio: 'pipe',
        },
      );
    }
  }
  execFileSync(helm, ['repo', 'index', served], { stdio: 'pipe' });
  return served;
}
