export const id = 580;
export const ids = [580];
export const modules = {

/***/ 9580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: parseCliArguments

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/cli/conditions.ts
function tokenize(text) {
    const tokens = [];
    const pattern = /\s*(?:(==|!=|&&|\|\||!|\(|\))|'((?:[^']|'')*)'|([A-Za-z][A-Za-z0-9_.-]*(?:\(\))?))/y;
    let index = 0;
    while (index < text.length) {
        if (/^\s*$/.test(text.slice(index)))
            break;
        pattern.lastIndex = index;
        const match = pattern.exec(text);
        if (!match)
            throw new Error(`unsupported if: condition: ${text} (at "${text.slice(index)}")`);
        if (match[1] !== undefined)
            tokens.push({ kind: 'op', value: match[1] });
        else if (match[2] !== undefined)
            tokens.push({ kind: 'str', value: match[2].replace(/''/g, "'") });
        else if (match[3] !== undefined)
            tokens.push({ kind: 'ref', value: match[3] });
        index = pattern.lastIndex;
    }
    return tokens;
}
const truthy = (value) => (typeof value === 'boolean' ? value : value !== '');
const conditions_text = (value) => (typeof value === 'boolean' ? String(value) : value);
/** Evaluates a condition; `failed` says whether an earlier step failed. */
function evaluateCondition(condition, lookup, failed) {
    const source = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
    const tokens = tokenize(source);
    let position = 0;
    let usesStatus = false;
    const peek = () => tokens[position];
    const take = (value) => {
        const token = peek();
        if (token?.kind === 'op' && token.value === value) {
            position++;
            return true;
        }
        return false;
    };
    const primary = () => {
        const token = tokens[position++];
        if (!token)
            throw new Error(`unsupported if: condition (ends early): ${condition}`);
        if (token.kind === 'str')
            return token.value;
        if (token.kind === 'op' && token.value === '(') {
            const inner = or();
            if (!take(')'))
                throw new Error(`unsupported if: condition (missing ")"): ${condition}`);
            return inner;
        }
        if (token.kind === 'op' && token.value === '!')
            return !truthy(primary());
        if (token.kind === 'ref') {
            const status = { 'always()': true, 'success()': !failed, 'failure()': failed }[token.value];
            if (status !== undefined) {
                usesStatus = true;
                return status;
            }
            if (/^(inputs\.[\w-]+|steps\.[\w-]+\.(outputs\.[\w-]+|outcome))$/.test(token.value))
                return lookup(token.value);
        }
        throw new Error(`unsupported if: condition: ${condition} (at "${token.value}")`);
    };
    const comparison = () => {
        const left = primary();
        if (take('=='))
            return conditions_text(left).toLowerCase() === conditions_text(primary()).toLowerCase();
        if (take('!='))
            return conditions_text(left).toLowerCase() !== conditions_text(primary()).toLowerCase();
        return left;
    };
    const and = () => {
        let value = comparison();
        while (take('&&')) {
            const right = comparison();
            value = truthy(value) && truthy(right);
        }
        return value;
    };
    const or = () => {
        let value = and();
        while (take('||')) {
            const right = and();
            value = truthy(value) || truthy(right);
        }
        return value;
    };
    const result = truthy(or());
    if (position !== tokens.length)
        throw new Error(`unsupported if: condition: ${condition}`);
    return usesStatus ? result : result && !failed;
}

;// CONCATENATED MODULE: ./src/cli/composite.ts






