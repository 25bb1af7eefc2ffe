import { describe, expect, it } from 'vitest';
import { catalog, type CriterionId } from '../../../shared/catalog';
import { evaluate } from '../../../shared/engine';
import type { Profile } from '../../../shared/profile';
import { labelsOf } from '../../../renderer/catalog/labels';
import { provenanceLines, provenanceSummary } from '../../../renderer/weights/provenance';

function provenanceOf(criterion: CriterionId, answers: Record<string, string>, weightOverrides: Profile['weightOverrides'] = {}) {
  const profile: Profile = {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Tenant sandbox',
    catalogVersion: catalog.version,
    answers,
    weightOverrides,
    notes: '',
    revisit: [],
    createdAt: '2026-11-29T00:00:00.000Z',
    updatedAt: '2026-11-29T00:00:00.000Z',
  };
  const found = evaluate(profile, catalog).weightProvenance.find((provenance) => provenance.criterion === criterion);
  if (!found) throw new Error(`No provenance for ${criterion}`);
  return found;
}

const untrustedMultiTenant = { 'code-trust': 'untrusted', tenancy: 'multi-tenant' };

describe('a weight’s provenance in a few words', () => {
  it('says base when no answer moves the weight', () => {
    expect(provenanceSummary(provenanceOf('isolation', {}))).toBe('base');
  });

  it('counts the answers that move it, and the lines name each of them', () => {
    const provenance = provenanceOf('isolation', untrustedMultiTenant);
    expect(provenanceSummary(provenance)).toBe('base + 2 answers');
    expect(provenanceLines(provenance, labelsOf(catalog))).toEqual([
      'Base 1',
      '+2 from “Whose code runs in this workload?” → Customers\' or other untrusted code (CI jobs, plugins, functions)',
      '+1 from “Who shares the infrastructure it runs on?” → Several customers (multi-tenant)',
      '= 4 derived from the answers',
    ]);
  });

  it('says set by hand for an override, and the lines keep the derived weight', () => {
    const provenance = provenanceOf('isolation', untrustedMultiTenant, { isolation: 2 });
    expect(provenanceSummary(provenance)).toBe('set by hand');
    expect(provenanceLines(provenance, labelsOf(catalog)).at(-1)).toBe('Set by hand to 2 (derived 4)');
  });

  it('says one answer in the singular', () => {
    expect(provenanceSummary(provenanceOf('isolation', { 'code-trust': 'untrusted' }))).toBe('base + 1 answer');
  });
});
