import { createPrivateKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import * as x509 from './x509.js';
import {
  caCertificateProblems,
  describeCertificate,
  fingerprint,
  parseCertificates,
  parsePrivateKey,
  publicKeyInfo,
  sameBytes,
} from './ca-pem.js';
import type { CaCheck, CaMaterial } from './ca.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tolerates clocks a little behind the runner's. */
const BACKDATE_MS = 5 * 60 * 1000;

export interface RootNames {
  readonly rootCert: string;
  readonly rootKey: string;
}

type Signing = {
  readonly importParams: webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams;
  readonly signature: webcrypto.Algorithm | webcrypto.EcdsaParams;
};

const CURVES: Readonly<Record<string, { named: string; hash: string }>> = {
  prime256v1: { named: 'P-256', hash: 'SHA-256' },
  secp384r1: { named: 'P-384', hash: 'SHA-384' },
  secp521r1: { named: 'P-521', hash: 'SHA-512' },
};

/** How a root key signs through WebCrypto: RSA PKCS#1 v1.5 with SHA-256, or ECDSA on its curve. */
function signingFor(key: KeyObject): Signing | undefined {
  if (key.asymmetricKeyType === 'rsa') {
    return {
      importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      signature: { name: 'RSASSA-PKCS1-v1_5' },
    };
  }
  const curve =
    key.asymmetricKeyType === 'ec' ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
  if (!curve) return undefined;
  return {
    importParams: { name: 'ECDSA', namedCurve: curve.named },
    signature: { name: 'ECDSA', hash: curve.hash } as webcrypto.EcdsaParams,
  };
}

interface ParsedRoot {
  readonly certificate?: x509.X509Certificate;
  readonly key?: KeyObject;
  readonly problems: string[];
}

function parseRoot(rootPem: string, rootKeyPem: string, names: RootNames, now: Date): ParsedRoot {
  const certs = parseCertificates(names.rootCert, rootPem);
  const key = parsePrivateKey(names.rootKey, rootKeyPem);
  const problems: string[] = [];
  if (!certs.ok) problems.push(certs.problem);
  else if (certs.value.length !== 1)
    problems.push(
      `${names.rootCert} must hold exactly one certificate, the root, found ${certs.value.length}`,
    );
  if (!key.ok) problems.push(key.problem);
  const certificate = certs.ok && certs.value.length === 1 ? certs.value[0] : undefined;
  if (certificate) problems.push(...caCertificateProblems(names.rootCert, certificate, now));
  if (certificate && key.ok && !sameBytes(publicKeyInfo(key.value), certificate.publicKey.rawData)) {
    problems.push(
      `${names.rootKey} does not belong to ${names.rootCert} (${describeCertificate(certificate)}): give the root's own private key`,
    );
  }
  if (key.ok && !signingFor(key.value)) {
    problems.push(
      `${names.rootKey} is a ${key.value.asymmetricKeyType ?? 'unknown'} key: intermediates can be signed with RSA or ECDSA (P-256, P-384, P-521) root keys`,
    );
  }
  return { ...(certificate ? { certificate } : {}), ...(key.ok ? { key: key.value } : {}), problems };
}

/** Validates a root certificate and key for generate-intermediate-cas; problems never hold key material. */
export function checkRootForSigning(
  rootPem: string,
  rootKeyPem: string,
  names: RootNames,
  now: Date = new Date(),
): CaCheck {
  const root = parseRoot(rootPem, rootKeyPem, names, now);
  return {
    problems: root.problems,
    ...(root.certificate
      ? {
          root: {
            subject: root.certificate.subject,
            fingerprint: fingerprint(root.certificate),
            notAfter: root.certificate.notAfter,
          },
        }
      : {}),
  };
}

async function newKeyPair(
  rootKey: KeyObject,
): Promise<{ pair: webcrypto.CryptoKeyPair; pem: (der: ArrayBuffer) => string }> {
  const pkcs8 = (der: ArrayBuffer): KeyObject =>
    createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  if (rootKey.asymmetricKeyType === 'rsa') {
    const params: webcrypto.RsaHashedKeyGenParams = {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    };
    const pair = await webcrypto.subtle.generateKey(params, true, ['sign', 'verify']);
    return { pair, pem: (der) => String(pkcs8(der).export({ type: 'pkcs1', format: 'pem' })) };
  }
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  return { pair, pem: (der) => String(pkcs8(der).export({ type: 'sec1', format: 'pem' })) };
}

async function authorityKeyId(root: x509.X509Certificate): Promise<x509.AuthorityKeyIdentifierExtension> {
  const ski = root.getExtension(x509.SubjectKeyIdentifierExtension);
  if (ski) return new x509.AuthorityKeyIdentifierExtension(ski.keyId);
  return x509.AuthorityKeyIdentifierExtension.create(root.publicKey);
}

export interface GenerateOptions {
  readonly now?: Date;
  /** Validity of the intermediate, capped at the root's notAfter. Default 365 days. */
  readonly validityDays?: number;
}

/**
 * Issues one intermediate CA for a cluster, signed by the root: basicConstraints CA (path length 0),
 * keyCertSign|cRLSign, one year (never beyond the root). The key follows the root's family (RSA 2048
 * under an RSA root, ECDSA P-256 otherwise) and is written as PKCS#1 or SEC1 PEM, which every Citadel
 * version reads. Returns the four files of the `cacerts` Secret; cert-chain is intermediate + root.
 */
export async function generateIntermediateCa(
  rootPem: string,
  rootKeyPem: string,
  clusterName: string,
  options: GenerateOptions = {},
): Promise<CaMaterial> {
  const now = options.now ?? new Date();
  const root = parseRoot(rootPem, rootKeyPem, { rootCert: 'root-cert', rootKey: 'root-key' }, now);
  const signing = root.key ? signingFor(root.key) : undefined;
  if (!root.certificate || !root.key || !signing || root.problems.length > 0) {
    throw new Error(`cannot issue an intermediate CA for ${clusterName}: ${root.problems.join('; ')}`);
  }
  const der = root.key.export({ type: 'pkcs8', format: 'der' });
  const signingKey = await webcrypto.subtle.importKey('pkcs8', der, signing.importParams, false, ['sign']);
  const { pair, pem } = await newKeyPair(root.key);
  const notAfter = Math.min(
    now.getTime() + (options.validityDays ?? 365) * DAY_MS,
    root.certificate.notAfter.getTime(),
  );
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: `01${randomBytes(15).toString('hex')}`,
    subject: `O=istio-multicluster-action, L=${clusterName.replace(/[,+="<>#;\\]/g, '-')}, CN=Intermediate CA`,
    issuer: root.certificate.subjectName,
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(notAfter),
    publicKey: pair.publicKey,
    signingKey,
    signingAlgorithm: signing.signature,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(pair.publicKey),
      await authorityKeyId(root.certificate),
    ],
  });
  const caCert = `${certificate.toString('pem').trim()}\n`;
  const rootCert = `${root.certificate.toString('pem').trim()}\n`;
  const caKey = pem(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { caCert, caKey, rootCert, certChain: `${caCert}${rootCert}` };
}
