export const id = 48;
export const ids = [48];
export const modules = {

/***/ 65948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ generateIntermediateCa),
/* harmony export */   f: () => (/* binding */ checkRootForSigning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
/* harmony import */ var _ca_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43613);



const DAY_MS = 24 * 60 * 60 * 1000;
/** Tolerates clocks a little behind the runner's. */
const BACKDATE_MS = 5 * 60 * 1000;
const CURVES = {
    prime256v1: { named: 'P-256', hash: 'SHA-256' },
    secp384r1: { named: 'P-384', hash: 'SHA-384' },
    secp521r1: { named: 'P-521', hash: 'SHA-512' },
};
/** How a root key signs through WebCrypto: RSA PKCS#1 v1.5 with SHA-256, or ECDSA on its curve. */
function signingFor(key) {
    if (key.asymmetricKeyType === 'rsa') {
        return {
            importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
            signature: { name: 'RSASSA-PKCS1-v1_5' },
        };
    }
    const curve = key.asymmetricKeyType === 'ec' ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
    if (!curve)
        return undefined;
    return {
        importParams: { name: 'ECDSA', namedCurve: curve.named },
        signature: { name: 'ECDSA', hash: curve.hash },
    };
}
function parseRoot(rootPem, rootKeyPem, names, now) {
    const certs = (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificates */ .WW)(names.rootCert, rootPem);
    const key = (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePrivateKey */ .QW)(names.rootKey, rootKeyPem);
    const problems = [];
    if (!certs.ok)
        problems.push(certs.problem);
    else if (certs.value.length !== 1)
        problems.push(`${names.rootCert} must hold exactly one certificate, the root, found ${certs.value.length}`);
    if (!key.ok)
        problems.push(key.problem);
    const certificate = certs.ok && certs.value.length === 1 ? certs.value[0] : undefined;
    if (certificate)
        problems.push(...(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .caCertificateProblems */ .Cg)(names.rootCert, certificate, now));
    if (certificate && key.ok && !(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBytes */ .er)((0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyInfo */ .hx)(key.value), certificate.publicKey.rawData)) {
        problems.push(`${names.rootKey} does not belong to ${names.rootCert} (${(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCertificate */ .dF)(certificate)}): give the root's own private key`);
    }
    if (key.ok && !signingFor(key.value)) {
        problems.push(`${names.rootKey} is a ${key.value.asymmetricKeyType ?? 'unknown'} key: intermediates can be signed with RSA or ECDSA (P-256, P-384, P-521) root keys`);
    }
    return { ...(certificate ? { certificate } : {}), ...(key.ok ? { key: key.value } : {}), problems };
}
/** Validates a root certificate and key for generate-intermediate-cas; problems never hold key material. */
function checkRootForSigning(rootPem, rootKeyPem, names, now = new Date()) {
    const root = parseRoot(rootPem, rootKeyPem, names, now);
    return {
        problems: root.problems,
        ...(root.certificate
            ? {
                root: {
                    subject: root.certificate.subject,
                    fingerprint: (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprint */ .Rj)(root.certificate),
                    notAfter: root.certificate.notAfter,
                },
            }
            : {}),
    };
}
async function newKeyPair(rootKey) {
    const pkcs8 = (der) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    if (rootKey.asymmetricKeyType === 'rsa') {
        const params = {
            name: 'RSASSA-PKCS1-v1_5',
            modulusLength: 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
        };
        const pair = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey(params, true, ['sign', 'verify']);
        return { pair, pem: (der) => String(pkcs8(der).export({ type: 'pkcs1', format: 'pem' })) };
    }
    const pair = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
        'verify',
    ]);
    return { pair, pem: (der) => String(pkcs8(der).export({ type: 'sec1', format: 'pem' })) };
}
async function authorityKeyId(root) {
    const ski = root.getExtension(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .SubjectKeyIdentifierExtension */ .QE);
    if (ski)
        return new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthorityKeyIdentifierExtension */ .Z$(ski.keyId);
    return _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .AuthorityKeyIdentifierExtension */ .Z$.create(root.publicKey);
}
/**
 * Issues one intermediate CA for a cluster, signed by the root: basicConstraints CA (path length 0),
 * keyCertSign|cRLSign, one year (never beyond the root). The key follows the root's family (RSA 2048
 * under an RSA root, ECDSA P-256 otherwise) and is written as PKCS#1 or SEC1 PEM, which every Citadel
 * version reads. Returns the four files of the `cacerts` Secret; cert-chain is intermediate + root.
 */
