import { describe, expect, it } from 'vitest';
import { fanOut, valuesOrThrow } from '../../../src/util/fan-out.js';
import { ProblemsError } from '../../../src/util/errors.js';

const remotes = ['east', 'west', 'north'].map((name) => ({ name }));

describe('fanOut()', () => {
  it('fanOut() - attempts every remote within the bound and keeps each failure with its remote and stage', async () => {
    let running = 0;
    let most = 0;
    const result = await fanOut(remotes, { parallelism: 2, stage: 'remote-install' }, async (remote) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      if (remote.name === 'west') throw new Error('west is down');
      return remote.name.toUpperCase();
    });
    expect(most).toBe(2);
    expect(result.done).toEqual([
      { remote: 'east', value: 'EAST' },
      { remote: 'north', value: 'NORTH' },
    ]);
    expect(result.failures.map((f) => [f.remote, f.stage, (f.error as Error).message])).toEqual([
      ['west', 'remote-install', 'west is down'],
    ]);
  });

  it('valuesOrThrow() - values when all succeed; one failure alone is rethrown; several are reported together with what was done', async () => {
    const ok = await fanOut(remotes, { parallelism: 4, stage: 's' }, (r) => Promise.resolve(r.name));
    expect(valuesOrThrow(ok)).toEqual(['east', 'west', 'north']);
    const alone = await fanOut([{ name: 'east' }], { parallelism: 1, stage: 's' }, () =>
      Promise.reject(new Error('boom')),
    );
    expect(() => valuesOrThrow(alone)).toThrow('boom');
    const some = await fanOut(remotes, { parallelism: 4, stage: 'uninstall' }, (r) =>
      r.name === 'east' ? Promise.resolve(1) : Promise.reject(new Error(`${r.name} failed`)),
    );
    expect(() => valuesOrThrow(some)).toThrow(ProblemsError);
    expect(() => valuesOrThrow(some)).toThrow(
      /\[uninstall\] 3 problem\(s\):\n {2}- west failed\n {2}- north failed\n {2}- done despite this: east/,
    );
  });
});
