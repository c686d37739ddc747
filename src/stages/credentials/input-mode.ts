/**
 * Which kubeconfig inputs a run was given: one kubeconfig per cluster (primary-kubeconfig +
 * remote-kubeconfigs) or one merged kubeconfig with contexts (kubeconfig + primary-context +
 * remote-contexts). Half of a way, both ways or neither are refused with every problem at once.
 */
import { ProblemsError } from '../../util/errors.js';

/** The kubeconfig inputs as given (texts, YAML or base64) and the contexts of a merged one. */
export interface KubeconfigInputs {
  /** The primary's kubeconfig, YAML or base64; its current context is used. */
  readonly primaryKubeconfig?: string;
  /** The remotes' kubeconfigs: YAML documents separated by `---` lines, or one base64 per line. */
  readonly remoteKubeconfigs?: string;
  /** One merged kubeconfig holding every cluster, used with primaryContext and remoteContexts. */
  readonly kubeconfig?: string;
  readonly primaryContext?: string;
  readonly remoteContexts?: readonly string[];
}

export type InputMode =
  | { readonly kind: 'separate' }
  | { readonly kind: 'merged'; readonly primaryContext: string; readonly remoteContexts: readonly string[] };

const BOTH_WAYS =
  'either primary-kubeconfig + remote-kubeconfigs (one kubeconfig per cluster), ' +
  'or kubeconfig + primary-context + remote-contexts (one merged kubeconfig)';

export function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function separateModeProblems(input: KubeconfigInputs): string[] {
  const problems: string[] = [];
  if (!isSet(input.primaryKubeconfig)) {
    problems.push(
      'primary-kubeconfig is empty. Fix: set it to the primary cluster kubeconfig (YAML or base64).',
    );
  }
  if (!isSet(input.remoteKubeconfigs)) {
    problems.push(
      'remote-kubeconfigs is empty. Fix: set it to the remote kubeconfigs, YAML separated by --- lines ' +
        'or one base64 kubeconfig per line.',
    );
  }
  if (isSet(input.primaryContext) || (input.remoteContexts ?? []).length > 0) {
    problems.push(
      'primary-context and remote-contexts select contexts of the merged kubeconfig input; with ' +
        "primary-kubeconfig and remote-kubeconfigs each kubeconfig's current-context is used. " +
        'Fix: remove them, or pass one merged kubeconfig instead.',
    );
  }
  return problems;
}

function mergedModeProblems(input: KubeconfigInputs): string[] {
  const problems: string[] = [];
  const remoteContexts = input.remoteContexts ?? [];
  if (!isSet(input.primaryContext)) {
    problems.push(
      'primary-context is empty. Fix: name the context of kubeconfig that reaches the primary cluster.',
    );
  }
  if (remoteContexts.length === 0) {
    problems.push(
      'remote-contexts is empty. Fix: list the contexts of the remote clusters (e.g. kind-east, kind-west).',
    );
  }
  remoteContexts.forEach((context, index) => {
    const first = remoteContexts.indexOf(context);
    if (first !== index)
      problems.push(`remote-contexts[${index}] "${context}" repeats remote-contexts[${first}].`);
    if (context === input.primaryContext?.trim()) {
      problems.push(
        `remote-contexts[${index}] "${context}" is also the primary-context: a cluster is primary or remote.`,
      );
    }
  });
  return problems;
}

/** The way the inputs were given; throws a ProblemsError (stage `stage`) when neither or both are. */
export function resolveMode(stage: string, input: KubeconfigInputs): InputMode {
  const separate = isSet(input.primaryKubeconfig) || isSet(input.remoteKubeconfigs);
  const merged = isSet(input.kubeconfig);
  if (separate && merged) {
    throw new ProblemsError(stage, [`both kinds of kubeconfig inputs are set. Fix: use ${BOTH_WAYS}.`]);
  }
  if (!separate && !merged)
    throw new ProblemsError(stage, [`no kubeconfig is given. Fix: set ${BOTH_WAYS}.`]);
  const problems = separate ? separateModeProblems(input) : mergedModeProblems(input);
  if (problems.length > 0) throw new ProblemsError(stage, problems);
  return separate
    ? { kind: 'separate' }
    : {
        kind: 'merged',
        primaryContext: (input.primaryContext ?? '').trim(),
        remoteContexts: input.remoteContexts ?? [],
      };
}
