import { describe, expect, it } from 'vitest';
import { indexedChart, parseChartDigests, parseChartIndex } from '../../../src/tools/chart-index.js';

const DIGEST = 'a'.repeat(64);
const INDEX = `
apiVersion: v1
entries:
  istiod:
    - version: 1.30.1
      urls: [istiod-1.30.1.tgz]
      digest: ${'B'.repeat(64)}
    - version: 1.31.0-beta.1
      urls: [https://charts.example.com/istiod-1.31.0-beta.1.tgz]
    - version: 1.30.2
      urls: [https://cdn.example.com/istiod-1.30.2.tgz]
  base:
    - version: 1.30.1
      urls: [http://charts.example.com/base-1.30.1.tgz]
  gateway:
    - version: 1.30.1
      urls: [http://127.0.0.1:8080/gateway-1.30.1.tgz]
  ztunnel:
    - version: 1.30.1
`;

function entries() {
  const parsed = parseChartIndex(INDEX);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

describe('chart repository index', () => {
  it('parseChartIndex() - refuses what is not a Helm repository index', () => {
    expect(parseChartIndex('just: text')).toEqual({
      ok: false,
      problem: expect.stringMatching(/no entries map/),
    });
    expect(parseChartIndex('entries: [1')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not YAML/),
    });
  });

  it('indexedChart() - a relative URL resolves against the repository, and the index digest is kept', () => {
    expect(indexedChart(entries(), 'https://charts.example.com/istio', 'istiod', '1.30.1')).toEqual({
      ok: true,
      value: {
        name: 'istiod',
        version: '1.30.1',
        url: 'https://charts.example.com/istio/istiod-1.30.1.tgz',
        indexDigest: 'b'.repeat(64),
      },
    });
  });

  it('indexedChart() - without a version, the newest stable one (a pre-release is not picked)', () => {
    const found = indexedChart(entries(), 'https://charts.example.com', 'istiod', undefined);
    expect(found).toMatchObject({ ok: true, value: { version: '1.30.2', indexDigest: undefined } });
    expect(indexedChart(entries(), 'https://charts.example.com', 'istiod', 'v1.30.2')).toMatchObject({
      ok: true,
      value: { url: 'https://cdn.example.com/istiod-1.30.2.tgz' },
    });
  });

  it('indexedChart() - an http chart URL is refused naming it; loopback http passes', () => {
    expect(indexedChart(entries(), 'https://charts.example.com', 'base', '1.30.1')).toEqual({
      ok: false,
      problem:
        'lists base at http://charts.example.com/base-1.30.1.tgz, which is not https (plain http is accepted only for a loopback host)',
    });
    expect(indexedChart(entries(), 'https://charts.example.com', 'gateway', '1.30.1')).toMatchObject({
      ok: true,
    });
  });

  it('indexedChart() - an absent chart or version is undefined; an entry without URLs is a problem', () => {
    expect(indexedChart(entries(), 'https://r', 'cni', undefined)).toEqual({ ok: true, value: undefined });
    expect(indexedChart(entries(), 'https://r', 'istiod', '1.29.0')).toEqual({ ok: true, value: undefined });
    expect(indexedChart(entries(), 'https://r', 'ztunnel', '1.30.1')).toEqual({
      ok: false,
      problem: 'lists ztunnel 1.30.1 without a URL',
    });
  });
});

describe('chart-digest', () => {
  it('parseChartDigests() - <chart>=<sha256> lines, sha256: prefix and upper case accepted', () => {
    const { digests, problems } = parseChartDigests(
      `# pins\nbase=${DIGEST}\nistiod = sha256:${DIGEST.toUpperCase()}\n`,
    );
    expect(problems).toEqual([]);
    expect([...digests]).toEqual([
      ['base', DIGEST],
      ['istiod', DIGEST],
    ]);
  });

  it('parseChartDigests() - every bad line is named, and a chart pinned twice', () => {
    const { problems } = parseChartDigests(
      `istiod=${DIGEST}\nistiod=${DIGEST}\nbase=abc\n${DIGEST}\n--set=${DIGEST}`,
    );
    expect(problems).toEqual([
      'chart-digest pins istiod twice: keep one line for it',
      expect.stringContaining('chart-digest line "base=abc" is not <chart>=<sha256>'),
      expect.stringContaining(`chart-digest line "${DIGEST}" is not <chart>=<sha256>`),
      expect.stringContaining(`chart-digest line "--set=${DIGEST}" is not`),
    ]);
  });
});
