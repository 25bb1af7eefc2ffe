import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import { serializeProfileFile } from '../../../shared/profile-file';
import { accepted } from './support';

const folder = new URL('../../../assets/examples/', import.meta.url);

/**
 * Each example profile (answered against catalogue 1, opened through the migration): the option catalogue 2
 * recommends and the criterion that decides it most.
 */
const expected = {
  'multi-tenant-saas.hostwise': { winner: 'microvm-sandbox', mainReason: 'isolation' },
  'stateless-web-api.hostwise': { winner: 'container', mainReason: 'resource-efficiency' },
  'legacy-windows-erp.hostwise': { winner: 'vm', mainReason: 'isolation' },
  'gpu-training-pipeline.hostwise': { winner: 'container', mainReason: 'resource-efficiency' },
  'edge-iot-gateways.hostwise': { winner: 'container', mainReason: 'resource-efficiency' },
  'regulated-payments.hostwise': { winner: 'container', mainReason: 'resource-efficiency' },
} as const;

describe('the example profiles', () => {
  it('are exactly the six described here', () => {
    const profileFiles = readdirSync(folder).filter((file) => file.endsWith('.hostwise'));
    expect(profileFiles.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s is valid, explained, in canonical form, migrates to catalogue 2 and recommends %o', (file, { winner, mainReason }) => {
    const text = readFileSync(new URL(file, folder), 'utf8');
    // The file on disk is in canonical form for the catalogue it was written against.
    expect(serializeProfileFile((JSON.parse(text) as { profiles: never[] }).profiles)).toBe(text);
    const parsed = accepted(text);
    expect(parsed.profiles).toHaveLength(1);
    const [profile] = parsed.profiles;
    expect(profile!.notes.length).toBeGreaterThan(200);
    expect(profile!.catalogVersion).toBe(catalog.version);
    expect(parsed.catalogMigrations).toHaveLength(1);
    expect(parsed.catalogMigrations[0]!.fromCatalog).toBe(1);
    // Saved again, the migrated profile opens unchanged and needs no migration.
    const again = accepted(serializeProfileFile(parsed.profiles));
    expect(again.profiles).toEqual(parsed.profiles);
    expect(again.catalogMigrations).toEqual([]);
    const evaluation = evaluate(profile!, catalog);
    expect(evaluation.recommendation.winner).toBe(winner);
    expect(evaluation.recommendation.reasons[0]?.criterion).toBe(mainReason);
  });

  it('rule out what the workload cannot run on: the ERP needs its own OS, the SaaS untrusted code a kernel boundary', () => {
    const ruledOut = (file: string) => {
      const [profile] = accepted(readFileSync(new URL(file, folder))).profiles;
      return evaluate(profile!, catalog, { samples: 0 }).ranking.filter((option) => option.ruledOut).map((option) => option.option);
    };
    expect(ruledOut('legacy-windows-erp.hostwise').sort()).toEqual(['container', 'container-on-vm', 'microvm-sandbox', 'userspace-sandbox']);
    expect(ruledOut('multi-tenant-saas.hostwise')).toEqual(['container']);
  });
});
