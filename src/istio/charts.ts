/** The charts each profile installs on a remote, by their names in Istio's chart repository. */
export type ChartName = 'base' | 'istiod' | 'istio-remote' | 'gateway' | 'istio-cni' | 'ztunnel';

export const CHART_NAMES: readonly ChartName[] = [
  'base',
  'istiod',
  'istio-remote',
  'gateway',
  'istio-cni',
  'ztunnel',
];

/** The names the charts have in Istio's Helm repository where they differ from their directories. */
const REPOSITORY_NAMES: Partial<Record<ChartName, string>> = { 'istio-cni': 'cni' };

/** The chart's name in Istio's Helm repository (`cni` for istio-cni). */
export function repositoryChartName(name: ChartName): string {
  return REPOSITORY_NAMES[name] ?? name;
}

/** Where a chart comes from, as helm takes it: a directory, or a name in a chart repository. */
export interface ChartLocation {
  readonly chart: string;
  readonly repo?: string;
  readonly version?: string;
}

/**
 * Where the remote charts come from: chart directories on the runner (a `chart` input or an unpacked
 * release), or a Helm chart repository (`chart-repository` and `chart-version`).
 */
export type ChartSource =
  | { readonly kind: 'directory'; readonly charts: Readonly<Partial<Record<ChartName, string>>> }
  | { readonly kind: 'repository'; readonly url: string; readonly version: string | undefined };

export function chartLocation(source: ChartSource, name: ChartName): ChartLocation {
  if (source.kind === 'repository') {
    const chart = repositoryChartName(name);
    return source.version === undefined
      ? { chart, repo: source.url }
      : { chart, repo: source.url, version: source.version };
  }
  const path = source.charts[name];
  if (!path)
    throw new Error(
      `no ${name} chart in the chart source (a chart directory must hold it beside base and istiod, as a release's manifests/charts does; ` +
        `with chart-repository, the repository must have it and chart-digest, when set, must pin it as ${repositoryChartName(name)}=<sha256>)`,
    );
  return { chart: path };
}

/**
 * Where a current Istio chart directory layout keeps each chart, relative to the directory given:
 * a release's `manifests/charts` (istiod under istio-control/istio-discovery), the release root
 * itself, or a directory holding `base` and `istiod` side by side.
 */
export const CURRENT_LAYOUTS: readonly Readonly<Record<'base' | 'istiod', string>>[] = [
  { base: 'base', istiod: 'istio-control/istio-discovery' },
  { base: 'manifests/charts/base', istiod: 'manifests/charts/istio-control/istio-discovery' },
  { base: 'base', istiod: 'istiod' },
];

/** Minor versions apart, e.g. 1.29.2 and 1.31.0 are 2 apart; undefined when either is not x.y[.z]. */
export function minorDistance(a: string, b: string): number | undefined {
  const parse = (v: string): [number, number] | undefined => {
    const match = /^v?(\d+)\.(\d+)/.exec(v.trim());
    return match ? [Number(match[1]), Number(match[2])] : undefined;
  };
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  if (x[0] !== y[0]) return Number.POSITIVE_INFINITY;
  return Math.abs(x[1] - y[1]);
}
