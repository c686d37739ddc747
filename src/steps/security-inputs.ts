import * as core from '@actions/core';
import type { SecurityOptions } from '../istio/security-values.js';
import { parseBoolean } from '../util/parse.js';

/**
 * The mtls and control-plane-security inputs, and whether a CA is plugged in (`plugged-in-ca`, the
 * cacerts step's output). Read by the cacerts, primary and remote-install steps.
 */
export function readSecurityOptions(): SecurityOptions {
  return {
    mtls: parseBoolean('mtls', core.getInput('mtls'), false),
    controlPlaneSecurity: parseBoolean(
      'control-plane-security',
      core.getInput('control-plane-security'),
      false,
    ),
    selfSigned: !parseBoolean('plugged-in-ca', core.getInput('plugged-in-ca'), false),
  };
}
