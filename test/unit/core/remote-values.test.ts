import { describe, expect, it } from 'vitest';
import { parseExtraValues, remoteChartValues } from '../../../src/istio/remote-values.js';

describe('istio-remote values', () => {
  it('remoteChartValues() - maps every captured address as the seed table says, bare addresses', () => {
    const values = remoteChartValues({
      addresses: {
        pilot: '10.10.0.5',
        policy: '10.10.0.6',
        telemetry: '10.10.0.7',
        statsd: '10.10.0.8',
        zipkin: '10.10.0.9',
      },
      sidecarInjector: true,
      extraValues: [],
    });
    expect(Object.fromEntries(values)).toEqual({
      'global.remotePilotAddress': '10.10.0.5',
      'global.remotePolicyAddress': '10.10.0.6',
      'global.remoteTelemetryAddress': '10.10.0.7',
      'global.proxy.envoyStatsd.enabled': 'true',
      'global.proxy.envoyStatsd.host': '10.10.0.8',
      'global.proxy.envoyStatsd.port': '9125',
      'global.remoteZipkinAddress': '10.10.0.9',
      'sidecarInjectorWebhook.enabled': 'true',
    });
  });

  it('remoteChartValues() - 1.0.3+: no statsd and no tracing leaves them out', () => {
    const values = Object.fromEntries(
      remoteChartValues({
        addresses: { pilot: '10.10.0.5' },
        sidecarInjector: false,
        extraValues: [['global.hub', 'x']],
      }),
    );
    expect(values['global.proxy.envoyStatsd.enabled']).toBe('false');
    expect(values).not.toHaveProperty('global.proxy.envoyStatsd.host');
    expect(values).not.toHaveProperty('global.remoteZipkinAddress');
    expect(values['sidecarInjectorWebhook.enabled']).toBe('false');
    expect(values['global.hub']).toBe('x');
  });

  it('remoteChartValues() - refuses to render without pilot', () => {
    expect(() => remoteChartValues({ addresses: {}, sidecarInjector: true, extraValues: [] })).toThrow(
      /pilot/,
    );
  });

  it('parseExtraValues() - reads key=value lines, reports bad lines with their number', () => {
    const parsed = parseExtraValues('# comment\nglobal.hub=docker.io/istio\n\nbroken\nglobal.tag = 1.0.6');
    expect(parsed.values).toEqual([
      ['global.hub', 'docker.io/istio'],
      ['global.tag', '1.0.6'],
    ]);
    expect(parsed.problems).toEqual([expect.stringMatching(/line 4 "broken"/)]);
  });
});
