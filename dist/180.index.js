export const id = 180;
export const ids = [180];
export const modules = {

/***/ 45910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ COMPONENTS),
/* harmony export */   AS: () => (/* binding */ STATSD_PORT),
/* harmony export */   DX: () => (/* binding */ addressInput),
/* harmony export */   Fz: () => (/* binding */ DEFAULT_GATEWAY_SERVICE),
/* harmony export */   KK: () => (/* binding */ settingsProblems),
/* harmony export */   QV: () => (/* binding */ componentsFor),
/* harmony export */   cg: () => (/* binding */ addressProblem),
/* harmony export */   hr: () => (/* binding */ ENDPOINT_MODES),
/* harmony export */   vQ: () => (/* binding */ describeMode)
/* harmony export */ });
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79253);
/* harmony import */ var ip_address__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ip_address__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35888);


/** Istio 1.0: the seed's five components (also the names of the `<name>-pod-ip` outputs). */
const COMPONENTS = [
    {
        name: 'pilot',
        selector: 'istio=pilot',
        service: 'istio-pilot',
        ports: '15007, or 15005 with control-plane security',
        required: true,
    },
    // istio=mixer matches both mixer pods, so .items[0] may be telemetry: select by mixer type.
    {
        name: 'policy',
        selector: 'istio-mixer-type=policy',
        service: 'istio-policy',
        ports: '15004',
        required: false,
        absentBecause: 'policy (mixer) is not deployed',
    },
    {
        name: 'telemetry',
        selector: 'istio-mixer-type=telemetry',
        service: 'istio-telemetry',
        ports: '15004',
        required: false,
        absentBecause: 'telemetry (mixer) is not deployed',
    },
    {
        name: 'statsd',
        selector: 'istio=statsd-prom-bridge',
        service: 'istio-statsd-prom-bridge',
        ports: '9125',
        required: false,
        absentBecause: 'statsd-prom-bridge was removed in Istio 1.0.3',
    },
    {
        name: 'zipkin',
        selector: 'app=jaeger',
        service: 'zipkin',
        ports: '9411',
        required: false,
        absentBecause: 'tracing is off by default',
    },
];
/**
 * Current Istio: one discovery address (istiod). Remotes reach it through the east-west gateway
 * (15012 xDS/CA, 15017 webhook); istiod's own ClusterIP Service has no 15017.
 */
const ISTIO_CURRENT_COMPONENTS = [
    {
        name: 'pilot',
        selector: 'app=istiod',
        service: 'istio-eastwestgateway',
        ports: '15012 and 15017',
        required: true,
    },
];
function componentsFor(profile) {
    switch (profile) {
        case 'istio-1.0':
            return COMPONENTS;
        case 'istio-current':
            return ISTIO_CURRENT_COMPONENTS;
    }
}
const STATSD_PORT = 9125;
/** Where the addresses handed to remotes come from (istio.md §2: pod IPs change on restart). */
const ENDPOINT_MODES = ['pod-ip', 'load-balancer', 'gateway', 'explicit'];
const DEFAULT_GATEWAY_SERVICE = 'istio-ingressgateway';
function describeMode(mode) {
    switch (mode) {
        case 'pod-ip':
            return 'Running pod IPs, found by label';
        case 'load-balancer':
            return "each control-plane Service's LoadBalancer address";
        case 'gateway':
            return "one ingress gateway's LoadBalancer address for every component";
        case 'explicit':
            return 'the *-address inputs';
    }
}
/** The action input carrying a component's address in endpoint-mode explicit. */
function addressInput(component) {
    return `${component}-address`;
}
/** Strips scheme, path and port so a refusal can show the value that would be accepted. */
function bareHost(text) {
    const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
    const host = withoutScheme.split('/')[0] ?? '';
    return host.replace(/:\d*$/, '');
}
function looksLikeIpv4(text) {
    return /^[0-9.]+$/.test(text);
}
/**
 * Checks one address for the remote chart: an IPv4 address or a DNS name, nothing else. Returns the
 * problem (naming `source`, e.g. the input) or undefined when it is usable.
 */
