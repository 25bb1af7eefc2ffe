import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { serializeProfileFile } from '../../../shared/profile-file';
import { accepted } from './support';

const folder = new URL('../../../assets/examples/', import.meta.url);

/** Each example: the option the catalogue recommends and the criterion that decides it most. */
const expected = {
  'multi-tenant-saas.hostwise': { winner: 'sandboxed-container', mainReason: 'isolation' },
  'stateless-web-api.hostwise': { winner: 'container', mainReason: 'performance' },
  'legacy-windows-erp.hostwise': { winner: 'vm', mainReason: 'os-compatibility' },
  'gpu-training-pipeline.hostwise': { winner: 'container', mainReason: 'resource-efficiency' },
  'edge-iot-gateways.hostwise': { winner: 'container', mainReason: 'portability' },
  'regulated-payments.hostwise': { winner: 'container-on-vm', mainReason: 'isolation' },
} as const;

describe('the example profiles', () => {
  it('are exactly the six described here', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s is valid, explained, saved in canonical form and recommends %o', (file, { winner, mainReason }) => {
    const text = readFileSync(new URL(file, folder), 'utf8');
    const { profiles } = accepted(text);
    expect(profiles).toHaveLength(1);
    const [profile] = profiles;
    expect(profile!.notes.length).toBeGreaterThan(200);
    expect(serializeProfileFile(profiles)).toBe(text);
    const evaluation = evaluate(profile!, catalog);
    expect(evaluation.recommendation.winner).toBe(winner);
    expect(evaluation.recommendation.reasons[0]?.criterion).toBe(mainReason);
  });

  it('rule out what the workload cannot run on: the ERP needs its own OS, the SaaS untrusted code a kernel boundary', () => {
    const ruledOut = (file: string) => {
      const [profile] = accepted(readFileSync(new URL(file, folder))).profiles;
      return evaluate(profile!, catalog, { samples: 0 }).ranking.filter((option) => option.ruledOut).map((option) => option.option);
    };
    expect(ruledOut('legacy-windows-erp.hostwise').sort()).toEqual(['container', 'container-on-vm', 'sandboxed-container']);
    expect(ruledOut('multi-tenant-saas.hostwise')).toEqual(['container']);
  });
});
