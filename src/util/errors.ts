/** An error that names where it happened and how to fix it, so a failed step says what to do next. */
export class StageError extends Error {
  readonly stage: string;
  readonly cluster: string | undefined;
  readonly fix: string | undefined;

  constructor(options: { stage: string; cluster?: string; message: string; fix?: string; cause?: unknown }) {
    const where = options.cluster
      ? `[${options.stage}] cluster "${options.cluster}": `
      : `[${options.stage}] `;
    // The fix is a sentence of its own: the message before it ends with one.
    const message = options.fix && !/[.!?]$/.test(options.message) ? `${options.message}.` : options.message;
    const fix = options.fix ? ` Fix: ${options.fix}` : '';
    super(`${where}${message}${fix}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StageError';
    this.stage = options.stage;
    this.cluster = options.cluster;
    this.fix = options.fix;
  }
}

/** Several problems found at once (validation, preflight): reported together, then failed once. */
export class ProblemsError extends Error {
  readonly problems: readonly string[];

  constructor(stage: string, problems: readonly string[]) {
    super(`[${stage}] ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A refused action input, raised by an input reader that does not know which step it runs in:
 * runAsStep reports it as a StageError of that step. The message never quotes a secret.
 */
export class InputError extends Error {
  readonly input: string;
  readonly detail: string;
  readonly fix: string;

  constructor(options: { input: string; message: string; fix: string }) {
    super(`input ${options.input}: ${options.message} Fix: ${options.fix}`);
    this.name = 'InputError';
    this.input = options.input;
    this.detail = options.message;
    this.fix = options.fix;
  }

  /** The same refusal as a StageError naming `stage`. */
  inStage(stage: string): StageError {
    return new StageError({ stage, message: `input ${this.input}: ${this.detail}`, fix: this.fix });
  }
}
