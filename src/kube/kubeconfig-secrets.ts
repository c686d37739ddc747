/**
 * The values of a kubeconfig to mask in the runner's log, and the forms to register for each. The
 * callers pass them to core.setSecret before anything is logged.
 */
import { decodeBase64Text } from './kubeconfig-input.js';
import type {
  Kubeconfig,
  KubeconfigAuthProvider,
  KubeconfigExec,
  KubeconfigUser,
} from './kubeconfig-model.js';

const SECRET_NAME_PATTERN =
  /token|secret|passw|pwd|credential|private|session|api[-_]?key|access[-_]?key|auth/i;
const SECRET_FLAG_PATTERN =
  /^--?(?:[\w-]*(?:token|secret|password|passwd|credential|api-key|access-key)[\w-]*)(?:=(.*))?$/i;

function execSecrets(exec: KubeconfigExec): string[] {
  const secrets: string[] = [];
  for (const variable of exec.env ?? []) {
    if (variable.name && variable.value && SECRET_NAME_PATTERN.test(variable.name))
      secrets.push(variable.value);
  }
  const args = exec.args ?? [];
  args.forEach((arg, index) => {
    const match = SECRET_FLAG_PATTERN.exec(arg);
    if (match === null) return;
    const value = match[1] ?? args[index + 1];
    if (value !== undefined && !value.startsWith('-')) secrets.push(value);
  });
  return secrets;
}

function authProviderSecrets(provider: KubeconfigAuthProvider): string[] {
  return Object.entries(provider.config ?? {})
    .filter(([key]) => SECRET_NAME_PATTERN.test(key))
    .map(([, value]) => value);
}

function userSecrets(user: KubeconfigUser): string[] {
  const secrets = [user.token, user['client-key-data'], user.password];
  if (user.username && user.password) secrets.push(`${user.username}:${user.password}`);
  if (user['auth-provider']) secrets.push(...authProviderSecrets(user['auth-provider']));
  if (user.exec) secrets.push(...execSecrets(user.exec));
  return secrets.filter((secret): secret is string => secret !== undefined && secret.trim() !== '');
}

/**
 * Every sensitive string of the kubeconfig, as written in it: tokens, client-key-data, passwords
 * (and `user:password`), auth-provider tokens and secrets, exec env values and flags that look secret.
 * Certificates and CA data are public and not listed. See secretMaskForms for what to mask.
 */
export function kubeconfigSecrets(config: Kubeconfig): readonly string[] {
  return [...new Set(config.users.flatMap((entry) => (entry.user ? userSecrets(entry.user) : [])))];
}

const PEM_ARMOR = /^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/;

/**
 * What to register with the runner's masker for each secret: the value, its base64 encoding and,
 * for base64 of a PEM (client-key-data), each line of the PEM except its armor lines.
 * Never a multi-line string: the runner masks those line by line, armor lines included.
 */
export function secretMaskForms(secrets: readonly string[]): readonly string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    const value = secret.trim();
    if (value === '') continue;
    for (const line of maskableLines(value)) forms.add(line);
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    const decoded = decodeBase64Text(value);
    if (decoded?.includes('-----BEGIN')) for (const line of maskableLines(decoded)) forms.add(line);
  }
  return [...forms];
}

function maskableLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !PEM_ARMOR.test(line));
}