function addressProblem(source, spec, value) {
    const bare = bareHost(value);
    const appends = `the chart appends the ports itself (${spec.name}: ${spec.ports})`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value))
        return `${source} "${value}" has a scheme: give the bare address "${bare}"; ${appends}.`;
    if (value.includes('/'))
        return `${source} "${value}" has a path: give the bare address "${bare}".`;
    if (value.startsWith('[') || (value.match(/:/g) ?? []).length > 1)
        return `${source} "${value}" is an IPv6 address: the istio-remote chart writes "<address>:<port>" without brackets, so give an IPv4 address or a DNS name that resolves to it.`;
    if (value.includes(':'))
        return `${source} "${value}" has a port: give the bare address "${bare}"; ${appends}.`;
    if (looksLikeIpv4(value))
        return ip_address__WEBPACK_IMPORTED_MODULE_1__.Address4.isValid(value)
            ? undefined
            : `${source} "${value}" is not a valid IPv4 address (example: 10.0.0.1).`;
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Subdomain */ .Pz)(value.toLowerCase()))
        return `${source} "${value}" is neither an IPv4 address nor a DNS name (examples: 10.0.0.1, istio-pilot.mesh.example.com).`;
    return undefined;
}
function explicitProblems(settings) {
    const specs = componentsFor(settings.profile);
    const problems = [];
    for (const [name, value] of Object.entries(settings.explicit)) {
        const spec = specs.find((s) => s.name === name);
        if (!spec) {
            problems.push(`${addressInput(name)} is set, but profile ${settings.profile} has no ${name} component: give only ${specs.map((s) => addressInput(s.name)).join(', ')}.`);
            continue;
        }
        const problem = addressProblem(addressInput(name), spec, value);
        if (problem)
            problems.push(problem);
    }
    for (const spec of specs.filter((s) => s.required && !settings.explicit[s.name]))
        problems.push(`${addressInput(spec.name)} is required with endpoint-mode explicit (example: ${addressInput(spec.name)}: 10.0.0.1).`);
    return problems;
}
/** Every problem with the settings, each saying what a valid value looks like; empty when usable. */
function settingsProblems(settings) {
    switch (settings.mode) {
        case 'explicit':
            return explicitProblems(settings);
        case 'gateway':
        case 'load-balancer':
        case 'pod-ip': {
            const given = Object.keys(settings.explicit);
            const problems = given.map((name) => `${addressInput(name)} is set, but endpoint-mode is ${settings.mode}: the *-address inputs are read only with endpoint-mode explicit.`);
            if (settings.mode === 'gateway' && !(0,_util_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isDns1123Label */ .z3)(settings.gatewayService))
                problems.push(`gateway-service "${settings.gatewayService}" is not a Service name (example: ${DEFAULT_GATEWAY_SERVICE}).`);
            return problems;
        }
    }
}


/***/ }),

/***/ 96230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readStepInputs)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** A refusal as one line of a ProblemsError: without the `[step]` prefix a reader may have added. */
function problemOf(error) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/^\[[a-z-]+\] /, '');
}
/**
 * Reads every input of a step once, at its top, into one readonly object: each reader runs, every
 * refusal is collected, and the step fails once naming all of them.
 */
function readStepInputs(step, readers) {
    const values = {};
    const problems = [];
    for (const key of Object.keys(readers)) {
        try {
            values[key] = readers[key]();
        }
        catch (error) {
            if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ)
                problems.push(...error.problems);
            else
                problems.push(problemOf(error));
        }
    }
    if (problems.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ(step, problems);
    return Object.freeze(values);
}


/***/ }),

/***/ 90180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/stages/summary.ts
/** Pure rendering of the job summary from the steps' reports. */