async function generateIntermediateCa(rootPem, rootKeyPem, clusterName, options = {}) {
    const now = options.now ?? new Date();
    const root = parseRoot(rootPem, rootKeyPem, { rootCert: 'root-cert', rootKey: 'root-key' }, now);
    const signing = root.key ? signingFor(root.key) : undefined;
    if (!root.certificate || !root.key || !signing || root.problems.length > 0) {
        throw new Error(`cannot issue an intermediate CA for ${clusterName}: ${root.problems.join('; ')}`);
    }
    const der = root.key.export({ type: 'pkcs8', format: 'der' });
    const signingKey = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('pkcs8', der, signing.importParams, false, ['sign']);
    const { pair, pem } = await newKeyPair(root.key);
    const notAfter = Math.min(now.getTime() + (options.validityDays ?? 365) * DAY_MS, root.certificate.notAfter.getTime());
    const certificate = await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: `01${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(15).toString('hex')}`,
        subject: `O=istio-multicluster-action, L=${clusterName.replace(/[,+="<>#;\\]/g, '-')}, CN=Intermediate CA`,
        issuer: root.certificate.subjectName,
        notBefore: new Date(now.getTime() - BACKDATE_MS),
        notAfter: new Date(notAfter),
        publicKey: pair.publicKey,
        signingKey,
        signingAlgorithm: signing.signature,
        extensions: [
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .BasicConstraintsExtension */ .WA(true, 0, true),
            new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsagesExtension */ .hy(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.keyCertSign | _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.cRLSign, true),
            await _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .SubjectKeyIdentifierExtension */ .QE.create(pair.publicKey),
            await authorityKeyId(root.certificate),
        ],
    });
    const caCert = `${certificate.toString('pem').trim()}\n`;
    const rootCert = `${root.certificate.toString('pem').trim()}\n`;
    const caKey = pem(await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
    return { caCert, caKey, rootCert, certChain: `${caCert}${rootCert}` };
}


/***/ }),

/***/ 43613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ readPemInput),
/* harmony export */   Ac: () => (/* binding */ keyMaskValues),
/* harmony export */   Cg: () => (/* binding */ caCertificateProblems),
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   WW: () => (/* binding */ parseCertificates),
/* harmony export */   dF: () => (/* binding */ describeCertificate),
/* harmony export */   er: () => (/* binding */ sameBytes),
/* harmony export */   hx: () => (/* binding */ publicKeyInfo)
/* harmony export */ });
/* unused harmony export pemBlocks */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44967);



const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const KEY_FORMATS = 'PKCS#1 ("RSA PRIVATE KEY"), PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY")';
function normalise(text) {
    return text.replace(/\r\n?/g, '\n').trim();
}
/** Decodes base64 that holds PEM text; undefined when the input is not that. */
function pemFromBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
        return undefined;
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    return decoded.includes('-----BEGIN ') ? decoded : undefined;
}
/**
 * An input holding PEM text, or base64 of PEM text (as secrets are often stored), as normalised PEM
 * ending in a newline. The problem never quotes the input: it may be a private key.
 */
