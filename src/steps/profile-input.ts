/**
 * The profile input, settled once per run: as given, or (empty) read from the primary's control
 * plane by the first step that reaches the primary (preflight; uninstall and inject in the modes
 * preflight skips). The settled name is what every later read of the input in this step gets, and
 * preflight outputs it (`profile`) for the steps after it. A later step that finds the input still
 * empty (one run alone) takes istio-current.
 */
import * as core from '@actions/core';
import { apiMessage } from '../kube/client.js';
import { workloadReaderOf } from '../kube/workload-reader.js';
import {
  ISTIOD_SELECTOR,
  PILOT_SELECTOR,
  detectedProfile,
  type DetectedProfile,
} from '../istio/profile-detection.js';
import { profileByName, type Profile } from '../istio/profiles.js';
import { readNamespace, readPrimary, readProfile } from './common.js';

export interface SettledProfile {
  readonly profile: Profile;
  /** Set when the profile was read from the primary: what was found there. */
  readonly detected: DetectedProfile | undefined;
}

async function detect(step: string): Promise<DetectedProfile> {
  const namespace = readNamespace(step);
  const primary = readPrimary();
  const workloads = workloadReaderOf(primary);
  try {
    const [istiod, pilot] = await Promise.all([
      workloads.hasDeployment(namespace, ISTIOD_SELECTOR),
      workloads.hasDeployment(namespace, PILOT_SELECTOR),
    ]);
    return detectedProfile({ istiod, pilot }, namespace);
  } catch (error: unknown) {
    throw new Error(
      `[${step}] cluster "${primary.name}": profile is empty and the primary's control plane could not be read (${apiMessage(error)}). Fix: set profile: istio-current or istio-1.0, or let the primary kubeconfig list Deployments in ${namespace}.`,
      { cause: error },
    );
  }
}

export async function settleProfile(step: string): Promise<SettledProfile> {
  if (core.getInput('profile').trim() !== '') return { profile: readProfile(), detected: undefined };
  const detected = await detect(step);
  process.env.INPUT_PROFILE = detected.name;
  return { profile: profileByName(detected.name), detected };
}

/** The report line of a settled profile. */
export function profileReport({ profile, detected }: SettledProfile): string {
  return detected
    ? `profile ${profile.name}, read from the primary: ${detected.reason}`
    : `profile ${profile.name}`;
}
