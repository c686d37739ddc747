import * as x509 from '../../../src/istio/x509.js';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  INPUT_NAMES,
  checkCaMaterial,
  checkRootForSigning,
  differentRootProblems,
  generateIntermediateCa,
  keyMaskValues,
  readPemInput,
  secretKeyNames,
} from '../../../src/istio/ca.js';
import { keyLines, makeCert, makeMaterial } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

function expectNoKeyMaterial(problems: readonly string[], ...keys: string[]): void {
  const text = problems.join('\n');
  for (const line of keyLines(...keys)) expect(text).not.toContain(line);
  expect(text).not.toContain('PRIVATE KEY-----');
}

describe('readPemInput()', () => {
  it('readPemInput() - accepts PEM and base64 of PEM, normalising line ends', async () => {
    const { root } = await makeMaterial();
    const crlf = root.pem.replace(/\n/g, '\r\n');
    const fromPem = readPemInput('root-cert', crlf);
    const fromBase64 = readPemInput('root-cert', Buffer.from(root.pem).toString('base64'));
    expect(fromPem).toEqual({ ok: true, value: root.pem });
    expect(fromBase64).toEqual({ ok: true, value: root.pem });
  });

  it('readPemInput() - refuses other text without quoting it', () => {
    const parsed = readPemInput('ca-key', 'not a key at all, secret-ish text');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toContain('input ca-key is neither PEM nor base64 of PEM');
      expect(parsed.problem).not.toContain('secret-ish');
    }
  });
});

