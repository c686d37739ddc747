import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/cli/conditions.js';

const values: Record<string, string> = {
  'inputs.mode': 'resync',
  'inputs.manifests': '',
  'inputs.install-primary': 'TRUE',
  'steps.credentials.outcome': 'success',
};
const lookup = (path: string): string => values[path] ?? '';

describe('evaluateCondition()', () => {
  it('evaluateCondition() - the mode lists action.yml uses, with ==, != and ||, comparisons ignoring case', () => {
    const wires =
      "inputs.mode == 'install' || inputs.mode == 'render' || inputs.mode == 'resync' || inputs.mode == ''";
    expect(evaluateCondition(`\${{ (${wires}) }}`, lookup, false)).toBe(true);
    expect(evaluateCondition("inputs.mode == 'uninstall'", lookup, false)).toBe(false);
    expect(evaluateCondition("inputs.install-primary == 'true'", lookup, false)).toBe(true);
    expect(evaluateCondition("inputs.mode != 'uninstall' && inputs.manifests != ''", lookup, false)).toBe(
      false,
    );
    expect(evaluateCondition("!(inputs.mode == 'resync')", lookup, false)).toBe(false);
  });

  it('evaluateCondition() - without a status function it runs only while nothing failed; always() and failure() decide alone', () => {
    expect(evaluateCondition("inputs.mode == 'resync'", lookup, true)).toBe(false);
    expect(evaluateCondition('always()', lookup, true)).toBe(true);
    expect(evaluateCondition("failure() && steps.credentials.outcome == 'success'", lookup, true)).toBe(true);
    expect(evaluateCondition('success()', lookup, true)).toBe(false);
  });

  it('evaluateCondition() - refuses what it does not implement instead of guessing', () => {
    expect(() => evaluateCondition("contains(inputs.mode, 'x')", lookup, false)).toThrow(
      /unsupported if: condition/,
    );
    expect(() => evaluateCondition("github.event_name == 'push'", lookup, false)).toThrow(/unsupported/);
    expect(() => evaluateCondition("(inputs.mode == 'x'", lookup, false)).toThrow(/missing "\)"/);
  });
});
