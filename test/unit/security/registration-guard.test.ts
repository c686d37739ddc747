import { describe, expect, it } from 'vitest';
import { registrationSecret } from '../../../src/stages/register.js';
import {
  PROTECTED_SECRETS,
  foreignSecretProblem,
  isRegistrationOf,
  reservedRemoteNameProblem,
} from '../../../src/stages/registration-guard.js';
import { ISTIO_1_0, ISTIO_CURRENT } from '../../../src/istio/profiles.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, REGISTRATION_LABEL } from '../../../src/istio/labels.js';

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
