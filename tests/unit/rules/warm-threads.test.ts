import { describe, expect, it, vi } from 'vitest';
import { EvaluationPool, sourceWorker } from '../../../electron/evaluation';
import { nodeFiles } from '../../../electron/files';
import { RulesDesk } from '../../../electron/rules/desk';
import { openStore } from '../../../electron/store';
import { tempDir } from '../handlers/support';

describe('the Rules screen opening', () => {
  it.each([
    ['warms the evaluation threads up under the rules in force, in the app', true, 1],
    ['leaves them alone where the desk is told not to (tests)', false, 0],
  ])('%s', async (_, warmThreads, calls) => {
    const { store } = await openStore({ dir: await tempDir() });
    const pool = new EvaluationPool(sourceWorker(), 1);
    const warmUp = vi.spyOn(pool, 'warmUp').mockResolvedValue(undefined);
    const desk = new RulesDesk(store, nodeFiles, pool, warmThreads);
    try {
      await desk.state();
      expect(warmUp).toHaveBeenCalledTimes(calls);
      if (calls > 0) expect(warmUp).toHaveBeenCalledWith(desk.ruleset);
    } finally {
      await desk.close();
      await store.close();
    }
  });
});
