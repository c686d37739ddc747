import { describe, expect, it } from 'vitest';
import {
  checkInjection,
  injectorFormat,
  missedInjectionProblem,
  podTemplate,
} from '../../../src/istio/injection.js';
import { parseManifest } from '../../../src/util/manifest.js';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { ports: [{ port: 80 }] }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        metadata: { annotations: { sidecar.istio.io/inject: "false" } }
        spec: { containers: [{ name: job, image: busybox }] }
`;

describe('injection checks', () => {
  it('injectorFormat() - tells Istio 1.0 `template` from current `templates`', () => {
    expect(injectorFormat('policy: enabled\ntemplate: |-\n  containers:\n  - name: "[[ .X ]]"\n')).toBe(
      'template',
    );
    expect(injectorFormat('policy: enabled\ntemplates:\n  sidecar: |\n    spec: {}\n')).toBe('templates');
    expect(injectorFormat('just: text')).toBeUndefined();
    expect(injectorFormat(': : :')).toBeUndefined();
  });

  it('podTemplate() - finds the pod template of workloads and CronJobs, none for Services', () => {
    const [deployment, service, cron] = parseManifest(DEPLOYMENT);
    expect(deployment && podTemplate(deployment)?.spec?.containers?.[0]?.name).toBe('web');
    expect(service && podTemplate(service)).toBeUndefined();
    expect(cron && podTemplate(cron)?.spec?.containers?.[0]?.name).toBe('job');
  });

  it('checkInjection() - reports added containers, and workloads that gained none unless they opted out', () => {
    const before = parseManifest(DEPLOYMENT);
    const injected = parseManifest(
      DEPLOYMENT.replace(
        'containers: [{ name: web, image: nginx }]',
        'initContainers: [{ name: istio-init, image: i }]\n      containers: [{ name: web, image: nginx }, { name: istio-proxy, image: p }]',
      ),
    );
    expect(checkInjection(before, injected)).toEqual({
      injected: ['Deployment web: +istio-init, +istio-proxy'],
      missed: [],
    });
    expect(checkInjection(before, before)).toEqual({ injected: [], missed: ['Deployment web'] });
  });

  it('missedInjectionProblem() - explains the Istio 1.0 format mismatch with the fix', () => {
    expect(missedInjectionProblem('template', ['Deployment web'])).toMatch(
      /Deployment web: .*Istio 1\.0.*istioctl-version/,
    );
  });
});
