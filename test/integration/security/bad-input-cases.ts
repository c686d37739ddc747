// The cases of bad-inputs.test.ts: each a set of action inputs, the step that must refuse it before any
// write, and fragments its error must hold (the input or cluster, and the fix).
import yaml from 'js-yaml';
import { core, kubeconfigText, testbedInputs } from '../support/action.js';

export const REMOTES = ['remote-1', 'remote-2'];
/** Secrets written into the inputs on purpose, so the log scan can look for their bytes. */
export const FAKE_TOKEN = 'fake-token-5a0d3b1c9e7f4a2b8c6d0e1f3a5b7c9d';
export const URL_PASSWORD = 'url-pass-Q7xW2mZ9kP4vR8tY';
export const MIRROR_PASSWORD = 'mirror-pass-H3jK8lN2bV6cX1zM';

export interface BadInput {
  readonly name: string;
  readonly inputs: Record<string, string>;
  /** The step that refuses the inputs (its error starts with `[step]`). */
  readonly step: string;
  readonly message: readonly RegExp[];
  /** A workspace of the test's own instead of the repository. */
  readonly workspace?: 'symlinked';
  /** Puts something on a cluster before the "before" snapshot; returns its removal, run after "after". */
  readonly prepare?: () => Promise<() => Promise<void>>;
}

/** A user's own Secret in istio-system on the primary, named like a remote's registration would be. */
async function userSecret(name: string): Promise<() => Promise<void>> {
  const api = core('primary');
  await api.createNamespacedSecret({
    namespace: 'istio-system',
    body: { metadata: { name }, stringData: { password: 'the user keeps this' } },
  });
  return async () => {
    await api.deleteNamespacedSecret({ namespace: 'istio-system', name });
  };
}

interface KubeconfigShape {
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: Record<string, unknown> }[];
}

/** A testbed kubeconfig with `edit` applied to its only cluster and user. */
export function editedKubeconfig(
  cluster: string,
  edit: (cluster: Record<string, unknown>, user: { user: Record<string, unknown> }) => void,
): string {
  const config = yaml.load(kubeconfigText(cluster)) as KubeconfigShape;
  const [entry] = config.clusters;
  const [user] = config.users;
  if (!entry || !user) throw new Error(`testbed kubeconfig of ${cluster} has no cluster or user`);
  edit(entry.cluster, user);
  return yaml.dump(config);
}

const withServer = (cluster: string, server: (url: URL) => string): string =>
  editedKubeconfig(cluster, (c) => {
    c.server = server(new URL(String(c.server)));
  });

/** remote-2 authenticating with a token the API server never issued. */
export const fakeTokenKubeconfig = (): string =>
  editedKubeconfig('remote-2', (_c, user) => {
    user.user = { token: FAKE_TOKEN };
  });

/** remote-2 with a password written into its server URL. */
export const passwordUrlKubeconfig = (): string =>
  withServer('remote-2', (url) => `https://admin:${URL_PASSWORD}@${url.host}`);

const remotesWith = (second: string): string => `${kubeconfigText('remote-1')}\n---\n${second}`;
const base = (extra: Record<string, string> = {}): Record<string, string> => testbedInputs(REMOTES, extra);

const FIX = /Fix: /;
const c = (name: string, extra: Record<string, string>, step: string, ...message: RegExp[]): BadInput => ({
  name,
  inputs: base(extra),
  step,
  message,
});