function loadAction(actionDir) {
    const action = js_yaml/* default.load */.Ay.load((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(actionDir, 'action.yml'), 'utf8'));
    if (action.runs?.using !== 'composite')
        throw new Error('action.yml is not a composite action');
    return action;
}
/** Splits `a || b || 'c'` into its alternatives, leaving `||` inside quoted literals alone. */
function alternatives(expression) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < expression.length; i++) {
        const char = expression[i] ?? '';
        if (char === "'")
            quoted = !quoted;
        if (!quoted && expression.startsWith('||', i)) {
            parts.push(current.trim());
            current = '';
            i++;
            continue;
        }
        current += char;
    }
    parts.push(current.trim());
    return parts;
}
function evaluateOne(inner, context) {
    const literal = /^'((?:[^']|'')*)'$/.exec(inner);
    if (literal?.[1] !== undefined)
        return literal[1].replace(/''/g, "'");
    let m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(inner);
    if (m?.[1] !== undefined)
        return context.inputs[m[1]] ?? '';
    m = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(inner);
    if (m?.[1] !== undefined && m[2] !== undefined)
        return context.steps[m[1]]?.outputs[m[2]] ?? '';
    m = /^steps\.([A-Za-z0-9_-]+)\.outcome$/.exec(inner);
    if (m?.[1] !== undefined)
        return context.steps[m[1]]?.outcome ?? '';
    throw new Error(`unsupported expression in action.yml: \${{ ${inner} }}`);
}
/** `inputs.x`, `steps.<id>.outputs.<name>`, `steps.<id>.outcome`, literals, and `a || b`: the first non-empty (as GitHub evaluates it). */
function evaluate(expression, context) {
    for (const alternative of alternatives(expression.trim())) {
        const value = evaluateOne(alternative, context);
        if (value !== '')
            return value;
    }
    return '';
}
function substitute(template, context) {
    return template.replace(/\$\{\{(.*?)\}\}/g, (_, expression) => evaluate(expression, context));
}
/** Parses a GITHUB_OUTPUT file: `key=value` lines and `key<<DELIMITER` heredocs. */
function parseOutputFile(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
            const value = [];
            for (i++; i < lines.length && lines[i] !== heredoc[2]; i++)
                value.push(lines[i] ?? '');
            outputs[heredoc[1]] = value.join('\n');
            continue;
        }
        const eq = line.indexOf('=');
        if (eq > 0)
            outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return outputs;
}
/**
 * Like the runner's log: `::add-mask::` lines are consumed, and every masked value is replaced by ***
 * in all later output of the run.
 */