function parseStepRecord(step, outcome, reportJson) {
    let report = {};
    if (reportJson.trim() !== '') {
        try {
            report = JSON.parse(reportJson);
        }
        catch {
            report = { error: 'report was not valid JSON' };
        }
    }
    const strings = (value) => (Array.isArray(value) ? value.map(String) : []);
    return {
        step,
        outcome: outcome || (reportJson ? 'success' : 'not run'),
        did: strings(report.did),
        warnings: strings(report.warnings),
        error: typeof report.error === 'string' ? report.error : undefined,
        skipped: typeof report.skipped === 'string' ? report.skipped : undefined,
    };
}
/** A table cell: credentials in URLs cut out, pipes escaped, line breaks as <br>. */
function escapeCell(text) {
    return (0,redact/* redactUrlCredentials */.d)(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function remoteOutcomes(remotes, failed, changed) {
    return remotes.map((remote) => {
        const failure = failed.find((f) => f.remote === remote);
        if (failure)
            return { remote, outcome: 'failed', stage: failure.stage, detail: failure.message };
        const outcome = changed.has(remote) ? 'changed' : 'unchanged';
        return { remote, outcome, stage: undefined, detail: '' };
    });
}
/** The message the summary step fails with when remotes failed (the others were done). */
function failedRemotesMessage(outcomes) {
    const failed = outcomes.filter((o) => o.outcome === 'failed');
    if (failed.length === 0)
        return undefined;
    const done = outcomes.filter((o) => o.outcome !== 'failed').map((o) => o.remote);
    return (`[summary] ${failed.length} of ${outcomes.length} remote(s) failed and were left out of the later stages: ` +
        failed.map((o) => `${o.remote} (at ${o.stage ?? '?'})`).join(', ') +
        (done.length > 0 ? `; done: ${done.join(', ')}` : '') +
        '. Fix: see each failure in the job summary or the failed-remotes output, then run again (a rerun repairs only what is missing).');
}
function remoteRows(outcomes) {
    if (outcomes.length === 0)
        return [];
    return [
        '| remote | outcome | failed at | detail |',
        '| --- | --- | --- | --- |',
        ...outcomes.map((o) => `| ${o.remote} | ${o.outcome} | ${o.stage ?? ''} | ${escapeCell(o.detail) || ' '} |`),
        '',
    ];
}
function renderSummaryMarkdown(input) {
    const lines = [`## Istio multicluster (${input.mode})`, ''];
    lines.push(...remoteRows(input.remotes ?? []), ...(input.planRows ?? []));
    const endpointRows = Object.entries(input.endpoints);
    if (endpointRows.length > 0) {
        lines.push('| component | address |', '| --- | --- |');
        for (const [component, address] of endpointRows)
            lines.push(`| ${component} | ${escapeCell(address || '(absent)')} |`);
        lines.push('');
    }
    lines.push('| step | outcome | what it did |', '| --- | --- | --- |');
    for (const r of input.records) {
        const details = [
            ...r.did,
            ...r.warnings.map((w) => `⚠️ ${w}`),
            ...(r.skipped ? [`skipped: ${r.skipped}`] : []),
            ...(r.error ? [`❌ ${r.error}`] : []),
        ];
        lines.push(`| ${r.step} | ${r.outcome} | ${escapeCell(details.join('\n')) || ' '} |`);
    }
    lines.push('', `Credential files removed: ${input.removedFiles}.`);
    return `${lines.join('\n')}\n`;
}
function mergePlan(objects, registrations) {
    const plan = {};
    for (const remote of [...new Set([...Object.keys(objects), ...Object.keys(registrations)])].sort()) {
        const entry = objects[remote];
        plan[remote] = {
            ...(typeof entry === 'object' && entry !== null ? entry : {}),
            ...(typeof registrations[remote] === 'string' ? { registration: registrations[remote] } : {}),
        };
    }
    return plan;
}
function count(value) {
    if (typeof value === 'number')
        return String(value);
    return Array.isArray(value) ? String(value.length) : '';
}
function changeDetails(value) {
    if (!Array.isArray(value))
        return '';
    return value
        .map((c) => `${String(c.object)}: ${Array.isArray(c.fields) ? c.fields.join(', ') : ''}`)
        .join('\n');
}
/** The plan as a Markdown table (empty when there is no plan). */
function planRows(plan) {
    const remotes = Object.keys(plan);
    if (remotes.length === 0)
        return [];
    return [
        '### Plan (nothing was written)',
        '',
        '| remote | create | change | prune | unchanged | registration | changed fields |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...remotes.map((remote) => {
            const p = plan[remote] ?? {};
            const registration = typeof p.registration === 'string' ? p.registration : '';
            return `| ${remote} | ${count(p.create)} | ${count(p.change)} | ${count(p.prune)} | ${count(p.unchanged)} | ${registration} | ${escapeCell(changeDetails(p.change)) || ' '} |`;
        }),
        '',
    ];
}

