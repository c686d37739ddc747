/**
 * The naming rules of the name inputs (release names, namespaces, cluster, network and mesh names):
 * each value is checked where it is read, and a refusal says what a valid value looks like.
 */
import { InputError } from './errors.js';
import { isDns1123Label, sanitizeDns1123Label, DNS1123_LABEL_MAX_LENGTH } from './names.js';

/** Helm's own limit for a release name (it stores releases in Secrets named after them). */
export const HELM_RELEASE_MAX_LENGTH = 53;
const HELM_RELEASE_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Network and mesh names: letters, digits, '-', '_' and '.', alphanumeric at both ends, no '..'. */
const MESH_NAME_PATTERN = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export type NameRule = 'helm-release' | 'dns-label' | 'mesh-name';

interface RuleSpec {
  readonly accepts: (value: string) => boolean;
  readonly describe: string;
}

const RULES: Readonly<Record<NameRule, RuleSpec>> = {
  'helm-release': {
    accepts: (value) => value.length <= HELM_RELEASE_MAX_LENGTH && HELM_RELEASE_PATTERN.test(value),
    describe: `a helm release name: lower case letters, digits, '-' and '.', starting and ending with a letter or digit, at most ${HELM_RELEASE_MAX_LENGTH} characters`,
  },
  'dns-label': {
    accepts: isDns1123Label,
    describe: `a DNS-1123 label: lower case letters, digits and '-', starting and ending with a letter or digit, at most ${DNS1123_LABEL_MAX_LENGTH} characters`,
  },
  'mesh-name': {
    accepts: (value) =>
      value.length <= DNS1123_LABEL_MAX_LENGTH && MESH_NAME_PATTERN.test(value) && !value.includes('..'),
    describe: `a name of letters, digits, '-', '_' and '.' (no '/', spaces or '..'), starting and ending with a letter or digit, at most ${DNS1123_LABEL_MAX_LENGTH} characters`,
  },
};

/** What a refused value is shown as: quoted, cut short, control characters escaped by JSON. */
export function shownValue(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(cut);
}

function suggestion(value: string, rule: NameRule, example: string): string {
  if (rule === 'mesh-name') return example;
  try {
    const label = sanitizeDns1123Label(value);
    const fitted =
      rule === 'helm-release' ? label.slice(0, HELM_RELEASE_MAX_LENGTH).replace(/-+$/, '') : label;
    return fitted === '' ? example : fitted;
  } catch {
    return example;
  }
}

/**
 * Returns `value` when it follows `rule`; otherwise throws an InputError naming `input`, saying what
 * the rule is and suggesting a valid value (derived from the refused one where possible, else `example`).
 */
export function checkName(input: string, value: string, rule: NameRule, example: string): string {
  const spec = RULES[rule];
  if (spec.accepts(value)) return value;
  throw new InputError({
    input,
    message: `${shownValue(value)} is not ${spec.describe}.`,
    fix: `set ${input} to a valid name, e.g. ${input}: ${suggestion(value, rule, example)}`,
  });
}

/** Whether `value` follows `rule` (for callers that collect problems instead of throwing). */
export function followsNameRule(value: string, rule: NameRule): boolean {
  return RULES[rule].accepts(value);
}

/** A comma or newline separated list of names (e.g. injection-namespaces), each checked, none repeated. */
export function parseNameList(input: string, text: string, rule: NameRule, example: string): string[] {
  const names = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const name of names) checkName(input, name, rule, example);
  return [...new Set(names)];
}

export const DEFAULT_NETWORK = 'network1';

/**
 * The network input: one network name for every remote, or `remote=network` pairs (comma or newline
 * separated; remotes not listed get network1). Every remote and network name is checked.
 */
export function parseNetworkInput(text: string): (remote: string) => string {
  const value = text.trim() || DEFAULT_NETWORK;
  if (!value.includes('=')) {
    const network = checkName('network', value, 'mesh-name', DEFAULT_NETWORK);
    return () => network;
  }
  const pairs = new Map<string, string>();
  for (const item of value.split(/[\n,]/).map((entry) => entry.trim())) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new InputError({
        input: 'network',
        message: `${shownValue(item)} is not remote=network.`,
        fix: 'give one network for all remotes, or one remote=network pair per remote, e.g. network: east=network1, west=network2',
      });
    }
    const remote = checkName('network', item.slice(0, eq).trim(), 'dns-label', 'east');
    pairs.set(remote, checkName('network', item.slice(eq + 1).trim(), 'mesh-name', DEFAULT_NETWORK));
  }
  return (remote) => pairs.get(remote) ?? DEFAULT_NETWORK;
}
