import { createPrivateKey, webcrypto } from 'node:crypto';
import * as x509 from '../../../src/istio/x509.js';
import type { CaMaterial } from '../../../src/istio/ca.js';

export type KeyFamily = 'rsa' | 'ec';
export type KeyEncoding = 'pkcs1' | 'pkcs8' | 'sec1';

const DAY = 24 * 60 * 60 * 1000;

/** A certificate made for a test, with its key pair and PEM forms. */
export interface TestCert {
  readonly cert: x509.X509Certificate;
  readonly keys: webcrypto.CryptoKeyPair;
  readonly family: KeyFamily;
  readonly pem: string;
  keyPem(encoding?: KeyEncoding): Promise<string>;
}

export interface CertOptions {
  readonly name?: string;
  readonly family?: KeyFamily;
  readonly ca?: boolean;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Signs with this certificate's key (issuer); self-signed when absent. */
  readonly issuer?: TestCert;
  /** Certificate key usages; default keyCertSign|cRLSign for CAs, digitalSignature otherwise. */
  readonly usages?: x509.KeyUsageFlags;
}

const ALGORITHMS: Readonly<Record<KeyFamily, webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams>> = {
  rsa: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  ec: { name: 'ECDSA', namedCurve: 'P-256' },
};

function signatureOf(family: KeyFamily): webcrypto.Algorithm | webcrypto.EcdsaParams {
  return family === 'rsa'
    ? { name: 'RSASSA-PKCS1-v1_5' }
    : ({ name: 'ECDSA', hash: 'SHA-256' } as webcrypto.EcdsaParams);
}

export async function makeCert(options: CertOptions = {}): Promise<TestCert> {
  const family = options.family ?? 'ec';
  const keys = (await webcrypto.subtle.generateKey(ALGORITHMS[family], true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const ca = options.ca ?? true;
  const issuer = options.issuer;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.create({
    subject: `CN=${options.name ?? 'Test Root CA'}, O=test`,
    issuer: issuer ? issuer.cert.subjectName : `CN=${options.name ?? 'Test Root CA'}, O=test`,
    notBefore: options.notBefore ?? new Date(now - DAY),
    notAfter: options.notAfter ?? new Date(now + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer ? issuer.keys.privateKey : keys.privateKey,
    signingAlgorithm: signatureOf(issuer ? issuer.family : family),
    extensions: [
      new x509.BasicConstraintsExtension(ca, undefined, true),
      new x509.KeyUsagesExtension(
        options.usages ??
          (ca
            ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
            : x509.KeyUsageFlags.digitalSignature),
        true,
      ),
    ],
  });
  return {
    cert,
    keys,
    family,
    pem: `${cert.toString('pem')}\n`,
    async keyPem(encoding = 'pkcs8') {
      const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
      const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
      if (encoding === 'pkcs1') return String(key.export({ type: 'pkcs1', format: 'pem' }));
      if (encoding === 'sec1') return String(key.export({ type: 'sec1', format: 'pem' }));
      return String(key.export({ type: 'pkcs8', format: 'pem' }));
    },
  };
}

/** A root and an intermediate it issued, as the four cacerts files. */
export async function makeMaterial(
  options: { family?: KeyFamily; encoding?: KeyEncoding; root?: TestCert; name?: string } = {},
): Promise<{
  material: CaMaterial;
  root: TestCert;
  intermediate: TestCert;
}> {
  const family = options.family ?? 'ec';
  const root = options.root ?? (await makeCert({ family }));
  const intermediate = await makeCert({ family, issuer: root, name: options.name ?? 'Intermediate CA' });
  const caKey = await intermediate.keyPem(options.encoding ?? 'pkcs8');
  return {
    root,
    intermediate,
    material: {
      caCert: intermediate.pem,
      caKey,
      rootCert: root.pem,
      certChain: `${intermediate.pem}${root.pem}`,
    },
  };
}

/** Every line of every key body in the material, to assert that no message contains any of them. */
export function keyLines(...keys: readonly string[]): string[] {
  return keys.flatMap((key) =>
    key.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----')),
  );
}
