/** What a step's process and the step host say to each other: one JSON document per line. */

/** A step's process asks the host to run its step with its environment and working directory. */
export interface StepRequest {
  readonly step: string;
  readonly env: Record<string, string>;
  readonly cwd: string;
}

/** What the host sends back: the step's output as it is written, then its exit code. */
export type HostFrame =
  | { readonly out: string }
  | { readonly err: string }
  | { readonly exit: number }
  /** The host did not run the step (not one it runs, or a malformed request). */
  | { readonly refused: string };

export const encodeFrame = (frame: HostFrame | StepRequest): string => `${JSON.stringify(frame)}\n`;

/**
 * Splits a stream into its lines and hands each complete one to `onFrame` (JSON never holds a raw
 * newline). With `once`, only the first line is handed over.
 */
export function decodeFrames(
  onFrame: (text: string) => void,
  options: { readonly once?: boolean } = {},
): { push(chunk: string): void } {
  let pending = '';
  let done = false;
  return {
    push(chunk: string) {
      if (done) return;
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0 && !done) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (options.once) done = true;
        onFrame(line);
        newline = pending.indexOf('\n');
      }
    },
  };
}
