import * as core from '@actions/core';
import { serverUrlProblem, shownServer } from '../kube/transport-policy.js';
import { ProblemsError } from '../util/errors.js';
import { isDns1123Label } from '../util/names.js';

const EXAMPLE = 'remote-api-servers: east=https://10.0.12.4:6443';

/**
 * The remote-api-servers input (`name=https://host:port`, comma or newline separated), every entry
 * checked: a DNS-1123 remote name and an https URL without credentials. All problems at once.
 */
export function parseApiServerOverrides(step: string, text: string): Record<string, string> {
  const overrides: Record<string, string> = {};
  const problems: string[] = [];
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? item.slice(0, eq).trim() : '';
    const server = eq > 0 ? item.slice(eq + 1).trim() : '';
    if (!isDns1123Label(name)) {
      problems.push(
        `input remote-api-servers: "${shownServer(item)}" is not remote=https://host:port with a remote name of remote-names. Fix: e.g. ${EXAMPLE}`,
      );
      continue;
    }
    const problem = serverUrlProblem(server);
    if (problem !== undefined) {
      problems.push(`input remote-api-servers: the address of ${name}, ${shownServer(server)}, ${problem}.`);
      continue;
    }
    if (overrides[name] !== undefined)
      problems.push(`input remote-api-servers: ${name} is given twice. Fix: give one address per remote.`);
    overrides[name] = server;
  }
  if (problems.length > 0) throw new ProblemsError(step, problems);
  return overrides;
}

/** remote-api-servers, as parseApiServerOverrides reads it. */
export function readApiServerOverrides(step: string): Record<string, string> {
  return parseApiServerOverrides(step, core.getInput('remote-api-servers'));
}
