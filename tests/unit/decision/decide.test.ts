import { describe, expect, it } from 'vitest';
import { accept, decisionErrorCodes, fingerprintOf, override } from '../../../shared/decision';
import { decided, evaluated, exampleProfile, now } from './support';

const profile = exampleProfile('edge-iot-gateways');
const evaluation = evaluated(profile);

describe('accept', () => {
  it('records the recommendation, who, when, the catalogue and the inputs it was made on', () => {
    const result = accept(profile, evaluation, '  Ana Lima ', now);
    expect(result).toEqual({
      ok: true,
      superseded: null,
      profile: {
        ...profile,
        updatedAt: '2026-03-02T10:30:00.000Z',
        decision: {
          kind: 'accept',
          status: 'accepted',
          option: 'container',
          by: 'Ana Lima',
          at: '2026-03-02T10:30:00.000Z',
          catalogVersion: 2,
          inputs: { fingerprint: fingerprintOf(profile), answers: profile.answers, weightOverrides: profile.weightOverrides },
        },
      },
    });
  });

  it('records the house rules the evaluation was made under', () => {
    const rules = { name: 'Acme', version: '2026.1', hash: 'a'.repeat(64) };
    const underRules = { ...evaluation, houseRules: { ...rules, effects: [], without: { status: 'recommended' as const, winner: 'vm' as const } } };
    expect(decided(accept(profile, underRules, 'Ana', now)).decision?.houseRules).toEqual(rules);
  });

  it('supersedes the decision before it, which the caller keeps in the revisions', () => {
    const first = decided(accept(profile, evaluation, 'Ana', now));
    const second = accept(first, evaluation, 'Bo', new Date('2026-04-01T00:00:00Z'));
    expect(second.ok && second.superseded).toEqual({ ...first.decision, status: 'superseded' });
    expect(decided(second).decision?.by).toBe('Bo');
  });

  it('refuses without a name, with nothing to accept, or with the evaluation of another profile', () => {
    expect(accept(profile, evaluation, '   ', now)).toMatchObject({ ok: false, error: { code: 'signer-required' } });
    const unsure = { ...evaluation, recommendation: { ...evaluation.recommendation, status: 'insufficient-answers' as const } };
    expect(accept(profile, unsure, 'Ana', now)).toMatchObject({ ok: false, error: { code: 'nothing-to-accept' } });
    expect(accept({ ...profile, id: '00000000-0000-4000-8000-000000000000' }, evaluation, 'Ana', now)).toMatchObject({
      ok: false,
      error: { code: 'evaluation-mismatch' },
    });
  });
});

describe('override', () => {
  it('records another option with its justification, trimmed', () => {
    const result = decided(override(profile, evaluation, 'vm', '  Our SRE team runs only VMs this year. ', 'Ana', now));
    expect(result.decision).toMatchObject({ kind: 'override', status: 'accepted', option: 'vm', justification: 'Our SRE team runs only VMs this year.' });
  });

  it('refuses an override without a written justification, with a clear message', () => {
    for (const justification of ['', '   \n\t ']) {
      const result = override(profile, evaluation, 'vm', justification, 'Ana', now);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'justification-required',
          message: 'An override needs a written justification: say why this option and not the recommendation.',
        },
      });
    }
  });

  it('refuses an unknown option and one the answers rule out', () => {
    expect(override(profile, evaluation, 'mainframe', 'Because.', 'Ana', now)).toMatchObject({ ok: false, error: { code: 'unknown-option' } });
    const erp = exampleProfile('legacy-windows-erp');
    const result = override(erp, evaluated(erp), 'container', 'Cheaper.', 'Ana', now);
    expect(result).toMatchObject({ ok: false, error: { code: 'option-ruled-out' } });
    expect(!result.ok && result.error.message).toContain('"container" is ruled out for this workload');
  });

  it('has a code for every refusal, each listed once', () => {
    expect(new Set(decisionErrorCodes).size).toBe(decisionErrorCodes.length);
  });
});
