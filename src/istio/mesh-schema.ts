/**
 * JSON Schema (draft 2020-12) of the `mesh` input: one description of the mesh. Published as
 * mesh.schema.json at the repository's root (a unit test keeps the two equal), so editors can
 * check a workflow's description before it runs.
 */

const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$';

const cluster = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: {
      type: 'string',
      pattern: DNS1123_LABEL,
      description: 'The cluster name istiod knows it by (DNS-1123 label).',
    },
    role: {
      enum: ['primary', 'remote'],
      description:
        'primary (runs istiod) or remote (uses the primary istiod). Default: the first cluster is the primary; with topology multi-primary every cluster is one.',
    },
    context: {
      type: 'string',
      minLength: 1,
      maxLength: 253,
      pattern: '^[^-\\s][^\\s]*$',
      description:
        'Context of this cluster in the kubeconfig input. Without contexts, primary-kubeconfig and remote-kubeconfigs (in the order of the remotes here) hold the credentials.',
    },
    network: {
      type: 'string',
      pattern: DNS1123_LABEL,
      description:
        'Network of the cluster (global.network). Clusters on different networks get east-west gateways.',
    },
    apiServer: {
      type: 'string',
      pattern: '^https://[^\\s]+$',
      description:
        "API server address the primary's istiod uses for this remote, when it differs from the kubeconfig's (https only).",
    },
  },
} as const;

const charts = {
  type: 'object',
  additionalProperties: false,
  description:
    'Where the remote charts come from: exactly one of directory, release, repository (with version).',
  properties: {
    directory: {
      type: 'string',
      minLength: 1,
      pattern: '^[^-\\s]',
      description: "Path, relative to the workspace, of a release's manifests/charts.",
    },
    release: {
      type: 'string',
      pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$',
      description: 'An Istio release to download (checksum-verified), e.g. 1.30.1.',
    },
    repository: {
      type: 'string',
      pattern: '^https://[^\\s]+$',
      description: 'A Helm chart repository (https).',
    },
    version: {
      type: 'string',
      pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?$',
      description: 'Version of the charts in repository; the newest when left out.',
    },
  },
  oneOf: [{ required: ['directory'] }, { required: ['release'] }, { required: ['repository'] }],
  dependentSchemas: { version: { required: ['repository'] } },
} as const;

export const MESH_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/istio-multicluster-action/istio-multicluster-action/blob/main/mesh.schema.json',
  title: 'istio-multicluster-action mesh description',
  description:
    'The mesh input of istio-multicluster-action: its ID, topology, dataplane, chart source and clusters.',
  type: 'object',
  additionalProperties: false,
  required: ['clusters'],
  properties: {
    meshID: {
      type: 'string',
      pattern: DNS1123_LABEL,
      description: 'Mesh ID (global.meshID). Default mesh1.',
    },
    topology: {
      enum: ['primary-remote', 'multi-primary'],
      description: 'primary-remote (default) or multi-primary.',
    },
    dataplane: {
      enum: ['sidecar', 'ambient'],
      description: 'sidecar (default) or ambient (multi-primary only).',
    },
    istioNamespace: {
      type: 'string',
      pattern: DNS1123_LABEL,
      description: 'Namespace of the Istio control plane and of the remote charts. Default istio-system.',
    },
    charts,
    clusters: { type: 'array', minItems: 2, maxItems: 64, items: cluster },
  },
} as const;