function readPemInput(name, text) {
    const trimmed = normalise(text);
    const pem = trimmed.includes('-----BEGIN ') ? trimmed : pemFromBase64(trimmed);
    if (pem === undefined || pemBlocks(pem).length === 0) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`input ${name} is neither PEM nor base64 of PEM: paste the whole file including its "-----BEGIN ...-----" line, e.g. ${name}: \${{ secrets.ISTIO_${name.toUpperCase().replace(/-/g, '_')} }}`);
    }
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedValue */ .X$)(`${normalise(pem)}\n`);
}
function pemBlocks(pem) {
    return [...pem.matchAll(PEM_BLOCK)].map((match) => ({ type: match[1] ?? '', text: `${match[0]}\n` }));
}
/** Certificates of a PEM text, in order; a problem for anything that is not a parsable certificate. */
function parseCertificates(name, pem) {
    const blocks = pemBlocks(pem);
    const others = blocks.filter((block) => block.type !== 'CERTIFICATE').map((block) => block.type);
    if (others.length > 0) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name} holds ${others.join(', ')} block(s) where only CERTIFICATE blocks belong: give the certificate file, not a key or request`);
    }
    const certificates = [];
    for (const [index, block] of blocks.entries()) {
        try {
            certificates.push(new _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .X509Certificate */ .yI(block.text));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name}: certificate ${index + 1} cannot be parsed (${reason}): give the PEM file as issued`);
        }
    }
    if (certificates.length === 0)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name} holds no certificate`);
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedValue */ .X$)(certificates);
}
/** The one private key of a PEM text. Problems never include the key or the parser's message. */
function parsePrivateKey(name, pem) {
    const blocks = pemBlocks(pem);
    if (blocks.some((block) => block.type === 'ENCRYPTED PRIVATE KEY') || /Proc-Type: 4,ENCRYPTED/.test(pem)) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name} is encrypted: Citadel reads an unencrypted key; decrypt it (openssl pkey -in key.pem) and store it as a secret`);
    }
    const keys = blocks.filter((block) => block.type.endsWith('PRIVATE KEY'));
    if (keys.length !== 1 || blocks.length !== 1) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name} must hold exactly one private key block, ${KEY_FORMATS}, found ${blocks.map((b) => b.type).join(', ') || 'none'}`);
    }
    try {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedValue */ .X$)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keys[0]?.text ?? ''));
    }
    catch {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblem */ .JT)(`${name} is not a readable private key: give an unencrypted ${KEY_FORMATS} PEM key`);
    }
}
/** DER SubjectPublicKeyInfo of a private key, comparable with a certificate's. */
function publicKeyInfo(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
}
function sameBytes(a, b) {
    return Buffer.from(a).equals(Buffer.from(b));
}
/** SHA-256 of a certificate's DER, as colon-separated hex (the form `openssl x509 -fingerprint` prints). */
function fingerprint(certificate) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.from(certificate.rawData)).digest('hex');
    return (hex.match(/../g) ?? []).join(':').toUpperCase();
}
/** Short description of a certificate for messages: subject and fingerprint prefix, never the body. */
function describeCertificate(certificate) {
    return `subject "${certificate.subject}", sha256 ${fingerprint(certificate).slice(0, 23)}`;
}
/**
 * The values to mask for a private key input: the raw input and its lines, the normalised PEM and
 * the body lines of each block, and the base64 forms (the raw input, and the PEM as a Secret's data
 * holds it). Lines shorter than 16 characters are left out: they are too short to reveal a key and
 * would mask unrelated log text.
 */
function keyMaskValues(raw, pem) {
    const values = new Set();
    const add = (value) => {
        const trimmed = value.trim();
        if (trimmed.length >= 16)
            values.add(trimmed);
    };
    for (const text of [raw, pem ?? '']) {
        add(text);
        for (const line of text.split(/\r?\n/))
            if (!line.startsWith('-----'))
                add(line);
    }
    if (pem !== undefined) {
        add(Buffer.from(pem, 'utf8').toString('base64'));
        add(Buffer.from(pem.trim(), 'utf8').toString('base64'));
    }
    return [...values];
}
/** Checks that a certificate is a CA, currently valid, and (when it has key usages) may sign certificates. */
function caCertificateProblems(name, certificate, now) {
    const problems = [];
    const what = `${name} (${describeCertificate(certificate)})`;
    const constraints = certificate.getExtension(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .BasicConstraintsExtension */ .WA);
    if (!constraints?.ca) {
        problems.push(`${what} is not a CA certificate (basicConstraints cA is not true): issue it with "basicConstraints = critical, CA:true"`);
    }
    const usages = certificate.getExtension(_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsagesExtension */ .hy);
    if (usages && (usages.usages & _x509_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.keyCertSign) === 0) {
        problems.push(`${what} has a key usage without keyCertSign, so it may not sign certificates: issue it with "keyUsage = critical, keyCertSign, cRLSign"`);
    }
    if (certificate.notAfter.getTime() <= now.getTime()) {
        problems.push(`${what} expired on ${certificate.notAfter.toISOString()}: issue a new certificate`);
    }
    else if (certificate.notBefore.getTime() > now.getTime()) {
        problems.push(`${what} is not valid before ${certificate.notBefore.toISOString()}: check the clock of the machine that issued it, or wait`);
    }
    return problems;
}


/***/ }),

/***/ 21106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* reexport safe */ _ca_pem_js__WEBPACK_IMPORTED_MODULE_1__.$e),
/* harmony export */   Ac: () => (/* reexport safe */ _ca_pem_js__WEBPACK_IMPORTED_MODULE_1__.Ac),
/* harmony export */   BV: () => (/* reexport safe */ _ca_generate_js__WEBPACK_IMPORTED_MODULE_2__.B),
/* harmony export */   Is: () => (/* binding */ differentRootProblems),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   Ss: () => (/* binding */ secretKeyNames),
/* harmony export */   h0: () => (/* binding */ CA_FILES),
/* harmony export */   rQ: () => (/* binding */ CA_FIELDS),
/* harmony export */   yZ: () => (/* binding */ checkCaMaterial)
/* harmony export */ });
/* unused harmony export chainProblems */
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2703);
/* harmony import */ var _ca_pem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43613);
/* harmony import */ var _ca_generate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65948);




/** The four files of Istio's plugged-in CA, as Citadel mounts them from the `cacerts` Secret. */
const CA_FIELDS = ['caCert', 'caKey', 'rootCert', 'certChain'];
const CA_FILES = {
    caCert: 'ca-cert.pem',
    caKey: 'ca-key.pem',
    rootCert: 'root-cert.pem',
    certChain: 'cert-chain.pem',
};
const INPUT_NAMES = {
    caCert: 'input ca-cert',
    caKey: 'input ca-key',
    rootCert: 'input root-cert',
    certChain: 'input cert-chain',
};
function secretKeyNames(where) {
    return {
        caCert: `${where} ${CA_FILES.caCert}`,
        caKey: `${where} ${CA_FILES.caKey}`,
        rootCert: `${where} ${CA_FILES.rootCert}`,
        certChain: `${where} ${CA_FILES.certChain}`,
    };
}
async function signedBy(certificate, issuer) {
    if (certificate.issuer !== issuer.subject)
        return false;
    try {
        return await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true });
    }
    catch {
        return false;
    }
}
/**
 * Walks from ca-cert to root-cert through cert-chain (used as a pool of intermediates, as Istio's own
 * check does), verifying each signature. Returns problems; none when the path reaches root-cert.
 */
async function chainProblems(names, caCert, chain, root) {
    const pool = [...chain, root];
    let current = caCert;
    for (let depth = 0; depth <= pool.length; depth++) {
        if ((0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(current.rawData, root.rawData))
            return [];
        const issuer = await findIssuer(current, pool);
        if (issuer === 'bad-signature') {
            return [
                `the signature of ${(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCertificate */ .dF)(current)} does not verify with the key of its issuer "${current.issuer}" in ${names.certChain}/${names.rootCert}: the chain was issued by a different key; rebuild ${names.certChain} from the issuing CA's files`,
            ];
        }
        if (issuer === undefined) {
            return [
                `${names.caCert} (${(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCertificate */ .dF)(caCert)}) does not chain to ${names.rootCert} (${(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCertificate */ .dF)(root)}): no certificate in ${names.certChain} or ${names.rootCert} issued "${current.subject}" (issuer "${current.issuer}"); give the root that issued it, and every intermediate in ${names.certChain}`,
            ];
        }
        if ((0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(issuer.rawData, root.rawData))
            return [];
        current = issuer;
    }
    return [
        `${names.certChain} loops without reaching ${names.rootCert}: give ca-cert, its intermediates and the root, in that order`,
    ];
}
async function findIssuer(certificate, pool) {
    const candidates = pool.filter((c) => c.subject === certificate.issuer && !(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(c.rawData, certificate.rawData));
    for (const candidate of candidates)
        if (await signedBy(certificate, candidate))
            return candidate;
    return candidates.length > 0 ? 'bad-signature' : undefined;
}
function keyProblems(names, keyPem, caCert) {
    const key = (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .QW)(names.caKey, keyPem);
    if (!key.ok)
        return [key.problem];
    if (caCert && !(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)((0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyInfo */ .hx)(key.value), caCert.publicKey.rawData)) {
        return [
            `${names.caKey} does not belong to ${names.caCert} (${(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCertificate */ .dF)(caCert)}): give the private key that was generated together with ca-cert`,
        ];
    }
    return [];
}
function one(name, pem) {
    const parsed = (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificates */ .WW)(name, pem);
    if (!parsed.ok)
        return { problems: [parsed.problem] };
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
function chainStartProblems(names, caCert, chain) {
    const first = chain[0];
    if (first && (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(first.rawData, caCert.rawData))
        return [];
    return [
        `${names.certChain} must begin with ca-cert (Citadel hands it to workloads as the chain above their certificates): build it as ca-cert, then any intermediates, then root-cert (cat ca-cert.pem root-cert.pem > cert-chain.pem)`,
    ];
}
/**
 * Validates one set of plugged-in CA files: each certificate parses, is a CA and is within its
 * validity period; the key matches ca-cert; ca-cert chains to root-cert through cert-chain.
 */
async function checkCaMaterial(material, names, now = new Date()) {
    const ca = one(names.caCert, material.caCert);
    const root = one(names.rootCert, material.rootCert);
    const chain = (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificates */ .WW)(names.certChain, material.certChain);
    const problems = [...ca.problems, ...root.problems, ...(chain.ok ? [] : [chain.problem])];
    if (ca.cert)
        problems.push(...(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .caCertificateProblems */ .Cg)(names.caCert, ca.cert, now));
    if (root.cert)
        problems.push(...(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .caCertificateProblems */ .Cg)(names.rootCert, root.cert, now));
    problems.push(...keyProblems(names, material.caKey, ca.cert));
    if (chain.ok) {
        for (const [index, certificate] of chain.value.entries()) {
            if (ca.cert && (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(certificate.rawData, ca.cert.rawData))
                continue;
            if (root.cert && (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .sameBytes */ .er)(certificate.rawData, root.cert.rawData))
                continue;
            problems.push(...(0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .caCertificateProblems */ .Cg)(`${names.certChain} certificate ${index + 1}`, certificate, now));
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
                    fingerprint: (0,_ca_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(root.cert),
                    notAfter: root.cert.notAfter,
                },
            }
            : {}),
        ...(ca.cert ? { caNotAfter: ca.cert.notAfter } : {}),
    };
}
/** With several clusters, every chain must end at the same root, or workloads cannot verify each other. */
function differentRootProblems(roots) {
    const first = roots[0];
    if (!first)
        return [];
    const others = roots.filter((r) => r.root.fingerprint !== first.root.fingerprint);
    if (others.length === 0)
        return [];
    const describe = (r) => `${r.where}: "${r.root.subject}" (sha256 ${r.root.fingerprint.slice(0, 23)})`;
    return [
        `the clusters' CAs do not share one root, so their workloads cannot verify each other: ${[first, ...others].map(describe).join('; ')}. Fix: issue every cluster's CA from the same root-cert`,
    ];
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z$: () => (/* reexport */ x509_cjs/* AuthorityKeyIdentifierExtension */.Z$),
  WA: () => (/* reexport */ x509_cjs/* BasicConstraintsExtension */.WA),
  Ob: () => (/* reexport */ x509_cjs/* KeyUsageFlags */.Ob),
  hy: () => (/* reexport */ x509_cjs/* KeyUsagesExtension */.hy),
  QE: () => (/* reexport */ x509_cjs/* SubjectKeyIdentifierExtension */.QE),
  yI: () => (/* reexport */ x509_cjs/* X509Certificate */.yI),
  Jy: () => (/* reexport */ x509_cjs/* X509CertificateGenerator */.Jy)
});

// UNUSED EXPORTS: AlgorithmProvider, AsnData, AsnDefaultSignatureFormatter, AsnEcSignatureFormatter, Attribute, AttributeFactory, AuthorityInfoAccessExtension, CRLDistributionPointsExtension, CertificatePolicyExtension, ChallengePasswordAttribute, CryptoProvider, DN, DNS, DefaultAlgorithmSerializer, EMAIL, EcAlgorithm, EdAlgorithm, ExtendedKeyUsage, ExtendedKeyUsageExtension, Extension, ExtensionFactory, ExtensionsAttribute, GUID, GeneralName, GeneralNames, IP, IssuerAlternativeNameExtension, MlDsaAlgorithm, Name, NameIdentifier, OidSerializer, PemConverter, PemData, Pkcs10CertificateRequest, Pkcs10CertificateRequestGenerator, PublicKey, REGISTERED_ID, RsaAlgorithm, ShaAlgorithm, SlhDsaAlgorithm, SubjectAlternativeNameExtension, TextConverter, TextObject, UPN, URL, X509Certificates, X509ChainBuilder, X509Crl, X509CrlEntry, X509CrlGenerator, X509CrlReason, cryptoProvider, diAlgorithm, diAlgorithmProvider, diAsnSignatureFormatter, idEd25519, idEd448, idX25519, idX448

;// CONCATENATED MODULE: ./src/istio/reflect-metadata.ts
const store = new WeakMap();
function own(target) {
    return store.get(target);
}
function getOwnMetadata(key, target) {
    return own(target)?.get(key);
}
function getMetadata(key, target) {
    for (let current = target; current; current = Object.getPrototypeOf(current)) {
        const found = own(current);
        if (found?.has(key))
            return found.get(key);
    }
    return undefined;
}
function defineMetadata(key, value, target) {
    const map = own(target) ?? new Map();
    map.set(key, value);
    store.set(target, map);
}
const reflect = Reflect;
if (typeof reflect.getMetadata !== 'function') {
    Object.assign(reflect, { getMetadata, getOwnMetadata, defineMetadata });
}


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/istio/x509.ts
// @peculiar/x509, loaded after the Reflect metadata shim it needs and set to Node's WebCrypto (the
// same on every supported Node version). Import X.509 types and functions from here, never directly.



x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);



/***/ }),