// EXTERNAL MODULE: ./src/steps/failed-remotes.ts
var failed_remotes = __webpack_require__(86464);
// EXTERNAL MODULE: ./src/steps/inputs.ts
var inputs = __webpack_require__(96230);
// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(45910);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/steps/common.ts
var common = __webpack_require__(71234);
// EXTERNAL MODULE: ./src/steps/step.ts
var step = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/steps/summary.ts










const REPORTED_STEPS = [
    'setup-tools',
    'credentials',
    'preflight',
    'cacerts',
    'primary',
    'endpoints',
    'remote-install',
    'remote-kubeconfig',
    'register',
    'inject',
    'uninstall',
];
/** The listed paths `check` accepts as this run's own; any other is left alone and noted in `refused`. */
function ownPaths(listed, check, refused) {
    const accepted = [];
    for (const [input, path] of listed) {
        if (path === '')
            continue;
        try {
            accepted.push(check(input, path));
        }
        catch (error) {
            refused.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    return accepted;
}
function listedRecord(name) {
    return Object.values(safeRecord(name)).map((path) => [name, path]);
}
/** Files below `dir` (0 when it is missing). */
function filesIn(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return 0;
    return (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).length;
}
/**
 * Removes exactly what earlier steps output: the listed files, then the listed directories the steps
 * own (each checked to be one of this run's directories). Nothing is recomputed here.
 */
function removeListed(files, dirs, refused) {
    let removed = 0;
    for (const path of ownPaths(files, common/* readRunPath */.vX, refused)) {
        if ((0,external_node_fs_.existsSync)(path)) {
            (0,external_node_fs_.rmSync)(path, { force: true });
            removed++;
        }
    }
    for (const dir of ownPaths(dirs, common/* readRunDirectory */.rF, refused)) {
        removed += filesIn(dir);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    return removed;
}
const listed = (name) => [name, core/* getInput */.V4(name)];
function safeRecord(name) {
    try {
        return (0,parse/* parseJsonRecord */.BH)(name, core/* getInput */.V4(name));
    }
    catch {
        return {};
    }
}
function safeList(name) {
    try {
        const value = JSON.parse(core/* getInput */.V4(name) || '[]');
        return Array.isArray(value) ? value : [];
    }
    catch {
        return [];
    }
}
/** Remotes repaired by resync: re-applied (remote-install) or re-issued credentials (register), one entry each. */
function mergeRepairs() {
    const byRemote = new Map();
    const entries = [
        ...safeList('drifted-remotes'),
        ...safeList('repaired-tokens'),
        ...safeList('reissued-remotes'),
    ];
    for (const entry of entries) {
        const repair = entry;
        if (typeof repair.remote !== 'string')
            continue;
        byRemote.set(repair.remote, [
            ...(byRemote.get(repair.remote) ?? []),
            ...(repair.reasons ?? []).map(String),
        ]);
    }
    return [...byRemote.entries()].map(([remote, reasons]) => ({ remote, reasons }));
}
function safeJsonObject(name) {
    try {
        const value = JSON.parse(core/* getInput */.V4(name) || '{}');
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : {};
    }
    catch {
        return {};
    }
}
function readInputs() {
    return (0,inputs/* readStepInputs */.W)('summary', {
        credentialFiles: () => [
            listed('primary-kubeconfig-path'),
            ...listedRecord('remote-kubeconfig-paths'),
            ...listedRecord('generated-kubeconfig-paths'),
        ],
        credentialDirs: () => [listed('credentials-dir'), listed('generated-kubeconfig-dir')],
        manifestFiles: () => [
            listed('manifest-path'),
            listed('primary-manifest-path'),
            ...listedRecord('manifest-paths'),
        ],
        manifestDirs: () => [listed('manifest-dir'), listed('primary-manifest-dir')],
        records: () => REPORTED_STEPS.map((step) => parseStepRecord(step, core/* getInput */.V4(`outcome-${step}`), core/* getInput */.V4(`report-${step}`))),
        addresses: () => Object.fromEntries(components/* COMPONENTS */.$j.map((spec) => [spec.name, core/* getInput */.V4(`${spec.name}-pod-ip`)])),
        mode: () => core/* getInput */.V4('mode') || 'install',
        repairs: mergeRepairs,
        changedRemotes: () => [...safeList('changed-remotes'), ...safeList('changed-registrations')],
        remoteNames: () => Object.keys(safeRecord('remote-kubeconfig-paths')),
        failedRemotes: failed_remotes/* earlierFailedRemotes */.j,
        plan: () => core/* getInput */.V4('mode') === 'render'
            ? mergePlan(safeJsonObject('plan'), safeJsonObject('registration-plan'))
            : {},
    });
}
function run() {
    return (0,step/* runAsStep */.I)('summary', async () => {
        const inputs = readInputs();
        const refused = [];
        const removedFiles = removeListed(inputs.credentialFiles, inputs.credentialDirs, refused);
        const removedManifests = removeListed(inputs.manifestFiles, inputs.manifestDirs, refused);
        const { records } = inputs;
        const endpoints = {};
        for (const spec of components/* COMPONENTS */.$j) {
            const address = inputs.addresses[spec.name] ?? '';
            if (address || records.some((r) => r.step === 'endpoints' && r.outcome === 'success'))
                endpoints[spec.name] = address;
        }
        const changedSet = new Set([
            ...inputs.changedRemotes.filter((r) => typeof r === 'string'),
            ...inputs.repairs.map((r) => r.remote),
        ]);
        const remotes = remoteOutcomes(inputs.remoteNames, inputs.failedRemotes, changedSet);
        const markdown = renderSummaryMarkdown({
            mode: inputs.mode,
            endpoints,
            records,
            removedFiles,
            remotes,
            planRows: planRows(inputs.plan),
        });
        if (process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z.addRaw(markdown).write();
        }
        else {
            core/* info */.pq(markdown);
        }
        const changed = inputs.repairs.length > 0 || inputs.changedRemotes.length > 0;
        return {
            outputs: {
                changed: String(changed),
                'drifted-remotes': JSON.stringify(inputs.repairs),
                'failed-remotes': JSON.stringify(inputs.failedRemotes),
                plan: JSON.stringify(inputs.plan),
            },
            report: {
                did: [`removed ${removedFiles} credential file(s) and ${removedManifests} rendered manifest(s)`],
                ...(refused.length > 0
                    ? { warnings: refused.map((r) => `left alone (not a file of this run): ${r}`) }
                    : {}),
            },
            failRun: failedRemotesMessage(remotes),
        };
    });
}


/***/ })

};
