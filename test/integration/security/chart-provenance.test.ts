// Where the remote charts come from is a trust boundary: chart-repository archives pinned by
// chart-digest (or installed with a warning that they are unverified), chart URLs of a repository
// index https only, and Istio release archives refused when an entry or a link leaves them. Each
// refusal comes from preflight, before any step writes; against the real charts and the real istiod.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, testbedInputs, testbedState, type ActionHarness } from '../support/action.js';
import { withoutWrites } from '../support/cluster-state.js';
import { setUpRealIstio, tearDownRealIstio, waitSynced } from '../support/real-istio.js';
import { buildChartRepository, buildIstioReleaseMirror } from '../../support/istio-charts.js';
import { TESTBED_HELM_VERSIONS, serveDirectory, type LoopbackServer } from '../../support/release-mirror.js';

const REMOTES = ['remote-1'];
const WRONG = '0'.repeat(64);

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * A gpg signing key made for the test: its secret keyring (for helm package --sign) and its public
 * keyring (what a user gives as chart-keyring), both inside `dir`.
 */
function signingKey(
  dir: string,
  name: string,
): { key: string; secretKeyring: string; publicKeyring: string } {
  const home = join(dir, `${name}-gnupg`);
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const gpg = (args: string[]) =>
    execFileSync('gpg', ['--batch', '--homedir', home, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const key = `${name} <${name}@example.com>`;
  gpg([
    '--pinentry-mode',
    'loopback',
    '--passphrase',
    '',
    '--quick-gen-key',
    key,
    'rsa2048',
    'sign',
    'never',
  ]);
  const secretKeyring = join(dir, `${name}-secring.gpg`);
  const publicKeyring = join(dir, `${name}-pubring.gpg`);
  writeFileSync(secretKeyring, gpg(['--export-secret-keys']));
  writeFileSync(publicKeyring, gpg(['--export']));
  return { key: name, secretKeyring, publicKeyring };
}

/** Rewrites every chart URL of a repository's index.yaml to plain http on a host that is not loopback. */
function httpIndex(served: string): void {
  const path = join(served, 'index.yaml');
  const index = yaml.load(readFileSync(path, 'utf8')) as { entries: Record<string, { urls: string[] }[]> };
  for (const versions of Object.values(index.entries))
    for (const entry of versions) entry.urls = entry.urls.map((url) => `http://charts.example.com/${url}`);
  writeFileSync(path, yaml.dump(index));
}

describe('chart provenance: chart-digest, https chart URLs, release archives that leave themselves', () => {
  let harness: ActionHarness;
  let work = '';
  let repository: LoopbackServer;
  let httpRepository: LoopbackServer;
  let leakyReleases: LoopbackServer;
  let releases: LoopbackServer;
  let releaseDigest = '';
  let digests = { base: '', istiod: '' };
  /** A file of the runner a hostile release points a symlink at. */
  let runnerFile = '';

  const inputs = (extra: Record<string, string>) =>
    testbedInputs(REMOTES, { profile: 'istio-current', chart: '', ...extra });
  const fromRepository = (extra: Record<string, string>) =>
    inputs({ 'chart-repository': repository.url, 'chart-version': '1.0.0', ...extra });

  beforeAll(async () => {
    await setUpRealIstio(REMOTES);
    harness = await startHarness();
    work = mkdtempSync(join(tmpdir(), 'chart-provenance-'));
    const helm = testbedState().binaries.helm;
    const signer = signingKey(work, 'chart-signer');
    signingKey(work, 'stranger');
    const served = buildChartRepository(join(work, 'signed'), helm, ['1.0.0'], signer);
    digests = {
      base: sha256(join(served, 'base-1.0.0.tgz')),
      istiod: sha256(join(served, 'istiod-1.0.0.tgz')),
    };
    repository = await serveDirectory(served);
    const httpServed = buildChartRepository(join(work, 'http'), helm, ['1.0.0']);
    httpIndex(httpServed);
    httpRepository = await serveDirectory(httpServed);
    runnerFile = join(work, 'runner-secret.txt');
    writeFileSync(runnerFile, 'what the runner keeps\n');
    leakyReleases = await serveDirectory(
      buildIstioReleaseMirror(join(work, 'leaky'), '1.31.7', (release) => {
        const files = join(release, 'manifests', 'charts', 'base', 'files');
        mkdirSync(files, { recursive: true });
        symlinkSync(runnerFile, join(files, 'leak.yaml'));
      }),
    );
    const releaseServed = buildIstioReleaseMirror(join(work, 'releases'), '1.31.8');
    const archive = readdirSync(join(releaseServed, '1.31.8')).find((name) => name.endsWith('.tar.gz')) ?? '';
    releaseDigest = sha256(join(releaseServed, '1.31.8', archive));
    releases = await serveDirectory(releaseServed);
  });

  afterAll(async () => {
    await harness?.close();
    await repository?.close();
    await httpRepository?.close();
    await leakyReleases?.close();
    await releases?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    await tearDownRealIstio(REMOTES);
  });

  it('an archive that does not match chart-digest is refused by preflight with both digests; nothing is written', async () => {
    const run = await withoutWrites(() =>
      harness.run(fromRepository({ 'chart-digest': `base=${digests.base}\nistiod=${WRONG}` })),
    );
    expect(run.success).toBe(false);
    expect(run.log).toMatch(
      new RegExp(
        `\\[preflight\\] chart istiod 1\\.0\\.0 from ${repository.url}/istiod-1\\.0\\.0\\.tgz does not match chart-digest: ` +
          `expected sha256 ${WRONG}, got ${digests.istiod}\\.`,
      ),
    );
    expect(run.log).toContain('Fix: if the repository published a new build on purpose');
    expect(run.log).not.toMatch(/\[(remote-install|primary|endpoints)\]/);
  });

  it('a chart-digest that leaves out a chart every plan needs is refused by preflight, naming it', async () => {
    const asked = repository.requests.length;
    const run = await withoutWrites(() =>
      harness.run(fromRepository({ 'chart-digest': `istiod=${digests.istiod}` })),
    );
    expect(run.success).toBe(false);
    expect(run.log).toMatch(
      /\[preflight\] chart-digest pins no base chart\. Fix: add base=<sha256>, istiod=<sha256> to chart-digest/,
    );
    // Only what chart-digest pins is downloaded (by preflight, the one step that ran).
    expect(repository.requests.slice(asked)).toEqual(['/index.yaml', '/istiod-1.0.0.tgz']);
  });

  it('a malformed chart-digest is refused by preflight, naming the line', async () => {
    const run = await withoutWrites(() => harness.run(fromRepository({ 'chart-digest': 'istiod=abc' })));
    expect(run.success).toBe(false);
    expect(run.log).toMatch(/\[preflight\] .*chart-digest line "istiod=abc" is not <chart>=<sha256>/);
  });

  it('an http chart URL in the repository index is refused, naming it; no chart is downloaded', async () => {
    const run = await withoutWrites(() =>
      harness.run(inputs({ 'chart-repository': httpRepository.url, 'chart-version': '1.0.0' })),
    );
    expect(run.success).toBe(false);
    expect(run.log).toMatch(
      /\[preflight\] the index of chart-repository http:\/\/127\.0\.0\.1:\d+ lists base at http:\/\/charts\.example\.com\/base-1\.0\.0\.tgz, which is not https/,
    );
    expect(httpRepository.requests).toEqual(['/index.yaml']);
  });

  it('a release archive with a symlink out of it is refused, naming the entry; nothing of it is cached or written', async () => {
    const run = await withoutWrites(() =>
      harness.run(inputs({ 'istio-version': '1.31.7', 'istio-mirror': leakyReleases.url })),
    );
    expect(run.success).toBe(false);
    expect(run.log).toContain(
      `has entries that leave it: "manifests/charts/base/files/leak.yaml": a symlink to ${JSON.stringify(runnerFile)}, outside the archive`,
    );
    expect(run.log).not.toContain('what the runner keeps');
    expect(existsSync(join(harness.toolCache, 'istio', '1.31.7'))).toBe(false);
  });

  it('istio-sha256: a release archive that does not match is refused naming both digests; the right one is used', async () => {
    const release = { 'istio-version': '1.31.8', 'istio-mirror': releases.url };
    const wrong = await withoutWrites(() => harness.run(inputs({ ...release, 'istio-sha256': WRONG })));
    expect(wrong.success).toBe(false);
    expect(wrong.log).toMatch(
      new RegExp(
        `checksum mismatch for .*: expected sha256 ${WRONG} \\(from istio-sha256\\), got ${releaseDigest}\\.`,
      ),
    );
    expect(wrong.log).toContain('Fix: check istio-sha256 against the .sha256 file the project publishes');
    expect(existsSync(join(harness.toolCache, 'istio', '1.31.8'))).toBe(false);
    const right = await harness.run(inputs({ ...release, mode: 'render', 'istio-sha256': releaseDigest }));
    expect(right.success, right.log).toBe(true);
    expect(releases.requests.filter((path) => path.endsWith('.sha256'))).toEqual([]);
  });

  it('without chart-digest the charts are used with a warning that they are unverified', async () => {
    const run = await harness.run(
      inputs({ mode: 'render', 'chart-repository': repository.url, 'chart-version': '1.0.0' }),
    );
    expect(run.success, run.log).toBe(true);
    expect(run.log).toContain(
      `the charts base 1.0.0, istiod 1.0.0 from chart-repository ${repository.url} are not verified`,
    );
  });

  // helm verify checks the provenance: it runs under both majors (Helm 4 reworked signing and verification).
  it.each(['v3', 'v4'] as const)(
    'chart-keyring (Helm %s): charts signed by a key of the keyring are used, with no warning',
    async (major) => {
      const run = await harness.run(
        inputs({
          mode: 'render',
          'chart-repository': repository.url,
          'chart-version': '1.0.0',
          'chart-keyring': 'chart-signer-pubring.gpg',
          'helm-version': TESTBED_HELM_VERSIONS[major],
        }),
        { workspace: work },
      );
      expect(run.success, run.log).toBe(true);
      expect(run.log).toContain('chart istiod 1.0.0: signature verified with chart-keyring');
      expect(run.log).not.toContain('are not verified');
      expect(repository.requests).toContain('/istiod-1.0.0.tgz.prov');
    },
  );

  it.each(['v3', 'v4'] as const)(
    "chart-keyring of another signer (Helm %s) refuses the charts with helm's reason; nothing is written",
    async (major) => {
      const run = await withoutWrites(() =>
        harness.run(
          fromRepository({
            'chart-keyring': 'stranger-pubring.gpg',
            'helm-version': TESTBED_HELM_VERSIONS[major],
          }),
          { workspace: work },
        ),
      );
      expect(run.success).toBe(false);
      expect(run.log).toMatch(
        /\[preflight\] chart base 1\.0\.0 from .* failed helm's provenance check with chart-keyring: .+\. It was deleted/,
      );
      expect(run.log).toContain("Fix: check that chart-keyring holds the repository's signing public keys");
    },
  );

  it('the right chart-digest installs the pinned charts, and istiod syncs the remote', async () => {
    const run = await harness.run(
      fromRepository({ 'chart-digest': `base=${digests.base}\nistiod=${digests.istiod}` }),
    );
    expect(run.success, run.log).toBe(true);
    expect(run.log).toContain(`chart istiod 1.0.0: sha256 ${digests.istiod} (matches chart-digest)`);
    expect(run.log).not.toContain('are not verified');
    await waitSynced(REMOTES);
  });
});
