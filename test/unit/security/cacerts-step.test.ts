import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyLines, makeMaterial } from './fixtures.js';

/** Every call to @actions/core, in order, so the test can check masking happens before anything else. */
const calls: { readonly fn: string; readonly args: readonly unknown[] }[] = [];
const inputs = new Map<string, string>();
const stage = vi.fn();

vi.mock('@actions/core', () => {
  const record =
    (fn: string) =>
    (...args: unknown[]) => {
      calls.push({ fn, args });
    };
  return {
    getInput: (name: string) => inputs.get(name) ?? '',
    setSecret: record('setSecret'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    info: record('info'),
    warning: record('warning'),
    group: async (name: string, fn: () => Promise<unknown>) => {
      calls.push({ fn: 'group', args: [name] });
      return fn();
    },
  };
});
vi.mock('../../../src/steps/common.js', () => ({
  readMode: () => 'install',
  wiresRemotes: () => true,
  skippedFor: () => ({ outputs: {}, report: { did: [], skipped: 'not used' } }),
  readNamespace: () => 'istio-system',
  readClusters: () => ({ primary: { name: 'primary' }, remotes: [{ name: 'remote-1' }] }),
}));
vi.mock('../../../src/stages/cacerts/cacerts.js', () => ({ installCaCerts: stage }));

const { run } = await import('../../../src/steps/cacerts.js');

function output(name: string): unknown {
  return calls.find((c) => c.fn === 'setOutput' && c.args[0] === name)?.args[1];
}

function failure(): string {
  return String(calls.find((c) => c.fn === 'setFailed')?.args[0] ?? '');
}

describe('cacerts step', () => {
  beforeEach(() => {
    calls.length = 0;
    inputs.clear();
    stage.mockReset();
    stage.mockResolvedValue({
      root: { subject: 'CN=Test Root CA, O=test', fingerprint: 'AA:BB', notAfter: new Date() },
      clusters: [
        { cluster: 'primary', outcome: 'created', intermediate: 'given' },
        { cluster: 'remote-1', outcome: 'unchanged', intermediate: 'given' },
      ],
    });
  });

  it('run() - masks the key (base64 input, PEM, each body line) before any other core call', async () => {
    const { material } = await makeMaterial({ family: 'rsa', encoding: 'pkcs1' });
    inputs.set('ca-cert', material.caCert);
    inputs.set('ca-key', Buffer.from(material.caKey).toString('base64'));
    inputs.set('root-cert', material.rootCert);
    inputs.set('cert-chain', material.certChain);
    await run();
    const firstOther = calls.findIndex((c) => c.fn !== 'setSecret');
    const masked = calls.slice(0, firstOther).map((c) => String(c.args[0]));
    expect(masked).toContain(Buffer.from(material.caKey).toString('base64'));
    expect(masked).toContain(material.caKey.trim());
    for (const line of keyLines(material.caKey)) expect(masked).toContain(line);
    expect(failure()).toBe('');
    expect(stage).toHaveBeenCalledWith(
      expect.objectContaining({
        namespace: 'istio-system',
        dryRun: false,
        source: expect.objectContaining({ kind: 'shared' }),
      }),
    );
    expect(JSON.parse(String(output('cacerts-clusters')))).toEqual(['primary', 'remote-1']);
    expect(output('plugged-in-ca')).toBe('true');
  });

  it('run() - without CA inputs the step is skipped and reports no plugged-in CA', async () => {
    await run();
    expect(stage).not.toHaveBeenCalled();
    expect(output('cacerts-clusters')).toBe('[]');
    expect(output('plugged-in-ca')).toBe('false');
    expect(calls.some((c) => c.fn === 'info' && String(c.args[0]).includes('cacerts: skipped'))).toBe(true);
  });

  it('run() - mtls without a CA fails before touching any cluster', async () => {
    inputs.set('mtls', 'true');
    await run();
    expect(stage).not.toHaveBeenCalled();
    expect(failure()).toContain('mtls across clusters needs one shared root');
  });

  it('run() - incomplete inputs are refused together, naming what is missing', async () => {
    const { material } = await makeMaterial();
    inputs.set('ca-cert', material.caCert);
    inputs.set('root-key', material.caKey);
    await run();
    expect(stage).not.toHaveBeenCalled();
    expect(failure()).toContain('missing: ca-key, root-cert, cert-chain');
    expect(failure()).toContain('root-key is used only with generate-intermediate-cas: true');
    for (const line of keyLines(material.caKey)) expect(failure()).not.toContain(line);
  });

  it('run() - generate-intermediate-cas takes root-cert and root-key and refuses ca-cert', async () => {
    const { material, root } = await makeMaterial();
    inputs.set('generate-intermediate-cas', 'true');
    inputs.set('root-cert', material.rootCert);
    inputs.set('root-key', await root.keyPem('sec1'));
    await run();
    expect(stage).toHaveBeenCalledWith(
      expect.objectContaining({
        source: expect.objectContaining({ kind: 'generate', rootCert: material.rootCert }),
      }),
    );
    calls.length = 0;
    stage.mockClear();
    inputs.set('ca-cert', material.caCert);
    await run();
    expect(stage).not.toHaveBeenCalled();
    expect(failure()).toContain('remove ca-cert');
  });
});
