// @peculiar/x509, loaded after the Reflect metadata shim it needs and set to Node's WebCrypto (the
// same on every supported Node version). Import X.509 types and functions from here, never directly.
import './reflect-metadata.js';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export * from '@peculiar/x509';