/***/ 89501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ deleteObjects),
/* harmony export */   eo: () => (/* binding */ listObjectsByLabel),
/* harmony export */   r3: () => (/* binding */ applyObjects),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   zh: () => (/* binding */ resolveObjects)
/* harmony export */ });
/* unused harmony export readObject */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _util_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59847);
/* harmony import */ var _kubectl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49283);




const FIELD_MANAGER = 'istio-multicluster-action';
/** KubernetesObjectApi with discovery made public, so kinds can be checked before anything is written. */
class ObjectApi extends _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y {
    async findResource(apiVersion, kind) {
        try {
            return await this.resource(apiVersion, kind);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
}
/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap();
function objectApi(cluster) {
    let api = objectApis.get(cluster);
    if (!api) {
        api = cluster.config.makeApiClient(ObjectApi);
        objectApis.set(cluster, api);
    }
    return api;
}
/**
 * Resolves every object's kind on the cluster and fills in the namespace of namespaced objects.
 * Throws before any write when a kind is not served (missing CRDs), so nothing is half-applied.
 */
async function resolveObjects(cluster, objects, namespace) {
    const api = objectApi(cluster);
    const missing = [];
    const resolved = [];
    for (const object of objects) {
        const resource = await api.findResource(object.apiVersion, object.kind);
        if (!resource) {
            missing.push(`${object.kind} (${object.apiVersion}) ${object.metadata.name}`);
            continue;
        }
        const metadata = { ...object.metadata };
        if (resource.namespaced)
            metadata.namespace = metadata.namespace ?? namespace;
        else
            delete metadata.namespace;
        resolved.push({ ...object, metadata });
    }
    if (missing.length > 0) {
        throw new Error(`the cluster does not serve these kinds (their CRDs are not installed): ${missing.join(', ')}`);
    }
    return resolved;
}
/** The object as the cluster has it, or undefined when it does not exist. */
async function readObject(cluster, object) {
    try {
        return await objectApi(cluster).read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
async function readVersion(api, object) {
    try {
        const current = await api.read({
            apiVersion: object.apiVersion,
            kind: object.kind,
            metadata: { name: object.metadata.name, namespace: object.metadata.namespace },
        });
        return current.metadata?.resourceVersion ?? '';
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
function objectKey(object) {
    return `${object.kind ?? ''}/${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
/**
 * Server-side apply with a fixed field manager, through kubectl so every rendered field reaches the
 * API server as rendered. An object whose content is already as rendered keeps its resourceVersion,
 * which is how a second run proves it changed nothing.
 */
async function applyObjects(cluster, objects, options) {
    const api = objectApi(cluster);
    const ordered = (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForApply */ .oF)(objects);
    const versions = await Promise.all(ordered.map((object) => readVersion(api, object)));
    const before = new Map(ordered.map((object, index) => [objectKey(object), versions[index]]));
    let applied;
    try {
        applied = await (0,_kubectl_js__WEBPACK_IMPORTED_MODULE_3__/* .kubectlServerSideApply */ .pN)(ordered, {
            kubectlPath: options.kubectlPath,
            kubeconfigPath: cluster.kubeconfigPath,
            fieldManager: FIELD_MANAGER,
            dryRun: options.dryRun ?? false,
        });
    }
    catch (error) {
        const what = ordered.length === 1 && ordered[0] ? (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(ordered[0]) : `${ordered.length} objects`;
        throw new Error(`applying ${what} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
    }
    const after = new Map(applied.map((object) => [objectKey(object), object.metadata?.resourceVersion]));
    return ordered.map((object) => {
        const key = objectKey(object);
        const previous = before.get(key);
        const outcome = previous === undefined ? 'created' : previous === after.get(key) ? 'unchanged' : 'configured';
        return { object: (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), outcome };
    });
}
/** Deletes objects (dependents last-created first); objects already gone count as deleted. */
async function deleteObjects(cluster, objects) {
    const api = objectApi(cluster);
    const deleted = [];
    const absent = [];
    for (const object of (0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .sortForDelete */ .lR)(objects)) {
        try {
            await api.delete(object, undefined, undefined, undefined, undefined, 'Background');
            deleted.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                absent.push((0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object));
            else
                throw new Error(`deleting ${(0,_util_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)} failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { cause: error });
        }
    }
    return { deleted, absent };
}
async function listKind(api, kind, namespace, selector) {
    const objects = [];
    let continueToken;
    do {
        const page = await api.list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, selector, 500, continueToken);
        for (const item of page.items) {
            const metadata = item.metadata ?? {};
            if (!metadata.name)
                continue;
            objects.push({
                ...item,
                apiVersion: kind.apiVersion,
                kind: kind.kind,
                metadata: { ...metadata, name: metadata.name },
            });
        }
        continueToken = page.metadata?._continue || undefined;
    } while (continueToken);
    return objects;
}
/**
 * Every object matching a label selector among the given kinds: namespaced kinds in `namespace`,
 * cluster-scoped kinds cluster-wide. Kinds the cluster does not serve are skipped and returned.
 */
async function listObjectsByLabel(cluster, kinds, selector, namespace) {
    const api = objectApi(cluster);
    const objects = [];
    const unserved = [];
    for (const kind of kinds) {
        const resource = await api.findResource(kind.apiVersion, kind.kind);
        if (!resource) {
            unserved.push(kind);
            continue;
        }
        try {
            objects.push(...(await listKind(api, kind, resource.namespaced ? namespace : undefined, selector)));
        }
        catch (error) {
            throw new Error(`listing ${kind.kind} (${kind.apiVersion}) failed: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, {
                cause: error,
            });
        }
    }
    return { objects, unserved };
}


/***/ }),

/***/ 49283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pN: () => (/* binding */ kubectlServerSideApply),
/* harmony export */   x2: () => (/* binding */ kubectlGetObjects)
/* harmony export */ });
/* unused harmony export parseKubectlJson */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41955);

