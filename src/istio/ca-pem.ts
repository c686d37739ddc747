import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as x509 from './x509.js';
import { parseProblem, parsedValue, type Parsed } from '../util/parsed.js';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const KEY_FORMATS = 'PKCS#1 ("RSA PRIVATE KEY"), PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY")';

/** One PEM block of an input: its type line and text, normalised to `\n` line ends. */
export interface PemBlock {
  readonly type: string;
  readonly text: string;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Decodes base64 that holds PEM text; undefined when the input is not that. */
function pemFromBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return decoded.includes('-----BEGIN ') ? decoded : undefined;
}

/**
 * An input holding PEM text, or base64 of PEM text (as secrets are often stored), as normalised PEM
 * ending in a newline. The problem never quotes the input: it may be a private key.
 */
export function readPemInput(name: string, text: string): Parsed<string> {
  const trimmed = normalise(text);
  const pem = trimmed.includes('-----BEGIN ') ? trimmed : pemFromBase64(trimmed);
  if (pem === undefined || pemBlocks(pem).length === 0) {
    return parseProblem(
      `input ${name} is neither PEM nor base64 of PEM: paste the whole file including its "-----BEGIN ...-----" line, e.g. ${name}: \${{ secrets.ISTIO_${name.toUpperCase().replace(/-/g, '_')} }}`,
    );
  }
  return parsedValue(`${normalise(pem)}\n`);
}

export function pemBlocks(pem: string): PemBlock[] {
  return [...pem.matchAll(PEM_BLOCK)].map((match) => ({ type: match[1] ?? '', text: `${match[0]}\n` }));
}

/** Certificates of a PEM text, in order; a problem for anything that is not a parsable certificate. */
export function parseCertificates(name: string, pem: string): Parsed<x509.X509Certificate[]> {
  const blocks = pemBlocks(pem);
  const others = blocks.filter((block) => block.type !== 'CERTIFICATE').map((block) => block.type);
  if (others.length > 0) {
    return parseProblem(
      `${name} holds ${others.join(', ')} block(s) where only CERTIFICATE blocks belong: give the certificate file, not a key or request`,
    );
  }
  const certificates: x509.X509Certificate[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      certificates.push(new x509.X509Certificate(block.text));
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      return parseProblem(
        `${name}: certificate ${index + 1} cannot be parsed (${reason}): give the PEM file as issued`,
      );
    }
  }
  if (certificates.length === 0) return parseProblem(`${name} holds no certificate`);
  return parsedValue(certificates);
}

/** The one private key of a PEM text. Problems never include the key or the parser's message. */
export function parsePrivateKey(name: string, pem: string): Parsed<KeyObject> {
  const blocks = pemBlocks(pem);
  if (blocks.some((block) => block.type === 'ENCRYPTED PRIVATE KEY') || /Proc-Type: 4,ENCRYPTED/.test(pem)) {
    return parseProblem(
      `${name} is encrypted: Citadel reads an unencrypted key; decrypt it (openssl pkey -in key.pem) and store it as a secret`,
    );
  }
  const keys = blocks.filter((block) => block.type.endsWith('PRIVATE KEY'));
  if (keys.length !== 1 || blocks.length !== 1) {
    return parseProblem(
      `${name} must hold exactly one private key block, ${KEY_FORMATS}, found ${blocks.map((b) => b.type).join(', ') || 'none'}`,
    );
  }
  try {
    return parsedValue(createPrivateKey(keys[0]?.text ?? ''));
  } catch {
    return parseProblem(`${name} is not a readable private key: give an unencrypted ${KEY_FORMATS} PEM key`);
  }
}

/** DER SubjectPublicKeyInfo of a private key, comparable with a certificate's. */
export function publicKeyInfo(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

export function sameBytes(a: ArrayBuffer | Buffer, b: ArrayBuffer | Buffer): boolean {
  return Buffer.from(a as ArrayBuffer).equals(Buffer.from(b as ArrayBuffer));
}

/** SHA-256 of a certificate's DER, as colon-separated hex (the form `openssl x509 -fingerprint` prints). */
export function fingerprint(certificate: x509.X509Certificate): string {
  const hex = createHash('sha256').update(Buffer.from(certificate.rawData)).digest('hex');
  return (hex.match(/../g) ?? []).join(':').toUpperCase();
}

/** Short description of a certificate for messages: subject and fingerprint prefix, never the body. */
export function describeCertificate(certificate: x509.X509Certificate): string {
  return `subject "${certificate.subject}", sha256 ${fingerprint(certificate).slice(0, 23)}`;
}

/**
 * The values to mask for a private key input: the raw input and its lines, the normalised PEM and
 * the body lines of each block, and the base64 forms (the raw input, and the PEM as a Secret's data
 * holds it). Lines shorter than 16 characters are left out: they are too short to reveal a key and
 * would mask unrelated log text.
 */
export function keyMaskValues(raw: string, pem: string | undefined): string[] {
  const values = new Set<string>();
  const add = (value: string): void => {
    const trimmed = value.trim();
    if (trimmed.length >= 16) values.add(trimmed);
  };
  for (const text of [raw, pem ?? '']) {
    add(text);
    for (const line of text.split(/\r?\n/)) if (!line.startsWith('-----')) add(line);
  }
  if (pem !== undefined) {
    add(Buffer.from(pem, 'utf8').toString('base64'));
    add(Buffer.from(pem.trim(), 'utf8').toString('base64'));
  }
  return [...values];
}

/** Checks that a certificate is a CA, currently valid, and (when it has key usages) may sign certificates. */
export function caCertificateProblems(name: string, certificate: x509.X509Certificate, now: Date): string[] {
  const problems: string[] = [];
  const what = `${name} (${describeCertificate(certificate)})`;
  const constraints = certificate.getExtension(x509.BasicConstraintsExtension);
  if (!constraints?.ca) {
    problems.push(
      `${what} is not a CA certificate (basicConstraints cA is not true): issue it with "basicConstraints = critical, CA:true"`,
    );
  }
  const usages = certificate.getExtension(x509.KeyUsagesExtension);
  if (usages && (usages.usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    problems.push(
      `${what} has a key usage without keyCertSign, so it may not sign certificates: issue it with "keyUsage = critical, keyCertSign, cRLSign"`,
    );
  }
  if (certificate.notAfter.getTime() <= now.getTime()) {
    problems.push(`${what} expired on ${certificate.notAfter.toISOString()}: issue a new certificate`);
  } else if (certificate.notBefore.getTime() > now.getTime()) {
    problems.push(
      `${what} is not valid before ${certificate.notBefore.toISOString()}: check the clock of the machine that issued it, or wait`,
    );
  }
  return problems;
}
