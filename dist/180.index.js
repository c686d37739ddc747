export const id = 180;
export const ids = [180];
export const modules = {

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
;// CONCATENATED MODULE: ./src/stages/summary.ts
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
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function renderSummaryMarkdown(input) {
    const lines = [`## Istio multicluster (${input.mode})`, ''];
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

// EXTERNAL MODULE: ./src/istio/components.ts
var components = __webpack_require__(45910);
// EXTERNAL MODULE: ./src/util/parse.ts
var parse = __webpack_require__(25303);
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
/** Removes every credential file of this run: the listed paths and the run's credentials directory. */
function removeCredentialFiles() {
    const listed = [
        core/* getInput */.V4('primary-kubeconfig-path'),
        ...Object.values(safeRecord('remote-kubeconfig-paths')),
        ...Object.values(safeRecord('generated-kubeconfig-paths')),
    ].filter((p) => p !== '');
    let removed = 0;
    for (const path of listed) {
        if ((0,external_node_fs_.existsSync)(path)) {
            (0,external_node_fs_.rmSync)(path, { force: true });
            removed++;
        }
    }
    if (process.env.RUNNER_TEMP) {
        const dir = (0,common/* runDirectory */.xw)('credentials');
        if ((0,external_node_fs_.existsSync)(dir)) {
            removed += (0,external_node_fs_.readdirSync)(dir).length;
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    return removed;
}
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
function run() {
    return (0,step/* runAsStep */.I)('summary', async () => {
        const removedFiles = removeCredentialFiles();
        const records = REPORTED_STEPS.map((step) => parseStepRecord(step, core/* getInput */.V4(`outcome-${step}`), core/* getInput */.V4(`report-${step}`)));
        const endpoints = {};
        for (const spec of components/* COMPONENTS */.$j) {
            const address = core/* getInput */.V4(`${spec.name}-pod-ip`);
            if (address || records.some((r) => r.step === 'endpoints' && r.outcome === 'success'))
                endpoints[spec.name] = address;
        }
        const markdown = renderSummaryMarkdown({
            mode: core/* getInput */.V4('mode') || 'install',
            endpoints,
            records,
            removedFiles,
        });
        if (process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z.addRaw(markdown).write();
        }
        else {
            core/* info */.pq(markdown);
        }
        const repairs = mergeRepairs();
        const changed = repairs.length > 0 || safeList('changed-remotes').length > 0;
        return {
            outputs: { changed: String(changed), 'drifted-remotes': JSON.stringify(repairs) },
            report: { did: [`removed ${removedFiles} credential file(s)`] },
        };
    });
}


/***/ })

};
