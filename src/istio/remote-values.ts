import { STATSD_PORT, type ControlPlaneAddresses } from './components.js';

export interface RemoteValuesOptions {
  readonly addresses: ControlPlaneAddresses;
  readonly sidecarInjector: boolean;
  /** Extra `key=value` settings from the `values` input, applied last so users can override. */
  readonly extraValues: readonly (readonly [string, string])[];
}

/**
 * Maps control-plane addresses to istio-remote chart values, following the seed's values table and
 * the pitfalls: statsd only when its pod exists (with port 9125, blank since 1.0.3), zipkin only
 * when tracing runs, addresses bare because the chart appends the ports.
 */
export function remoteChartValues(options: RemoteValuesOptions): [string, string][] {
  const { addresses } = options;
  if (!addresses.pilot) throw new Error('the pilot address is required to render istio-remote');
  const values: [string, string][] = [['global.remotePilotAddress', addresses.pilot]];
  if (addresses.policy) values.push(['global.remotePolicyAddress', addresses.policy]);
  if (addresses.telemetry) values.push(['global.remoteTelemetryAddress', addresses.telemetry]);
  if (addresses.statsd) {
    values.push(['global.proxy.envoyStatsd.enabled', 'true']);
    values.push(['global.proxy.envoyStatsd.host', addresses.statsd]);
    values.push(['global.proxy.envoyStatsd.port', String(STATSD_PORT)]);
  } else {
    values.push(['global.proxy.envoyStatsd.enabled', 'false']);
  }
  if (addresses.zipkin) values.push(['global.remoteZipkinAddress', addresses.zipkin]);
  values.push(['sidecarInjectorWebhook.enabled', String(options.sidecarInjector)]);
  values.push(...options.extraValues.map(([key, value]): [string, string] => [key, value]));
  return values;
}

/** Parses the `values` input: one `key=value` per line; blank lines and `#` comments ignored. */
export function parseExtraValues(text: string): { values: [string, string][]; problems: string[] } {
  const values: [string, string][] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      problems.push(
        `values line ${index + 1} "${line}" is not key=value (example: global.hub=docker.io/istio)`,
      );
      return;
    }
    values.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
  });
  return { values, problems };
}