export function badInputCases(): BadInput[] {
  const http = withServer('remote-2', (url) => `http://${url.host}`);
  const insecure = editedKubeconfig('remote-2', (cl) => {
    delete cl['certificate-authority-data'];
    cl['insecure-skip-tls-verify'] = true;
  });
  const exec = editedKubeconfig('remote-2', (_c, user) => {
    user.user = {
      exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'aws', args: ['eks', 'get-token'] },
    };
  });
  const primaryAsRemote = `${kubeconfigText('remote-1')}\n---\n${kubeconfigText('primary')}`;
  const merged = kubeconfigText('primary');
  return [
    // --- credentials: names
    c(
      'remote named cacerts (istio-1.0)',
      { 'remote-names': 'cacerts,remote-2' },
      'credentials',
      /remote-kubeconfigs\[0\]: remote name "cacerts" would name its registration Secret cacerts/,
      /Fix: give the remote another name with remote-names/,
    ),
    c(
      'remote named istio-ca-secret',
      { 'remote-names': 'remote-1,istio-ca-secret' },
      'credentials',
      /remote name "istio-ca-secret" would name its registration Secret istio-ca-secret/,
      FIX,
    ),
    c(
      'remote name not DNS-1123',
      { 'remote-names': 'Remote_1,remote-2' },
      'credentials',
      /remote-names\[0\] "Remote_1" is not a DNS-1123 label\. Fix: use e\.g\. "remote-1"/,
    ),
    c(
      'remote name with a path',
      { 'remote-names': '../x,remote-2' },
      'credentials',
      /remote-names\[0\] "\.\.\/x" is not a DNS-1123 label\. Fix:/,
    ),
    c(
      'remote name with a flag',
      { 'remote-names': '--post-renderer=x,remote-2' },
      'credentials',
      /remote-names\[0\] "--post-renderer=x" is not a DNS-1123 label\. Fix:/,
    ),
    c(
      'fewer remote names than kubeconfigs',
      { 'remote-names': 'east' },
      'credentials',
      /remote-names has 1 name\(s\) but remote-kubeconfigs has 2 remote\(s\)\. Fix: give one name per remote/,
    ),
    c('the same remote name twice', { 'remote-names': 'east,east' }, 'credentials', /east/, FIX),
    c(
      'a remote named like the primary',
      { 'remote-names': 'primary,remote-2' },
      'credentials',
      /primary/,
      FIX,
    ),
    c(
      'primary-name not DNS-1123',
      { 'primary-name': 'Main Cluster' },
      'credentials',
      /primary-name "Main Cluster" is not a DNS-1123 label\. Fix: use lower case letters/,
    ),
    c(
      'profile unknown',
      { profile: 'istio-2' },
      'credentials',
      /input profile: "istio-2" is not one of istio-1\.0, istio-current\. Fix: set profile to one of/,
    ),
    // --- credentials: kubeconfig content
    c(
      'no kubeconfig at all',
      { 'primary-kubeconfig': '', 'remote-kubeconfigs': '' },
      'credentials',
      /no kubeconfig is given\. Fix: set either primary-kubeconfig \+ remote-kubeconfigs/,
    ),
    c(
      'primary-kubeconfig empty',
      { 'primary-kubeconfig': '' },
      'credentials',
      /primary-kubeconfig is empty\. Fix: set it to the primary cluster kubeconfig/,
    ),
    c(
      'both kinds of kubeconfig inputs',
      { kubeconfig: merged },
      'credentials',
      /both kinds of kubeconfig inputs are set\. Fix: use either/,
    ),
    c(
      'merged kubeconfig without contexts',
      { 'primary-kubeconfig': '', 'remote-kubeconfigs': '', 'remote-names': '', kubeconfig: merged },
      'credentials',
      /primary-context is empty\. Fix: name the context/,
      /remote-contexts is empty\. Fix: list the contexts/,
    ),
    c(
      'merged kubeconfig, context unknown',
      {
        'primary-kubeconfig': '',
        'remote-kubeconfigs': '',
        'remote-names': '',
        kubeconfig: merged,
        'primary-context': 'nope',
        'remote-contexts': 'also-nope',
      },
      'credentials',
      /primary-context "nope"/,
      /nope/,
    ),
    c(
      'remote kubeconfig not YAML',
      { 'remote-kubeconfigs': remotesWith('{{{ not yaml') },
      'credentials',
      /remote-kubeconfigs\[1\]/,
    ),
    c(
      'primary kubeconfig is base64 of nothing useful',
      { 'primary-kubeconfig': Buffer.from('hello world').toString('base64') },
      'credentials',
      /primary-kubeconfig/,
    ),
    c(
      'remote kubeconfig with http server',
      { 'remote-kubeconfigs': remotesWith(http) },
      'credentials',
      /remote-kubeconfigs\[1\]: .*http:\/\/127\.0\.0\.1:32020/,
      FIX,
    ),
    c(
      'remote kubeconfig with insecure-skip-tls-verify',
      { 'remote-kubeconfigs': remotesWith(insecure) },
      'credentials',
      /remote-kubeconfigs\[1\]: .*insecure-skip-tls-verify/,
      /allow-insecure-tls/,
    ),
    c(
      'allow-insecure-tls not a boolean',
      { 'remote-kubeconfigs': remotesWith(insecure), 'allow-insecure-tls': 'sometimes' },
      'credentials',
      /input allow-insecure-tls: "sometimes" is not a boolean: it must be true or false\. Fix: set allow-insecure-tls: true/,
    ),
    c(
      'exec plugin with allow-exec-credentials false',
      { 'remote-kubeconfigs': remotesWith(exec), 'allow-exec-credentials': 'false' },
      'credentials',
      /remote-kubeconfigs\[1\]: .*exec credential plugin.*aws/,
      /allow-exec-credentials/,
    ),
    c(
      'password in a kubeconfig server URL',
      { 'remote-kubeconfigs': remotesWith(passwordUrlKubeconfig()) },
      'credentials',
      /remote-kubeconfigs\[1\]: .*credentials/,
      FIX,
    ),
    c(
      'the primary given again as a remote',
      { 'remote-kubeconfigs': primaryAsRemote },
      'credentials',
      /primary-kubeconfig and remote-kubeconfigs\[1\] use the same API server .*Fix: remove the duplicate/,
    ),
    c(
      'the same remote twice',
      { 'remote-kubeconfigs': remotesWith(kubeconfigText('remote-1')), 'remote-names': 'east,west' },
      'credentials',
      /remote-kubeconfigs\[0\] and remote-kubeconfigs\[1\] use the same API server/,
    ),
    // --- setup-tools: versions and mirror (before credentials; nothing is written either)
    c(
      'tools-mirror with a password',
      { 'tools-mirror': `https://user:${MIRROR_PASSWORD}@mirror.example.com/tools` },
      'setup-tools',
      /tools-mirror "https:\/\/\*\*\*@mirror\.example\.com\/tools" must not contain credentials/,
    ),
    c(
      'tools-mirror over http, not loopback',
      { 'tools-mirror': 'http://mirror.example.com/tools' },
      'setup-tools',
      /tools-mirror "http:\/\/mirror\.example\.com\/tools" must use https/,
    ),
    c(
      'helm-version latest',
      { 'helm-version': 'latest' },
      'setup-tools',
      /helm-version "latest" is not an exact version\. Pin one, for example helm-version: v3\.22\.0/,
    ),
    c(
      'helm-version 2',
      { 'helm-version': 'v2.17.0' },
      'setup-tools',
      /helm-version "v2\.17\.0": Helm 2 is refused/,
    ),
    c(
      'kubectl-version range',
      { 'kubectl-version': '^1.30' },
      'setup-tools',
      /kubectl-version "\^1\.30" is not an exact version/,
    ),
    // --- preflight: names
    c(
      'release-name --post-renderer=x',
      { 'release-name': '--post-renderer=x' },
      'preflight',
      /input release-name: "--post-renderer=x" is not a helm release name/,
      FIX,
    ),
    c(
      'primary-release --post-renderer=/tmp/x',
      { 'primary-release': '--post-renderer=/tmp/x' },
      'preflight',
      /input primary-release: "--post-renderer=\/tmp\/x" is not a helm release name/,
      FIX,
    ),
    c(
      'release-name of 54 characters',
      { 'release-name': `r${'e'.repeat(53)}` },
      'preflight',
      /input release-name: "re+" is not a helm release name.*at most 53 characters/,
      FIX,
    ),
    c(
      'istio-namespace with a path',
      { 'istio-namespace': '../kube-system' },
      'preflight',
      /input istio-namespace: "\.\.\/kube-system" is not a DNS-1123 label/,
      FIX,
    ),
    c(
      'istio-namespace upper case',
      { 'istio-namespace': 'Istio-System' },
      'preflight',
      /input istio-namespace: "Istio-System"/,
      /Fix: .*istio-system/,
    ),
    c(
      'bad injection namespace',
      { 'injection-namespaces': 'default,Shop_Front' },
      'preflight',
      /input injection-namespaces: "Shop_Front" is not a DNS-1123 label/,
      FIX,
    ),
    c(
      'injection namespace with a flag',
      { 'injection-namespaces': '--all' },
      'preflight',
      /input injection-namespaces: "--all"/,
      FIX,
    ),
    c(
      'network net 1/../x',
      { network: 'net 1/../x' },
      'preflight',
      /input network: "net 1\/\.\.\/x" is not a name of letters, digits/,
      FIX,
    ),
    c('network pair without a network', { network: 'remote-1=' }, 'preflight', /input network: /, FIX),
    c(
      'network pair not remote=network',
      { network: 'remote-1=net1, west' },
      'preflight',
      /input network: "west" is not remote=network\. Fix: give one network for all remotes/,
    ),
    c(
      'mesh-id with a path',
      { 'mesh-id': 'mesh 1/../x' },
      'preflight',
      /input mesh-id: "mesh 1\/\.\.\/x"/,
      FIX,
    ),
    // --- preflight: numbers and durations
    c(
      'wait-timeout 0',
      { 'wait-timeout': '0' },
      'preflight',
      /input wait-timeout: "0" is zero: nothing could ever be waited for\. Fix: give a duration above zero/,
    ),
    c(
      'wait-timeout not a duration',
      { 'wait-timeout': 'soon' },
      'preflight',
      /input wait-timeout: "soon" is not a duration\. Fix: give seconds or h\/m\/s/,
    ),
    c(
      'wait-timeout 25h',
      { 'wait-timeout': '25h' },
      'preflight',
      /input wait-timeout: "25h" is longer than 24h\. Fix:/,
    ),
    c(
      'verify-timeout 0',
      { 'verify-timeout': '0' },
      'preflight',
      /input verify-timeout: "0" is zero: nothing could ever be waited for\. Fix: give a duration above zero/,
    ),
    c(
      'verify-timeout not a duration',
      { 'verify-timeout': 'soon' },
      'preflight',
      /input verify-timeout: "soon" is not a duration\. Fix: give seconds or h\/m\/s/,
    ),
    c(
      'parallelism 0',
      { parallelism: '0' },
      'preflight',
      /input parallelism: "0" is not a whole number from 1 to 64\. Fix: set parallelism to a number in that range/,
    ),
    c(
      'parallelism 65',
      { parallelism: '65' },
      'preflight',
      /input parallelism: "65" is not a whole number from 1 to 64\. Fix:/,
    ),
    c(
      'parallelism not a number',
      { parallelism: 'four' },
      'preflight',
      /input parallelism: "four" is not a whole number/,
      FIX,
    ),
    // --- preflight: remote-api-servers
    c(
      'http remote-api-servers',
      { 'remote-api-servers': 'remote-1=http://10.0.12.4:6443' },
      'preflight',
      /input remote-api-servers: the address of remote-1, http:\/\/10\.0\.12\.4:6443, /,
      FIX,
    ),
    c(
      'malformed remote-api-servers',
      { 'remote-api-servers': 'remote-1' },
      'preflight',
      /input remote-api-servers: "remote-1" is not remote=https:\/\/host:port .*Fix: e\.g\. remote-api-servers: east=https/,
    ),
    c(
      'remote-api-servers with a password',
      { 'remote-api-servers': `remote-1=https://admin:${URL_PASSWORD}@10.0.12.4:6443` },
      'preflight',
      /input remote-api-servers: the address of remote-1, https:\/\/\*\*\*@10\.0\.12\.4:6443/,
      FIX,
    ),
    c(
      'remote-api-servers twice for one remote',
      { 'remote-api-servers': 'remote-1=https://10.0.12.4:6443,remote-1=https://10.0.12.5:6443' },
      'preflight',
      /input remote-api-servers: remote-1 is given twice\. Fix: give one address per remote/,
    ),
    c(
      'remote-api-servers not a URL',
      { 'remote-api-servers': 'remote-1=10.0.12.4:6443' },
      'preflight',
      /input remote-api-servers: the address of remote-1/,
      FIX,
    ),
    // --- preflight: charts and values
    c(
      'values line without =',
      { values: 'global.hub' },
      'preflight',
      /values line 1 "global\.hub" is not key=value \(example: global\.hub=docker\.io\/istio\)/,
    ),
    c(
      'primary-values line without =',
      {
        'install-primary': 'true',
        'primary-chart': 'test/fixtures/charts/istio-remote',
        'primary-values': 'global.hub',
      },
      'preflight',
      /primary-values line 1 "global\.hub" is not key=value \(example: global\.hub=docker\.io\/istio\)/,
    ),
    c(
      'chart-repository http, not loopback',
      { chart: '', 'chart-repository': 'http://charts.example.com/istio' },
      'preflight',
      /chart-repository "http:\/\/charts\.example\.com\/istio" must use https/,
    ),
    c(
      'chart-repository with a password',
      { chart: '', 'chart-repository': `https://u:${MIRROR_PASSWORD}@charts.example.com` },
      'preflight',
      /chart-repository "https:\/\/\*\*\*@charts\.example\.com" must not contain credentials/,
    ),
    c(
      'chart-version without chart-repository',
      { 'chart-version': '1.30.1' },
      'preflight',
      /chart-version is used only with chart-repository: set chart-repository, or drop chart-version/,
    ),
    c(
      'chart-version not a version',
      { chart: '', 'chart-repository': 'https://charts.example.com', 'chart-version': 'latest' },
      'preflight',
      /chart-version "latest" is not a version: give one such as 1\.30\.1/,
    ),
    c(
      'chart and istio-version together',
      { 'istio-version': '1.0.6' },
      'preflight',
      /set only one of chart, istio-version: they all say where the charts come from/,
    ),
    c(
      'chart and chart-repository together',
      { 'chart-repository': 'https://charts.example.com' },
      'preflight',
      /set only one of chart, chart-repository/,
    ),
    c(
      'istio-mirror with a password',
      { chart: '', 'istio-version': '1.0.6', 'istio-mirror': `https://u:${MIRROR_PASSWORD}@m.example.com` },
      'preflight',
      /istio-mirror "https:\/\/\*\*\*@m\.example\.com" must not contain credentials/,
      /serve the mirror without authentication, or reach it through a runner-side proxy/,
    ),
    // --- paths outside the workspace
    c(
      'chart with ..',
      { chart: '../../etc' },
      'preflight',
      /input chart: "\.\.\/\.\.\/etc" is outside the workspace .*Fix: give a path inside the workspace/,
    ),
    c(
      'chart absolute outside the workspace',
      { chart: '/etc' },
      'preflight',
      /input chart: "\/etc" is outside the workspace/,
      FIX,
    ),
    {
      name: 'chart through a symlink out of the workspace',
      inputs: base({ chart: 'charts/escape' }),
      step: 'preflight',
      message: [
        /input chart: "charts\/escape" is outside the workspace .*\(a symlink leads out of it\)\. Fix:/,
      ],
      workspace: 'symlinked',
    },
    c(
      'primary-chart outside the workspace',
      { 'install-primary': 'true', 'primary-chart': '../istio' },
      'preflight',
      /input primary-chart: "\.\.\/istio" is outside the workspace/,
      FIX,
    ),
    c(
      'manifests outside the workspace (inject)',
      { mode: 'inject', manifests: '../../etc/*.yaml', 'istioctl-path': 'istioctl' },
      'inject',
      /input manifests: "\.\.\/\.\.\/etc" is outside the workspace/,
      FIX,
    ),
    c(
      'istioctl-path outside the workspace (inject)',
      {
        mode: 'inject',
        manifests: 'test/fixtures/charts/istio-remote/Chart.yaml',
        'istioctl-path': '/usr/bin/env',
      },
      'inject',
      /input istioctl-path: "\/usr\/bin\/env" is outside the workspace/,
      FIX,
    ),
    // --- choices and booleans
    // Refused by credentials, the first step of every mode (INPUT_MODE must be mapped into it: with the
    // steps' if: conditions an unknown mode would skip every other step and succeed).
    c(
      'mode unknown',
      { mode: 'deploy' },
      'credentials',
      /input mode: "deploy" is not one of install, render, resync, uninstall, inject, verify\. Fix:/,
    ),
    c(
      'install-primary not a boolean',
      { 'install-primary': 'maybe' },
      'preflight',
      /input install-primary: "maybe" is not a boolean/,
      FIX,
    ),
    c(
      'sidecar-injector not a boolean',
      { 'sidecar-injector': 'sure' },
      'preflight',
      /input sidecar-injector: "sure" is not a boolean/,
      FIX,
    ),
    c(
      'install-method tiller',
      { 'install-method': 'tiller' },
      'preflight',
      /input install-method: "tiller" is not one of kubectl, helm/,
      FIX,
    ),
    c('endpoint-mode unknown', { 'endpoint-mode': 'dns' }, 'preflight', /endpoint-mode/),
    // --- cacerts (after preflight, before any write)
    c(
      'ca-key alone',
      { 'ca-key': 'not a key' },
      'cacerts',
      /ca-cert, ca-key, root-cert and cert-chain go together; missing: ca-cert, root-cert, cert-chain\. Fix: give all four/,
    ),
    c('mtls without a CA', { mtls: 'true' }, 'cacerts', /mtls/),
    c(
      'mtls with profile istio-current, where it means nothing',
      { profile: 'istio-current', mtls: 'true' },
      'preflight',
      /mtls only means something with profile istio-1\.0 .*Fix: remove mtls, or set profile: istio-1\.0/,
    ),
    // --- mesh: the description is checked by the first step, before anything is downloaded
    c(
      'mesh beside remote-names, which it sets too',
      { mesh: 'clusters: [{name: primary}, {name: remote-1}, {name: remote-2}]' },
      'setup-tools',
      /input remote-names is given beside mesh, which sets it too\. Fix: remove remote-names and set clusters\[\]\.name in mesh/,
    ),
    {
      name: 'a mesh description with a field that is not one, and a name that is a flag',
      inputs: Object.fromEntries(
        Object.entries(
          base({ mesh: 'clusters: [{name: primary, kubeconfig: x}, {name: remote-1}, {name: --remote-2}]' }),
        ).filter(([name]) => name !== 'remote-names' && name !== 'chart'),
      ),
      step: 'setup-tools',
      message: [
        /mesh\.clusters\[0\]\.kubeconfig is not a field of the mesh description/,
        /mesh\.clusters\[2\]\.name is not valid/,
      ],
    },
    c(
      'generate-intermediate-cas with ca-cert',
      { 'generate-intermediate-cas': 'true', 'ca-cert': 'x' },
      'cacerts',
      /generate-intermediate-cas: true issues ca-cert, ca-key and cert-chain itself; remove ca-cert/,
    ),
    {
      // One remote: a problem of one remote among several only leaves that remote out (fleet tests).
      name: "a remote whose registration would replace a user's Secret",
      inputs: testbedInputs(['remote-1'], { 'remote-names': 'team-creds' }),
      step: 'preflight',
      message: [
        /Secret istio-system\/team-creds exists on the primary and is not the registration of remote "team-creds"/,
        /it will not be replaced\. Fix: give the remote another name with remote-names/,
      ],
      prepare: () => userSecret('team-creds'),
    },
    // --- preflight: credentials the clusters refuse
    {
      name: 'a token the API server never issued',
      inputs: testbedInputs(['remote-2'], { 'remote-kubeconfigs': fakeTokenKubeconfig() }),
      step: 'preflight',
      message: [
        /cluster "remote-2" \(remote\) is not reachable or refused the credentials: .*Fix: check its kubeconfig input/,
      ],
    },
  ];
}
