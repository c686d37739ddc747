/**
 * The kubeconfig inputs decoded and parsed once (raw or base64, split, shape-checked), each with the
 * problems found reading it, so masking and the credentials stage work from the same documents.
 */
import { decodeKubeconfigInput, parseKubeconfig, splitKubeconfigs } from '../../kube/kubeconfig-input.js';
import { KubeconfigError, type Kubeconfig } from '../../kube/kubeconfig-model.js';
import { kubeconfigSecrets, secretMaskForms } from '../../kube/kubeconfig-secrets.js';
import { kubeconfigUrlSecrets } from '../../kube/transport-policy.js';
import { isSet, type KubeconfigInputs } from './input-mode.js';

/** One kubeconfig of an input: its document, or the problems (prefixed with `label`) reading it. */
export interface ParsedInput {
  /** The input it comes from, for messages: `primary-kubeconfig`, `remote-kubeconfigs[1]`. */
  readonly label: string;
  readonly document: Kubeconfig | undefined;
  readonly problems: readonly string[];
}

export interface DecodedInputs {
  readonly primary: ParsedInput | undefined;
  /** remote-kubeconfigs, split: the problems splitting it, then each kubeconfig it holds. */
  readonly remotes:
    { readonly problems: readonly string[]; readonly items: readonly ParsedInput[] } | undefined;
  readonly merged: ParsedInput | undefined;
}

/** The problems of a KubeconfigError, each prefixed with `label`; any other error is thrown on. */
export function kubeconfigProblems(label: string, error: unknown): string[] {
  if (error instanceof KubeconfigError) return error.problems.map((problem) => `${label}: ${problem}`);
  throw error;
}

function parseInput(label: string, text: string): ParsedInput {
  try {
    return { label, document: parseKubeconfig(decodeKubeconfigInput(text).text), problems: [] };
  } catch (error: unknown) {
    return { label, document: undefined, problems: kubeconfigProblems(label, error) };
  }
}

function parseRemotes(text: string): NonNullable<DecodedInputs['remotes']> {
  let texts: readonly string[] = [];
  try {
    texts = splitKubeconfigs(text);
  } catch (error: unknown) {
    return { problems: kubeconfigProblems('remote-kubeconfigs', error), items: [] };
  }
  return {
    problems: [],
    items: texts.map((item, index) => parseInput(`remote-kubeconfigs[${index}]`, item)),
  };
}

/** Every kubeconfig input that is set, decoded and parsed; never throws for a bad kubeconfig. */
export function decodeCredentialInputs(input: KubeconfigInputs): DecodedInputs {
  const { primaryKubeconfig, remoteKubeconfigs, kubeconfig } = input;
  return {
    primary: isSet(primaryKubeconfig) ? parseInput('primary-kubeconfig', primaryKubeconfig) : undefined,
    remotes: isSet(remoteKubeconfigs) ? parseRemotes(remoteKubeconfigs) : undefined,
    merged: isSet(kubeconfig) ? parseInput('kubeconfig', kubeconfig) : undefined,
  };
}

/** Every document that could be read. */
export function decodedDocuments(decoded: DecodedInputs): readonly Kubeconfig[] {
  const inputs = [decoded.primary, decoded.merged, ...(decoded.remotes?.items ?? [])];
  return inputs.flatMap((input) => (input?.document === undefined ? [] : [input.document]));
}

/** What to register with the runner's masker for the secrets of `configs` (URL credentials too). */
export function maskFormsOf(configs: readonly Kubeconfig[]): readonly string[] {
  const secrets = configs.flatMap((config) => [
    ...kubeconfigSecrets(config),
    ...kubeconfigUrlSecrets(config),
  ]);
  return secretMaskForms([...new Set(secrets)]);
}
