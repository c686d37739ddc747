/** A thrown error as the runner reads it: one `::error::` line (outside Actions still a readable line). */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `::error::${message.replace(/\r?\n/g, '%0A')}\n`;
}
