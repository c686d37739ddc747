import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { buildTokenKubeconfig } from '../../../src/kube/token-kubeconfig.js';
import { registerRemotes, registrationSecret } from '../../../src/stages/register/register.js';
import {
  PROTECTED_SECRETS,
  foreignSecretProblem,
  isRegistrationOf,
  reservedRemoteNameProblem,
} from '../../../src/stages/secrets/registration-guard.js';
import { ISTIO_1_0, ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { REGISTRATION_LABEL } from '../../../src/istio/labels.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../../../src/kube/marks.js';
import { FakeSecrets } from '../fakes/secret-port.js';

const kubeconfig = 'apiVersion: v1\nkind: Config\n';

describe('registration marker', () => {
  it('registrationSecret() - carries the registration marker valued with its remote', () => {
    for (const profile of [ISTIO_1_0, ISTIO_CURRENT]) {
      const secret = registrationSecret('istio-system', profile, { remote: 'east', kubeconfig });
      expect(secret.metadata?.labels?.[REGISTRATION_LABEL]).toBe('east');
      expect(isRegistrationOf(secret, 'east')).toBe(true);
      expect(isRegistrationOf(secret, 'west')).toBe(false);
    }
  });

  it('isRegistrationOf() - the managed-by label alone is not enough', () => {
    const managedOnly = { metadata: { labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } } };
    expect(isRegistrationOf(managedOnly, 'east')).toBe(false);
    expect(isRegistrationOf({ metadata: {} }, 'east')).toBe(false);
  });

  it('foreignSecretProblem() - names the Secret, the marker and both fixes', () => {
    expect(foreignSecretProblem('istio-system', 'east', 'east')).toMatch(
      /Secret istio-system\/east exists on the primary and is not the registration of remote "east" \(it has no istio-multicluster-action\/registration=east label\).*Fix: give the remote another name with remote-names.*kubectl -n istio-system delete secret east\.$/,
    );
  });
});

describe('reserved remote names', () => {
  it('istio-1.0 - every protected Secret name is refused as a remote name, with a fix', () => {
    expect(PROTECTED_SECRETS).toEqual(
      expect.arrayContaining(['cacerts', 'istio-ca-secret', 'istio-multi-token-istio-multicluster']),
    );
    for (const name of PROTECTED_SECRETS)
      expect(reservedRemoteNameProblem(ISTIO_1_0, name)).toMatch(
        new RegExp(
          `^remote name "${name}" would name its registration Secret ${name}.*Fix: .*remote-names: ${name}-cluster\\.$`,
        ),
      );
    expect(reservedRemoteNameProblem(ISTIO_1_0, 'remote-1')).toBeUndefined();
  });

  it('istio-current - registration Secrets have a prefix, so no remote name is reserved', () => {
    for (const name of PROTECTED_SECRETS)
      expect(reservedRemoteNameProblem(ISTIO_CURRENT, name)).toBeUndefined();
  });
});

describe('registered kubeconfigs', () => {
  const primary = new FakeSecrets();
  const token = { name: 'east', caData: Buffer.from('ca').toString('base64'), token: 'tok-east' };

  it('buildTokenKubeconfig() - needs an https server and never skips TLS verification', () => {
    const text = buildTokenKubeconfig({ ...token, server: 'https://10.0.0.1:6443' });
    expect(text).not.toContain('insecure-skip-tls-verify');
    expect(text).toContain('certificate-authority-data');
    expect(() => buildTokenKubeconfig({ ...token, server: 'http://10.0.0.1:8080' })).toThrow(
      /uses plain http/,
    );
  });

  it('registerRemotes() - refuses, before any API call, a kubeconfig over http or skipping TLS verification', async () => {
    const insecure = yaml.dump({
      apiVersion: 'v1',
      clusters: [
        { name: 'east', cluster: { server: 'https://10.0.0.1:6443', 'insecure-skip-tls-verify': true } },
      ],
      contexts: [{ name: 'east', context: { cluster: 'east', user: 'east' } }],
      users: [{ name: 'east', user: { token: 'tok' } }],
      'current-context': 'east',
    });
    const input = (remote: string, kubeconfig: string) => ({
      primary,
      tryCredential: () => Promise.reject(new Error('no credential is tried')),
      namespace: 'istio-system',
      profile: ISTIO_1_0,
      registrations: [{ remote, kubeconfig }],
      dryRun: false,
      parallelism: 2,
    });
    const refusal = async (remote: string, kubeconfig: string): Promise<string> => {
      const result = await registerRemotes(input(remote, kubeconfig));
      expect(result.secrets).toEqual([]);
      expect(result.failures.map((f) => [f.remote, f.stage])).toEqual([[remote, 'register']]);
      return result.failures[0]?.message ?? '';
    };
    expect(await refusal('east', insecure)).toMatch(
      /\[register\] cluster "primary": the registration of remote "east" is refused: .*insecure-skip-tls-verify is true/,
    );
    const http = insecure
      .replace('https://10.0.0.1:6443', 'http://10.0.0.1:8080')
      .replace(/.*insecure.*\n/, '');
    expect(await refusal('east', http)).toMatch(/uses plain http/);
    const valid = buildTokenKubeconfig({ ...token, name: 'cacerts', server: 'https://10.0.0.1:6443' });
    expect(await refusal('cacerts', valid)).toMatch(/remote name "cacerts" would name/);
    expect(primary.calls).toEqual([]);
  });
});
