import * as k8s from '@kubernetes/client-node';
import type { ClusterHandle } from './client.js';
import { isNotFound } from './client.js';

/**
 * How responses are read: as the API server sent them, apart from metadata (client-node's typed
 * models would rename or drop fields such as x-kubernetes-int-or-string, kubernetes-client/javascript#2483).
 */
const UNTYPED = 'KubernetesObject';

/** The Accept value that asks a list for its objects' metadata only. */
const METADATA_LIST = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';

export interface ServerSideApplyOptions {
  readonly fieldManager: string;
  readonly dryRun: boolean;
  /** false: the API server drops unknown fields instead of refusing them. Default true. */
  readonly validate?: boolean;
}

/**
 * KubernetesObjectApi with discovery made public, so kinds can be checked before anything is
 * written, and with reads and server-side applies that keep every field as it is.
 */
export class ObjectApi extends k8s.KubernetesObjectApi {
  /** One discovery request per group version, however many kinds ask for it at once. */
  private readonly discovering = new Map<string, Promise<unknown>>();

  async findResource(apiVersion: string, kind: string): Promise<k8s.V1APIResource | undefined> {
    let first = this.discovering.get(apiVersion);
    if (!first) {
      first = this.resource(apiVersion, kind).catch(() => undefined);
      this.discovering.set(apiVersion, first);
    }
    await first;
    try {
      return await this.resource(apiVersion, kind);
    } catch (error: unknown) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * `kubectl apply --server-side --force-conflicts` of one object through client-node: the object's
   * own JSON is the body (never re-serialized through a typed model), strict field validation, the
   * given field manager; resolves with the object the API server returned.
   */
  async serverSideApply(
    object: k8s.KubernetesObject,
    options: ServerSideApplyOptions,
  ): Promise<k8s.KubernetesObject> {
    const path = await this.specUriPath({ ...object, metadata: { ...object.metadata } }, 'patch');
    const request = this.configuration.baseServer.makeRequestContext(path, k8s.HttpMethod.PATCH);
    request.setHeaderParam('Accept', 'application/json');
    request.setHeaderParam('Content-Type', k8s.PatchStrategy.ServerSideApply);
    request.setQueryParam('fieldManager', options.fieldManager);
    request.setQueryParam('force', 'true');
    request.setQueryParam('fieldValidation', options.validate === false ? 'Ignore' : 'Strict');
    if (options.dryRun) request.setQueryParam('dryRun', 'All');
    request.setBody(JSON.stringify(object));
    return this.requestPromise(request, UNTYPED);
  }

  /**
   * One page of a list with only each object's metadata (labels, annotations, managed fields):
   * the API server's PartialObjectMetadataList, so a list of CRDs is not their schemas. A server
   * that cannot answer so sends the whole list (the returned `metadataOnly` says which it did).
   */
  async listMetadata(
    kind: { readonly apiVersion: string; readonly kind: string },
    namespace: string | undefined,
    labelSelector: string,
    limit: number,
    continueToken: string | undefined,
  ): Promise<{
    readonly page: k8s.KubernetesListObject<k8s.KubernetesObject>;
    readonly metadataOnly: boolean;
  }> {
    const path = await this.specUriPath({ ...kind, metadata: { namespace } }, 'list');
    const request = this.configuration.baseServer.makeRequestContext(path, k8s.HttpMethod.GET);
    request.setHeaderParam('Accept', `${METADATA_LIST}, application/json;q=0.9`);
    request.setQueryParam('labelSelector', labelSelector);
    request.setQueryParam('limit', String(limit));
    if (continueToken) request.setQueryParam('continue', continueToken);
    const page = await this.requestPromise<k8s.KubernetesObject>(request, UNTYPED);
    return {
      page: page as k8s.KubernetesListObject<k8s.KubernetesObject>,
      metadataOnly: page.kind === 'PartialObjectMetadataList',
    };
  }

  /** The live object (kind, name and namespace of `ref`), every field as the API server sent it. */
  async readUntyped(ref: k8s.KubernetesObject): Promise<k8s.KubernetesObject> {
    const path = await this.specUriPath({ ...ref, metadata: { ...ref.metadata } }, 'read');
    const request = this.configuration.baseServer.makeRequestContext(path, k8s.HttpMethod.GET);
    request.setHeaderParam('Accept', 'application/json');
    return this.requestPromise(request, UNTYPED);
  }
}

/** One client per cluster and process, so API discovery (which kinds are served) is fetched once. */
const objectApis = new WeakMap<ClusterHandle, ObjectApi>();

export function objectApi(cluster: ClusterHandle): ObjectApi {
  let api = objectApis.get(cluster);
  if (!api) {
    api = cluster.config.makeApiClient(ObjectApi);
    objectApis.set(cluster, api);
  }
  return api;
}
