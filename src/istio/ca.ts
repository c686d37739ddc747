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

export { generateIntermediateCa, checkRootForSigning } from './ca-generate.js';
export { caCertificateProblems, keyMaskValues, readPemInput } from './ca-pem.js';

/** The four files of Istio's plugged-in CA, as Citadel mounts them from the `cacerts` Secret. */
export const CA_FIELDS = ['caCert', 'caKey', 'rootCert', 'certChain'] as const;
export type CaField = (typeof CA_FIELDS)[number];
export const CA_FILES: Readonly<Record<CaField, string>> = {
  caCert: 'ca-cert.pem',
  caKey: 'ca-key.pem',
  rootCert: 'root-cert.pem',
  certChain: 'cert-chain.pem',
};

/** PEM text of each file. */
export type CaMaterial = Readonly<Record<CaField, string>>;

/** How the files are called in messages: action inputs (`input ca-cert`) or a cluster's secret keys. */
export type CaNames = Readonly<Record<CaField, string>>;

export const INPUT_NAMES: CaNames = {
  caCert: 'input ca-cert',
  caKey: 'input ca-key',
  rootCert: 'input root-cert',
  certChain: 'input cert-chain',
};

export function secretKeyNames(where: string): CaNames {
  return {
    caCert: `${where} ${CA_FILES.caCert}`,
    caKey: `${where} ${CA_FILES.caKey}`,
    rootCert: `${where} ${CA_FILES.rootCert}`,
    certChain: `${where} ${CA_FILES.certChain}`,
  };
}

export interface RootIdentity {
  readonly subject: string;
  readonly fingerprint: string;
  readonly notAfter: Date;
}

export interface CaCheck {
  /** Every problem found, each naming the file and the fix; never any key material. */
  readonly problems: readonly string[];
  /** The root the chain ends at (set when root-cert parsed). */
  readonly root?: RootIdentity;
  /** When ca-cert stops being valid (set when ca-cert parsed). */
  readonly caNotAfter?: Date;
}

async function signedBy(certificate: x509.X509Certificate, issuer: x509.X509Certificate): Promise<boolean> {
  if (certificate.issuer !== issuer.subject) return false;
  try {
    return await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true });
  } catch {
    return false;
  }
}

/**
 * Walks from ca-cert to root-cert through cert-chain (used as a pool of intermediates, as Istio's own
 * check does), verifying each signature. Returns problems; none when the path reaches root-cert.
 */
export async function chainProblems(
  names: CaNames,
  caCert: x509.X509Certificate,
  chain: readonly x509.X509Certificate[],
  root: x509.X509Certificate,
): Promise<string[]> {
  const pool = [...chain, root];
  let current = caCert;
  for (let depth = 0; depth <= pool.length; depth++) {
    if (sameBytes(current.rawData, root.rawData)) return [];
    const issuer = await findIssuer(current, pool);
    if (issuer === 'bad-signature') {
      return [
        `the signature of ${describeCertificate(current)} does not verify with the key of its issuer "${current.issuer}" in ${names.certChain}/${names.rootCert}: the chain was issued by a different key; rebuild ${names.certChain} from the issuing CA's files`,
      ];
    }
    if (issuer === undefined) {
      return [
        `${names.caCert} (${describeCertificate(caCert)}) does not chain to ${names.rootCert} (${describeCertificate(root)}): no certificate in ${names.certChain} or ${names.rootCert} issued "${current.subject}" (issuer "${current.issuer}"); give the root that issued it, and every intermediate in ${names.certChain}`,
      ];
    }
    if (sameBytes(issuer.rawData, root.rawData)) return [];
    current = issuer;
  }
  return [
    `${names.certChain} loops without reaching ${names.rootCert}: give ca-cert, its intermediates and the root, in that order`,
  ];
}

async function findIssuer(
  certificate: x509.X509Certificate,
  pool: readonly x509.X509Certificate[],
): Promise<x509.X509Certificate | 'bad-signature' | undefined> {
  const candidates = pool.filter(
    (c) => c.subject === certificate.issuer && !sameBytes(c.rawData, certificate.rawData),
  );
  for (const candidate of candidates) if (await signedBy(certificate, candidate)) return candidate;
  return candidates.length > 0 ? 'bad-signature' : undefined;
}

