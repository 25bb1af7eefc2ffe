import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { accept, decisionStatus, describeStaleReason, override, type StaleReason } from '../../../shared/decision';
import type { Evaluation } from '../../../shared/engine';
import { decided, evaluated, exampleProfile, now } from './support';

const profile = exampleProfile('edge-iot-gateways');
const evaluation = evaluated(profile);
const accepted = decided(accept(profile, evaluation, 'Ana', now));

const stale = (state: ReturnType<typeof decisionStatus>): StaleReason[] => (state.status === 'stale' ? state.reasons : expect.fail(state.status));

describe('decisionStatus', () => {
  it('is undecided without a decision, or with one only proposed', () => {
    expect(decisionStatus(profile, evaluation)).toEqual({ status: 'undecided', decision: null });
    const proposed = { ...accepted, decision: { ...accepted.decision!, status: 'proposed' as const } };
    expect(decisionStatus(proposed, evaluation)).toEqual({ status: 'undecided', decision: proposed.decision });
  });

  it('is current right after accepting, and after an override the evaluation still allows', () => {
    expect(decisionStatus(accepted, evaluated(accepted))).toEqual({ status: 'current', decision: accepted.decision });
    const overridden = decided(override(profile, evaluation, 'vm', 'The gateways run on the vendor hypervisor.', 'Ana', now));
    expect(decisionStatus(overridden, evaluated(overridden)).status).toBe('current');
  });

  it('is stale once an answer changes, naming the question, the answer before and after, and the moved recommendation', () => {
    const changed = { ...accepted, answers: { ...accepted.answers, 'code-trust': 'untrusted' } };
    const reasons = stale(decisionStatus(changed, evaluated(changed)));
    expect(reasons[0]).toEqual({ kind: 'answer', question: 'code-trust', before: accepted.answers['code-trust'], after: 'untrusted' });
    expect(describeStaleReason(reasons[0]!, catalog)).toMatch(/^Answer to “.+”: .+ → .+\.$/);
  });

  it('is stale when a weight is set by hand or removed', () => {
    const weighted = { ...accepted, weightOverrides: { isolation: 7 } };
    expect(stale(decisionStatus(weighted, evaluated(weighted)))).toContainEqual({ kind: 'weight', criterion: 'isolation', before: null, after: 7 });
    expect(describeStaleReason({ kind: 'weight', criterion: 'isolation', before: 7, after: null }, catalog)).toBe(
      'Weight of Isolation and security: 7 (set by hand) → derived from the answers.',
    );
  });

  it('is stale when the accepted recommendation is no longer recommended, though the inputs are the same', () => {
    const moved: Evaluation = { ...evaluation, recommendation: { ...evaluation.recommendation, winner: 'vm' } };
    expect(stale(decisionStatus(accepted, moved))).toEqual([{ kind: 'recommendation', decided: 'container', status: 'recommended', winner: 'vm' }]);
    expect(describeStaleReason({ kind: 'recommendation', decided: 'container', status: 'recommended', winner: 'vm' }, catalog)).toBe(
      'The accepted recommendation was Containers on bare metal; the recommendation is now Virtual machine.',
    );
  });

  it('stays current after an override however the recommendation moves, until its option is ruled out', () => {
    const overridden = decided(override(profile, evaluation, 'vm', 'Vendor support.', 'Ana', now));
    const moved: Evaluation = { ...evaluation, recommendation: { ...evaluation.recommendation, winner: 'microvm-sandbox' } };
    expect(decisionStatus(overridden, moved).status).toBe('current');
    const ruledOut: Evaluation = {
      ...evaluation,
      ranking: evaluation.ranking.map((option) => (option.option === 'vm' ? { ...option, ruledOut: true, reason: 'No hypervisor.' } : option)),
    };
    expect(stale(decisionStatus(overridden, ruledOut))).toEqual([{ kind: 'option-unavailable', option: 'vm', reason: 'No hypervisor.' }]);
  });

  it('is stale under another catalogue version or other house rules', () => {
    const rules = { name: 'Acme', version: '1', hash: 'b'.repeat(64) };
    const other: Evaluation = { ...evaluation, catalogVersion: 3, houseRules: { ...rules, effects: [], without: evaluation.recommendation } };
    expect(stale(decisionStatus(accepted, other))).toEqual([
      { kind: 'catalog', before: 2, after: 3 },
      { kind: 'house-rules', before: null, after: rules },
    ]);
  });

  it('is stale when the recorded inputs were edited without their fingerprint', () => {
    const edited = { ...accepted, decision: { ...accepted.decision!, inputs: { ...accepted.decision!.inputs, fingerprint: '0'.repeat(64) } } };
    expect(stale(decisionStatus(edited, evaluation))[0]).toMatchObject({ kind: 'fingerprint', recorded: '0'.repeat(64) });
  });
});