/**
 * `kubectl apply --server-side` of JSON documents given on stdin. kubectl sends each object as the
 * manifest has it, so no field is lost on the way (client-node's typed models drop
 * x-kubernetes-int-or-string and similar, kubernetes-client/javascript#2483). Values are passed as
 * --option=value, never as bare arguments, so none can be read as a flag.
 */
async function kubectlServerSideApply(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'apply',
        '--server-side',
        `--field-manager=${options.fieldManager}`,
        '--force-conflicts',
        '--output=json',
        '--filename=-',
        ...(options.dryRun ? ['--dry-run=server'] : []),
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl apply --server-side failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/**
 * The live objects named by `documents` (one `kubectl get --filename=-`), as the API server returns
 * them: untyped JSON, so no field is renamed on the way. Objects that do not exist are left out.
 */
async function kubectlGetObjects(documents, options) {
    if (documents.length === 0)
        return [];
    const args = [
        `--kubeconfig=${options.kubeconfigPath}`,
        'get',
        '--ignore-not-found',
        '--output=json',
        '--filename=-',
    ];
    const input = Buffer.from(documents.map((d) => JSON.stringify(d)).join('\n'), 'utf8');
    const result = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H(options.kubectlPath, args, {
        input,
        silent: true,
        ignoreReturnCode: true,
    });
    if (result.exitCode !== 0) {
        throw new Error(`kubectl get failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return parseKubectlJson(result.stdout);
}
/** kubectl -o json prints one object for one document and a List for several. */
function parseKubectlJson(stdout) {
    const text = stdout.trim();
    if (text === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`kubectl printed output that is not JSON: ${text.slice(0, 200)}`, { cause: error });
    }
    const object = parsed;
    if (object.kind === 'List' && Array.isArray(object.items))
        return object.items;
    return [object];
}


/***/ }),

/***/ 15735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   l: () => (/* binding */ MANAGED_BY_LABEL)
/* harmony export */ });
/** How the action marks what it creates in a cluster, so that it only ever touches its own objects. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'istio-multicluster-action';


/***/ }),

/***/ 62541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ LABEL_FIELD_MANAGER),
/* harmony export */   Gv: () => (/* binding */ ensureNamespace),
/* harmony export */   QN: () => (/* binding */ annotateNamespace),
/* harmony export */   UN: () => (/* binding */ labelNamespace),
/* harmony export */   _5: () => (/* binding */ deleteNamespaceIfCreated),
/* harmony export */   fq: () => (/* binding */ appliedFields),
/* harmony export */   mN: () => (/* binding */ releaseNamespaceLabels),
/* harmony export */   oZ: () => (/* binding */ readNamespace)
/* harmony export */ });
/* unused harmony export CREATED_NAMESPACE_LABEL */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27853);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31934);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89501);
/* harmony import */ var _marks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15735);




/** Marks namespaces this action created, so uninstall removes only those. */
const CREATED_NAMESPACE_LABEL = 'istio-multicluster-action/created';
/** Namespace labels are owned by their own field manager, so uninstall can take back exactly those labels. */
const LABEL_FIELD_MANAGER = `${_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy}-injection`;
async function readNamespace(cluster, name) {
    try {
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).readNamespace({ name });
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function ensureNamespace(cluster, name, extraLabels = {}) {
    if (await readNamespace(cluster, name))
        return 'exists';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).createNamespace({
        body: {
            metadata: {
                name,
                labels: { [_marks_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_LABEL */ .l]: _marks_js__WEBPACK_IMPORTED_MODULE_3__/* .MANAGED_BY_VALUE */ .Q, [CREATED_NAMESPACE_LABEL]: 'true', ...extraLabels },
            },
        },
    });
    return 'created';
}
/** Labels a namespace, creating it when missing; no write when it already carries the label. */
async function labelNamespace(cluster, name, label) {
    const current = await readNamespace(cluster, name);
    if (!current) {
        // Created first, then labelled through the label field manager, so uninstall can take the label back.
        await ensureNamespace(cluster, name);
        await applyLabels(cluster, name, { [label.key]: label.value });
        return 'created-labelled';
    }
    if (current.metadata?.labels?.[label.key] === label.value)
        return 'already-labelled';
    await applyLabels(cluster, name, { [label.key]: label.value });
    return 'labelled';
}
/** Gives up this action's ownership of the labels it set; a label goes unless another manager set it. */
async function releaseNamespaceLabels(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    const ownsLabel = (current.metadata?.managedFields ?? []).some((field) => field.manager === LABEL_FIELD_MANAGER);
    if (!ownsLabel)
        return 'absent';
    await applyLabels(cluster, name, {});
    return 'unlabelled';
}
async function applyLabels(cluster, name, labels) {
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }, undefined, undefined, LABEL_FIELD_MANAGER, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/** Deletes a namespace only when this action created it. */
async function deleteNamespaceIfCreated(cluster, name) {
    const current = await readNamespace(cluster, name);
    if (!current)
        return 'absent';
    if (current.metadata?.labels?.[CREATED_NAMESPACE_LABEL] !== 'true')
        return 'kept';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .coreApi */ .kg)(cluster).deleteNamespace({ name });
    return 'deleted';
}
/** Sets annotations on a namespace (creating it when missing) through this action's field manager. */
async function annotateNamespace(cluster, name, annotations) {
    await ensureNamespace(cluster, name);
    const current = await readNamespace(cluster, name);
    const existing = current?.metadata?.annotations ?? {};
    if (Object.entries(annotations).every(([k, v]) => existing[k] === v))
        return;
    const api = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(cluster.config);
    await api.patch({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, annotations } }, undefined, undefined, _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_MANAGER */ .vy, true, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply);
}
/**
 * The fields under `path` (e.g. f:metadata, f:labels) that a field manager applied, read from
 * managedFields. An entry can outlive its fields (an empty apply leaves `f:labels: {}`), so
 * ownership is the presence of the field, not of the manager's entry.
 */
function appliedFields(object, manager, path) {
    const fields = new Set();
    for (const entry of object?.metadata?.managedFields ?? []) {
        if (entry.manager !== manager || entry.operation !== 'Apply')
            continue;
        let node = entry.fieldsV1;
        for (const key of path)
            node = isRecord(node) ? node[key] : undefined;
        if (isRecord(node))
            for (const key of Object.keys(node))
                if (key !== '.')
                    fields.add(key);
    }
    return [...fields].sort();
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 33048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   Fu: () => (/* binding */ rollBack),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   dE: () => (/* binding */ CACERTS_SECRET),
/* harmony export */   pD: () => (/* binding */ writePlan)
/* harmony export */ });
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31934);
/* harmony import */ var _kube_namespaces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62541);
/* harmony import */ var _istio_ca_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21106);
/* harmony import */ var _kube_marks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15735);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);





/** Writing the planned `cacerts` Secrets cluster by cluster, and rolling them back when a write fails. */
const CACERTS_SECRET = 'cacerts';
const STAGE = 'cacerts';
function sameContent(a, b) {
    return _istio_ca_js__WEBPACK_IMPORTED_MODULE_2__/* .CA_FIELDS */ .rQ.every((field) => a[field].trim() === b[field].trim());
}
function where(cluster) {
    return `cluster "${cluster.name}":`;
}
function secretBody(input, material, existing) {
    const metadata = existing?.secret.metadata ?? {};
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: {
            ...metadata,
            name: CACERTS_SECRET,
            namespace: input.namespace,
            labels: { ...metadata.labels, [_kube_marks_js__WEBPACK_IMPORTED_MODULE_4__/* .MANAGED_BY_LABEL */ .l]: _kube_marks_js__WEBPACK_IMPORTED_MODULE_4__/* .MANAGED_BY_VALUE */ .Q },
        },
        data: Object.fromEntries(_istio_ca_js__WEBPACK_IMPORTED_MODULE_2__/* .CA_FIELDS */ .rQ.map((field) => [_istio_ca_js__WEBPACK_IMPORTED_MODULE_2__/* .CA_FILES */ .h0[field], Buffer.from(material[field], 'utf8').toString('base64')])),
    };
}
async function writePlan(input, plan, written) {
    const { existing, cluster } = plan;
    if (existing && sameContent(existing.material, plan.material))
        return 'unchanged';
    if (input.dryRun)
        return existing ? 'would-update' : 'would-create';
    const api = (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .coreApi */ .kg)(cluster);
    const body = secretBody(input, plan.material, existing);
    try {
        if (!existing) {
            const createdNamespace = (await (0,_kube_namespaces_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureNamespace */ .Gv)(cluster, input.namespace)) === 'created';
            const created = await api.createNamespacedSecret({ namespace: input.namespace, body });
            written.push({ plan, createdNamespace, version: created.metadata?.resourceVersion });
            return 'created';
        }
        const replaced = await api.replaceNamespacedSecret({
            name: CACERTS_SECRET,
            namespace: input.namespace,
            body,
        });
        written.push({ plan, createdNamespace: false, version: replaced.metadata?.resourceVersion });
        return 'updated';
    }
    catch (error) {
        throw new Error(`[${STAGE}] ${where(cluster)} writing secret ${input.namespace}/${CACERTS_SECRET} failed: ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}`, { cause: error });
    }
}
/** Undoes one write: deletes the Secret it created (and the namespace it created), or puts back the one it replaced. */
async function undo(input, write) {
    const api = (0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .coreApi */ .kg)(write.plan.cluster);
    const namespace = input.namespace;
    const previous = write.plan.existing?.secret;
    if (previous === undefined) {
        await api.deleteNamespacedSecret({
            name: CACERTS_SECRET,
            namespace,
            body: { preconditions: { resourceVersion: write.version } },
        });
        if (write.createdNamespace)
            await api.deleteNamespace({ name: namespace });
        return;
    }
    const { managedFields, ...metadata } = previous.metadata ?? {};
    void managedFields;
    await api.replaceNamespacedSecret({
        name: CACERTS_SECRET,
        namespace,
        body: { ...previous, metadata: { ...metadata, resourceVersion: write.version } },
    });
}
/**
 * After a failed write, every cluster already written goes back to what it had: all clusters get the
 * new CA or none. A rollback that fails is named with the command that finishes it.
 */
async function rollBack(input, written, failure) {
    const left = [];
    for (const write of [...written].reverse()) {
        try {
            await undo(input, write);
        }
        catch (error) {
            left.push(`cluster "${write.plan.cluster.name}": ${(0,_kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiMessage */ .SX)(error)}`);
        }
    }
    const names = written.map((w) => `"${w.plan.cluster.name}"`).join(', ');
    const undone = written.length === 0 ? 'no cluster had been written' : `rolled back on ${names}`;
    const fix = left.length === 0
        ? 'Every cluster has the cacerts secret it had before the run. Fix: give the kubeconfig of the failing cluster create and update on secrets in the Istio namespace, then run again.'
        : `Rolling back failed on ${left.join('; ')}: that cluster keeps the new CA. Fix: restore it by hand (kubectl -n ${input.namespace} delete secret ${CACERTS_SECRET}, or re-apply the previous one), then run again.`;
    throw new Error(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(failure)}; ${undone}. ${fix}`, { cause: failure });
}


/***/ }),