function keyProblems(names: CaNames, keyPem: string, caCert: x509.X509Certificate | undefined): string[] {
  const key = parsePrivateKey(names.caKey, keyPem);
  if (!key.ok) return [key.problem];
  if (caCert && !sameBytes(publicKeyInfo(key.value), caCert.publicKey.rawData)) {
    return [
      `${names.caKey} does not belong to ${names.caCert} (${describeCertificate(caCert)}): give the private key that was generated together with ca-cert`,
    ];
  }
  return [];
}

function one(name: string, pem: string): { cert?: x509.X509Certificate; problems: string[] } {
  const parsed = parseCertificates(name, pem);
  if (!parsed.ok) return { problems: [parsed.problem] };
  if (parsed.value.length > 1)
    return {
      problems: [
        `${name} holds ${parsed.value.length} certificates: give only the one certificate (intermediates go in cert-chain)`,
      ],
    };
  return parsed.value[0]
    ? { cert: parsed.value[0], problems: [] }
    : { problems: [`${name} holds no certificate`] };
}

function chainStartProblems(
  names: CaNames,
  caCert: x509.X509Certificate,
  chain: readonly x509.X509Certificate[],
): string[] {
  const first = chain[0];
  if (first && sameBytes(first.rawData, caCert.rawData)) return [];
  return [
    `${names.certChain} must begin with ca-cert (Citadel hands it to workloads as the chain above their certificates): build it as ca-cert, then any intermediates, then root-cert (cat ca-cert.pem root-cert.pem > cert-chain.pem)`,
  ];
}

/**
 * Validates one set of plugged-in CA files: each certificate parses, is a CA and is within its
 * validity period; the key matches ca-cert; ca-cert chains to root-cert through cert-chain.
 */
export async function checkCaMaterial(
  material: CaMaterial,
  names: CaNames,
  now: Date = new Date(),
): Promise<CaCheck> {
  const ca = one(names.caCert, material.caCert);
  const root = one(names.rootCert, material.rootCert);
  const chain = parseCertificates(names.certChain, material.certChain);
  const problems = [...ca.problems, ...root.problems, ...(chain.ok ? [] : [chain.problem])];
  if (ca.cert) problems.push(...caCertificateProblems(names.caCert, ca.cert, now));
  if (root.cert) problems.push(...caCertificateProblems(names.rootCert, root.cert, now));
  problems.push(...keyProblems(names, material.caKey, ca.cert));
  if (chain.ok) {
    for (const [index, certificate] of chain.value.entries()) {
      if (ca.cert && sameBytes(certificate.rawData, ca.cert.rawData)) continue;
      if (root.cert && sameBytes(certificate.rawData, root.cert.rawData)) continue;
      problems.push(
        ...caCertificateProblems(`${names.certChain} certificate ${index + 1}`, certificate, now),
      );
    }
  }
  if (ca.cert && root.cert && chain.ok) {
    problems.push(...chainStartProblems(names, ca.cert, chain.value));
    problems.push(...(await chainProblems(names, ca.cert, chain.value, root.cert)));
  }
  return {
    problems,
    ...(root.cert
      ? {
          root: {
            subject: root.cert.subject,
            fingerprint: fingerprint(root.cert),
            notAfter: root.cert.notAfter,
          },
        }
      : {}),
    ...(ca.cert ? { caNotAfter: ca.cert.notAfter } : {}),
  };
}

/** With several clusters, every chain must end at the same root, or workloads cannot verify each other. */
export function differentRootProblems(
  roots: readonly { readonly where: string; readonly root: RootIdentity }[],
): string[] {
  const first = roots[0];
  if (!first) return [];
  const others = roots.filter((r) => r.root.fingerprint !== first.root.fingerprint);
  if (others.length === 0) return [];
  const describe = (r: { where: string; root: RootIdentity }): string =>
    `${r.where}: "${r.root.subject}" (sha256 ${r.root.fingerprint.slice(0, 23)})`;
  return [
    `the clusters' CAs do not share one root, so their workloads cannot verify each other: ${[first, ...others].map(describe).join('; ')}. Fix: issue every cluster's CA from the same root-cert`,
  ];
}