class MaskingLog {
    masks = new Set();
    pending = '';
    sink;
    constructor(sink) {
        this.sink = sink;
    }
    write(chunk) {
        const lines = (this.pending + chunk).split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            this.line(line);
    }
    flush() {
        if (this.pending !== '')
            this.line(this.pending);
        this.pending = '';
    }
    line(line) {
        const mask = /^::add-mask::(.*)$/.exec(line);
        if (mask?.[1] !== undefined) {
            if (mask[1] !== '')
                this.masks.add(mask[1]);
            return;
        }
        // The runner shows debug lines only when step debugging is on.
        if (line.startsWith('::debug::'))
            return;
        let text = line;
        for (const value of [...this.masks].sort((a, b) => b.length - a.length))
            text = text.split(value).join('***');
        this.sink(`${text}\n`);
    }
}
function runScript(script, env, log) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk) => log.write(chunk.toString()));
        child.stderr.on('data', (chunk) => log.write(chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            log.flush();
            resolve(code ?? 1);
        });
    });
}
function shouldRun(step, failed, context) {
    const condition = step.if?.trim();
    if (condition === undefined)
        return !failed;
    return evaluateCondition(condition, (path) => evaluate(path, context), failed);
}
async function runComposite(options) {
    const action = loadAction(options.actionDir);
    const inputs = {};
    for (const [name, spec] of Object.entries(action.inputs))
        inputs[name] = options.inputs[name] ?? spec.default ?? '';
    const unknown = Object.keys(options.inputs).filter((name) => !(name in action.inputs));
    if (unknown.length > 0)
        throw new Error(`unknown input(s): ${unknown.join(', ')}`);
    const context = { inputs, steps: {} };
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'composite-'));
    const summaryFile = (0,external_node_path_.join)(work, 'summary.md');
    (0,external_node_fs_.writeFileSync)(summaryFile, '');
    const log = new MaskingLog(options.onOutput ?? ((chunk) => process.stdout.write(chunk)));
    let path = options.env?.PATH ?? process.env.PATH ?? '';
    let failed = false;
    try {
        for (const [index, step] of action.runs.steps.entries()) {
            if (!shouldRun(step, failed, context)) {
                context.steps[step.id] = { id: step.id, outcome: 'skipped', outputs: {} };
                continue;
            }
            const outputFile = (0,external_node_path_.join)(work, `output-${index}`);
            const pathFile = (0,external_node_path_.join)(work, `path-${index}`);
            (0,external_node_fs_.writeFileSync)(outputFile, '');
            (0,external_node_fs_.writeFileSync)(pathFile, '');
            const env = { ...process.env, ...options.env, PATH: path };
            for (const [key, value] of Object.entries(step.env ?? {}))
                env[key] = substitute(String(value), context);
            Object.assign(env, {
                GITHUB_ACTION_PATH: options.actionDir,
                GITHUB_OUTPUT: outputFile,
                GITHUB_PATH: pathFile,
                GITHUB_STEP_SUMMARY: summaryFile,
            });
            const code = await runScript(step.run, env, log);
            const added = (0,external_node_fs_.readFileSync)(pathFile, 'utf8').split('\n').filter(Boolean);
            if (added.length > 0)
                path = [...added.reverse(), path].join(external_node_path_.delimiter);
            context.steps[step.id] = {
                id: step.id,
                outcome: code === 0 ? 'success' : 'failure',
                outputs: parseOutputFile((0,external_node_fs_.readFileSync)(outputFile, 'utf8')),
            };
            if (code !== 0)
                failed = true;
        }
        const outputs = {};
        for (const [name, spec] of Object.entries(action.outputs))
            outputs[name] = substitute(spec.value, context);
        return {
            steps: Object.values(context.steps),
            outputs,
            success: !failed,
            summary: (0,external_node_fs_.readFileSync)(summaryFile, 'utf8'),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/run.ts




const KUBECONFIG_INPUTS = new Set(['remote-kubeconfigs']);
/** `--name value`, `--name=value`, `@path` reads a file; a repeated input is joined (kubeconfigs with `---`). */
function parseCliArguments(argv, readFile) {
    const collected = {};
    let actionDir;
    let json = false;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '--help' || arg === '-h' || arg === 'help') {
            help = true;
            continue;
        }
        if (arg === '--json') {
            json = true;
            continue;
        }
        if (!arg.startsWith('--'))
            throw new Error(`unexpected argument "${arg}" (inputs are given as --name value)`);
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined)
            throw new Error(`--${name} needs a value`);
        if (value.startsWith('@'))
            value = readFile(value.slice(1));
        if (name === 'action-dir')
            actionDir = value;
        else
            (collected[name] ??= []).push(value);
    }
    const inputs = {};
    for (const [name, values] of Object.entries(collected)) {
        inputs[name] = values.join(KUBECONFIG_INPUTS.has(name) ? '\n---\n' : '\n');
    }
    return { inputs, actionDir, json, help };
}
function usage(actionDir) {
    const action = loadAction(actionDir);
    const names = Object.keys(action.inputs).map((n) => `  --${n}`);
    return [
        'Usage: istio-multicluster run --<input> <value> ... [--json]',
        'Runs the steps of action.yml in order, as a GitHub runner would. A value @path reads a file.',
        'Inputs:',
        ...names,
        '',
    ].join('\n');
}
async function runCli(argv) {
    const args = parseCliArguments(argv, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    const actionDir = (0,external_node_path_.resolve)(args.actionDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(process.argv[1] ?? '.'), '..'));
    if (args.help) {
        process.stdout.write(usage(actionDir));
        return 0;
    }
    const runnerTemp = process.env.RUNNER_TEMP ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'istio-multicluster-'));
    const toolCache = process.env.RUNNER_TOOL_CACHE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'istio-multicluster-action', 'tool-cache');
    (0,external_node_fs_.mkdirSync)(toolCache, { recursive: true });
    const result = await runComposite({
        actionDir,
        inputs: args.inputs,
        env: {
            RUNNER_TEMP: runnerTemp,
            RUNNER_TOOL_CACHE: toolCache,
            GITHUB_WORKSPACE: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        },
        onOutput: (chunk) => process.stderr.write(chunk),
    });
    const rows = result.steps.map((s) => `  ${s.id.padEnd(18)} ${s.outcome}`);
    process.stderr.write(`\nSteps:\n${rows.join('\n')}\n`);
    if (args.json)
        process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
    else
        for (const [name, value] of Object.entries(result.outputs))
            process.stdout.write(`${name}=${value}\n`);
    return result.success ? 0 : 1;
}


/***/ })

};