/***/ 59847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ defaultNamespace),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   lR: () => (/* binding */ sortForDelete),
/* harmony export */   oF: () => (/* binding */ sortForApply),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/** Parses multi-document YAML (helm template output) into objects, dropping empty documents and Lists' wrappers. */
function parseManifest(text) {
    const objects = [];
    for (const doc of js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text)) {
        if (doc === null || doc === undefined)
            continue;
        collect(doc, objects);
    }
    return objects;
}
function collect(doc, into) {
    if (typeof doc !== 'object' || doc === null)
        throw new Error('manifest document is not an object');
    const object = doc;
    if (object.kind?.endsWith('List') && Array.isArray(object.items)) {
        for (const item of object.items)
            collect(item, into);
        return;
    }
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
        throw new Error(`manifest object lacks apiVersion, kind or metadata.name: ${JSON.stringify(doc).slice(0, 120)}`);
    }
    into.push(object);
}
function describeObject(object) {
    const ns = object.metadata?.namespace ? `${object.metadata.namespace}/` : '';
    return `${object.kind} ${ns}${object.metadata?.name ?? '?'}`;
}
/** Objects others depend on first: namespaces and RBAC before workloads, webhooks last. */
const APPLY_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'Service',
    'Endpoints',
    'EndpointSlice',
    'Deployment',
    'DaemonSet',
    'StatefulSet',
    'Job',
];
const LAST = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];
function rank(kind) {
    const early = APPLY_ORDER.indexOf(kind);
    if (early >= 0)
        return early;
    const late = LAST.indexOf(kind);
    return late >= 0 ? APPLY_ORDER.length + 1 + late : APPLY_ORDER.length;
}
function sortForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.index - b.index)
        .map(({ object }) => object);
}
function sortForDelete(objects) {
    return sortForApply(objects).reverse();
}
/** The objects with namespace `default` where they name none (as kubectl apply would place them). */
function defaultNamespace(objects) {
    return objects.map((o) => ({
        ...o,
        metadata: { ...o.metadata, namespace: o.metadata.namespace ?? 'default' },
    }));
}


/***/ })

};