describe('checkCaMaterial()', () => {
  it('checkCaMaterial() - a good chain (EC, PKCS#8 key) has no problems and names its root', async () => {
    const { material, root } = await makeMaterial();
    const check = await checkCaMaterial(material, INPUT_NAMES);
    expect(check.problems).toEqual([]);
    expect(check.root?.subject).toBe(root.cert.subject);
  });

  it('checkCaMaterial() - RSA with a PKCS#1 "RSA PRIVATE KEY" and with PKCS#8 both pass', async () => {
    const { material, intermediate } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    expect(material.caKey).toContain('BEGIN RSA PRIVATE KEY');
    expect((await checkCaMaterial(material, INPUT_NAMES)).problems).toEqual([]);
    const pkcs8 = { ...material, caKey: await intermediate.keyPem('pkcs8') };
    expect(pkcs8.caKey).toContain('BEGIN PRIVATE KEY');
    expect((await checkCaMaterial(pkcs8, INPUT_NAMES)).problems).toEqual([]);
  });

  it('checkCaMaterial() - an EC key in SEC1 "EC PRIVATE KEY" form passes', async () => {
    const { material, intermediate } = await makeMaterial({ family: 'ec' });
    const sec1 = { ...material, caKey: await intermediate.keyPem('sec1') };
    expect(sec1.caKey).toContain('BEGIN EC PRIVATE KEY');
    expect((await checkCaMaterial(sec1, INPUT_NAMES)).problems).toEqual([]);
  });

  it('checkCaMaterial() - a mismatched root is refused, naming both inputs, without key material', async () => {
    const { material } = await makeMaterial();
    const other = await makeCert({ name: 'Other Root' });
    const check = await checkCaMaterial({ ...material, rootCert: other.pem }, INPUT_NAMES);
    expect(check.problems.join('\n')).toMatch(/input ca-cert .* does not chain to input root-cert/);
    expect(check.root?.subject).toContain('Other Root');
    expectNoKeyMaterial(check.problems, material.caKey);
  });

  it('checkCaMaterial() - a root with the same name but another key fails the signature check', async () => {
    const { material } = await makeMaterial();
    const impostor = await makeCert({ name: 'Test Root CA' });
    const check = await checkCaMaterial(
      { ...material, rootCert: impostor.pem, certChain: `${material.caCert}${impostor.pem}` },
      INPUT_NAMES,
    );
    expect(check.problems.join('\n')).toContain('does not verify with the key of its issuer');
  });

  it('checkCaMaterial() - an expired ca-cert and a not-yet-valid root are refused with their dates', async () => {
    const root = await makeCert({
      notBefore: new Date(Date.now() - 10 * DAY),
      notAfter: new Date(Date.now() + 10 * DAY),
    });
    const expired = await makeCert({
      issuer: root,
      name: 'Old CA',
      notBefore: new Date(Date.now() - 5 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const material = {
      caCert: expired.pem,
      caKey: await expired.keyPem(),
      rootCert: root.pem,
      certChain: `${expired.pem}${root.pem}`,
    };
    const check = await checkCaMaterial(material, INPUT_NAMES);
    expect(check.problems.join('\n')).toMatch(
      /input ca-cert \(subject "CN=Old CA, O=test".*\) expired on \d{4}-/,
    );
    const early = await checkCaMaterial(material, INPUT_NAMES, new Date(Date.now() - 20 * DAY));
    expect(early.problems.join('\n')).toMatch(/input root-cert .* is not valid before/);
  });

  it('checkCaMaterial() - a key that does not belong to ca-cert is refused without showing it', async () => {
    const { material } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    const stranger = await (await makeCert({ family: 'rsa' })).keyPem('pkcs1');
    const check = await checkCaMaterial({ ...material, caKey: stranger }, INPUT_NAMES);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toContain('input ca-key does not belong to input ca-cert');
    expectNoKeyMaterial(check.problems, stranger, material.caKey);
  });

  it('checkCaMaterial() - a non-CA certificate as ca-cert is refused', async () => {
    const root = await makeCert();
    const leaf = await makeCert({ issuer: root, ca: false, name: 'workload' });
    const material = {
      caCert: leaf.pem,
      caKey: await leaf.keyPem(),
      rootCert: root.pem,
      certChain: `${leaf.pem}${root.pem}`,
    };
    const check = await checkCaMaterial(material, INPUT_NAMES);
    expect(check.problems.join('\n')).toContain('is not a CA certificate (basicConstraints cA is not true)');
    expect(check.problems.join('\n')).toContain('has a key usage without keyCertSign');
  });

  it('checkCaMaterial() - two-level chains verify through cert-chain; a missing intermediate is named', async () => {
    const root = await makeCert();
    const middle = await makeCert({ issuer: root, name: 'Middle CA' });
    const ca = await makeCert({ issuer: middle, name: 'Cluster CA' });
    const good = {
      caCert: ca.pem,
      caKey: await ca.keyPem(),
      rootCert: root.pem,
      certChain: `${ca.pem}${middle.pem}${root.pem}`,
    };
    expect((await checkCaMaterial(good, INPUT_NAMES)).problems).toEqual([]);
    const gap = await checkCaMaterial({ ...good, certChain: `${ca.pem}${root.pem}` }, INPUT_NAMES);
    expect(gap.problems.join('\n')).toContain(
      'no certificate in input cert-chain or input root-cert issued "CN=Cluster CA, O=test"',
    );
  });

  it('checkCaMaterial() - cert-chain must begin with ca-cert', async () => {
    const { material, root } = await makeMaterial();
    const check = await checkCaMaterial({ ...material, certChain: root.pem }, INPUT_NAMES);
    expect(check.problems.join('\n')).toContain('input cert-chain must begin with ca-cert');
  });

  it('checkCaMaterial() - collects every problem at once, naming the secret keys of a cluster', async () => {
    const { material } = await makeMaterial();
    const check = await checkCaMaterial(
      {
        caCert: 'junk',
        caKey: material.caKey.replace('PRIVATE KEY', 'PUBLIC KEY'),
        rootCert: material.rootCert,
        certChain: 'junk',
      },
      secretKeyNames('cluster "remote-1":'),
    );
    expect(check.problems.length).toBeGreaterThanOrEqual(3);
    expect(check.problems.join('\n')).toContain('cluster "remote-1": ca-cert.pem holds no certificate');
    expect(check.problems.join('\n')).toContain('cluster "remote-1": ca-key.pem');
    expectNoKeyMaterial(check.problems, material.caKey);
  });

  it('checkCaMaterial() - an encrypted key is refused with the way to decrypt it', async () => {
    const { material } = await makeMaterial();
    const encrypted =
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI\n-----END ENCRYPTED PRIVATE KEY-----\n';
    const check = await checkCaMaterial({ ...material, caKey: encrypted }, INPUT_NAMES);
    expect(check.problems).toEqual([expect.stringContaining('input ca-key is encrypted')]);
  });
});

describe('differentRootProblems()', () => {
  it('differentRootProblems() - clusters whose chains end at different roots are refused by name', async () => {
    const a = await checkCaMaterial((await makeMaterial()).material, INPUT_NAMES);
    const b = await checkCaMaterial((await makeMaterial()).material, INPUT_NAMES);
    expect(a.root && b.root).toBeTruthy();
    if (!a.root || !b.root) return;
    expect(
      differentRootProblems([
        { where: 'primary', root: a.root },
        { where: 'remote-1', root: a.root },
      ]),
    ).toEqual([]);
    const problems = differentRootProblems([
      { where: 'primary', root: a.root },
      { where: 'remote-1', root: b.root },
    ]);
    expect(problems.join('\n')).toMatch(/do not share one root.*primary: .*remote-1: /);
  });
});

describe('generateIntermediateCa()', () => {
  it('generateIntermediateCa() - issues per-cluster intermediates (EC root) that chain to the root', async () => {
    const root = await makeCert({ family: 'ec' });
    const rootKey = await root.keyPem('pkcs8');
    const first = await generateIntermediateCa(root.pem, rootKey, 'remote-1');
    const second = await generateIntermediateCa(root.pem, rootKey, 'remote-2');
    for (const material of [first, second]) {
      const check = await checkCaMaterial(material, INPUT_NAMES);
      expect(check.problems).toEqual([]);
      expect(check.root?.subject).toBe(root.cert.subject);
      expect(material.caKey).toContain('BEGIN EC PRIVATE KEY');
    }
    expect(first.caCert).not.toBe(second.caCert);
    expect(first.certChain).toBe(`${first.caCert}${first.rootCert}`);
    const cert = new x509.X509Certificate(first.caCert);
    expect(cert.subject).toContain('L=remote-1');
    expect(cert.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
    expect(cert.getExtension(x509.KeyUsagesExtension)?.usages).toBe(
      x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
    );
    // Go's verifier compares raw issuer and subject names: they must be byte-equal.
    expect(
      Buffer.from(cert.issuerName.toArrayBuffer()).equals(Buffer.from(root.cert.subjectName.toArrayBuffer())),
    ).toBe(true);
    // An independent check with Node's OpenSSL-backed X509Certificate.
    const issued = new X509Certificate(first.caCert);
    const rootNode = new X509Certificate(first.rootCert);
    expect(issued.ca).toBe(true);
    expect(issued.checkIssued(rootNode)).toBe(true);
    expect(issued.verify(rootNode.publicKey)).toBe(true);
    expect(issued.checkPrivateKey(createPrivateKey(first.caKey))).toBe(true);
    const days = (cert.notAfter.getTime() - cert.notBefore.getTime()) / DAY;
    expect(Math.round(days)).toBe(365);
  });

  it('generateIntermediateCa() - an RSA root with a PKCS#1 key issues an RSA 2048 intermediate, capped at the root', async () => {
    const root = await makeCert({ family: 'rsa', notAfter: new Date(Date.now() + 30 * DAY) });
    const material = await generateIntermediateCa(root.pem, await root.keyPem('pkcs1'), 'primary');
    expect((await checkCaMaterial(material, INPUT_NAMES)).problems).toEqual([]);
    expect(material.caKey).toContain('BEGIN RSA PRIVATE KEY');
    expect(new x509.X509Certificate(material.caCert).notAfter.getTime()).toBe(root.cert.notAfter.getTime());
  });

  it('checkRootForSigning() - refuses a root key that does not match, and a non-CA root', async () => {
    const root = await makeCert();
    const other = await makeCert();
    const wrongKey = checkRootForSigning(root.pem, await other.keyPem(), {
      rootCert: 'input root-cert',
      rootKey: 'input root-key',
    });
    expect(wrongKey.problems).toEqual([
      expect.stringContaining('input root-key does not belong to input root-cert'),
    ]);
    expectNoKeyMaterial(wrongKey.problems, await other.keyPem());
    const leaf = await makeCert({ ca: false });
    const notCa = checkRootForSigning(leaf.pem, await leaf.keyPem(), {
      rootCert: 'input root-cert',
      rootKey: 'input root-key',
    });
    expect(notCa.problems.join('\n')).toContain('is not a CA certificate');
    await expect(generateIntermediateCa(leaf.pem, await leaf.keyPem(), 'x')).rejects.toThrow(
      /cannot issue an intermediate CA for x/,
    );
  });
});

describe('keyMaskValues()', () => {
  it('keyMaskValues() - masks the PEM, each body line and the base64 forms, not the armour lines', async () => {
    const key = await (await makeCert({ family: 'rsa' })).keyPem('pkcs1');
    const raw = Buffer.from(key).toString('base64');
    const values = keyMaskValues(raw, key);
    expect(values).toContain(raw);
    expect(values).toContain(key.trim());
    expect(values).toContain(Buffer.from(key).toString('base64'));
    for (const line of keyLines(key)) expect(values).toContain(line);
    expect(values.some((v) => v.startsWith('-----BEGIN') && !v.includes('\n'))).toBe(false);
  });
});
