import { describe, expect, it } from 'vitest';
import { chartInputProblems, type ChartInputs } from '../../../src/steps/chart-inputs.js';

const DIGEST = 'c'.repeat(64);
const none: ChartInputs = {
  chart: '',
  istioVersion: '',
  repository: '',
  chartVersion: '',
  chartDigest: '',
  chartKeyring: '',
  istioSha256: '',
};

describe('chart provenance inputs', () => {
  it('chartInputProblems() - chart-digest and chart-keyring with chart-repository pass', () => {
    expect(
      chartInputProblems({
        ...none,
        repository: 'https://charts.example.com',
        chartDigest: `base=${DIGEST}\nistiod=${DIGEST}`,
        chartKeyring: 'keys/pubring.gpg',
      }),
    ).toEqual([]);
  });

  it('chartInputProblems() - chart-digest and chart-keyring without chart-repository are refused with their fix', () => {
    expect(
      chartInputProblems({
        ...none,
        chart: 'charts',
        chartDigest: `istiod=${DIGEST}`,
        chartKeyring: 'k.gpg',
      }),
    ).toEqual([
      'chart-digest pins charts of chart-repository only: set chart-repository, or drop chart-digest',
      'chart-keyring verifies charts of chart-repository only: set chart-repository, or drop chart-keyring',
    ]);
  });

  it('chartInputProblems() - istio-sha256 needs istio-version and 64 hexadecimal characters', () => {
    expect(
      chartInputProblems({ ...none, istioVersion: '1.30.1', istioSha256: DIGEST.toUpperCase() }),
    ).toEqual([]);
    expect(chartInputProblems({ ...none, chart: 'charts', istioSha256: 'abc' })).toEqual([
      'istio-sha256 pins the archive of istio-version: set istio-version, or drop istio-sha256',
      "istio-sha256 is not a SHA-256: give the 64 hexadecimal characters of the release's published .sha256 file",
    ]);
  });

  it('chartInputProblems() - a malformed chart-digest line is named', () => {
    expect(
      chartInputProblems({ ...none, repository: 'https://charts.example.com', chartDigest: 'istiod' }),
    ).toEqual([expect.stringContaining('chart-digest line "istiod" is not <chart>=<sha256>')]);
  });
});
