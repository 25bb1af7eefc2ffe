import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { evaluate, type Evaluation } from '../../../shared/engine';
import { answersUnder, effectsOf, evaluateUnder, houseRuleId, outcomeUnder, rulesetOf, type HouseRules } from '../../../shared/house-rules';
import type { Profile } from '../../../shared/profile';
import { accepted, exampleProfiles, profileWith, rulesOf, validRulesFile } from './support';

const reason = 'Because the platform team says so.';
const under = (profile: Profile, rules: HouseRules | null) => evaluateUnder(profile, rulesetOf(catalog, rules), { samples: 0 });
const option = (evaluation: Evaluation, id: string) => evaluation.ranking.find((ranked) => ranked.option === id)!;
const weightOf = (evaluation: Evaluation, criterion: string) => evaluation.weightProvenance.find((entry) => entry.criterion === criterion)!;

describe('organisation answers', () => {
  const rules = rulesOf({ preAnswers: [{ id: 'untrusted-by-default', question: 'code-trust', answer: 'untrusted', reason }] });

  it('fill in only the questions a profile leaves open: a person’s answer wins', () => {
    expect(answersUnder({ latency: 'tolerant' }, rules)).toEqual({ 'code-trust': 'untrusted', latency: 'tolerant' });
    expect(answersUnder({ 'code-trust': 'own' }, rules)).toEqual({ 'code-trust': 'own' });
    expect(answersUnder({ 'code-trust': 'own' }, null)).toEqual({ 'code-trust': 'own' });
  });

  it('reach the engine: untrusted code rules out plain containers unless the profile answers otherwise', () => {
    expect(option(under(profileWith({}), rules), 'container').ruledOut).toBe(true);
    expect(option(under(profileWith({ 'code-trust': 'own' }), rules), 'container').ruledOut).toBe(false);
  });
});

describe('default weights', () => {
  const rules = rulesOf({ weights: [{ id: 'licensing-matters', criterion: 'licensing', weight: 4, reason }] });

  it('apply unless the profile sets the weight itself', () => {
    expect(weightOf(under(profileWith({}), null), 'licensing')).toMatchObject({ base: 0, weight: 0 });
    expect(weightOf(under(profileWith({}), rules), 'licensing')).toMatchObject({ base: 4, override: null, weight: expect.closeTo(4 / 11, 9) });
    expect(weightOf(under(profileWith({}, { licensing: 0 }), rules), 'licensing')).toMatchObject({ base: 4, override: 0, weight: 0 });
  });
});

describe('rating shifts and rule-outs', () => {
  const rules = rulesOf({
    ratings: [{ id: 'hypervisor-exit', when: { 'hosting-environment': ['on-prem-hypervisor'] }, options: ['vm'], criterion: 'automation', delta: -2, reason }],
    ruleOuts: [{ id: 'no-vms-for-vendors', when: { 'code-trust': ['third-party'] }, options: ['vm'], reason }],
  });
  const automation = (evaluation: Evaluation) => option(evaluation, 'vm').contributions.find((entry) => entry.criterion === 'automation')!;

  it('shift a rating only where their condition holds', () => {
    const shifted = automation(under(profileWith({ 'hosting-environment': 'on-prem-hypervisor' }), rules));
    expect(shifted.adjustments).toContainEqual(expect.objectContaining({ rule: houseRuleId('hypervisor-exit'), delta: -2 }));
    expect(shifted.range.likely).toBe(automation(under(profileWith({ 'hosting-environment': 'on-prem-hypervisor' }), null)).range.likely - 2);
    expect(automation(under(profileWith({ 'hosting-environment': 'public-cloud' }), rules)).adjustments).toEqual([]);
    expect(automation(under(profileWith({}), rules)).adjustments).toEqual([]);
  });

  it('rule an option out only where their condition holds', () => {
    const vendor = option(under(profileWith({ 'code-trust': 'third-party' }), rules), 'vm');
    expect(vendor.ruledOut).toBe(true);
    expect(vendor.ruleOuts.map((ref) => ref.rule)).toEqual([houseRuleId('no-vms-for-vendors')]);
    expect(option(under(profileWith({ 'code-trust': 'own' }), rules), 'vm').ruledOut).toBe(false);
  });
});

describe('required questions', () => {
  const rules = rulesOf({ required: [{ id: 'latency-first', questions: ['latency'], reason }] });
  const [edge] = exampleProfiles('edge-iot-gateways');
  const { latency, ...withoutLatency } = edge!.answers;
  const unanswered = { ...edge!, answers: withoutLatency };

  it('withhold the recommendation until answered', () => {
    expect(under(unanswered, null).recommendation.status).toBe('recommended');
    const withheld = under(unanswered, rules);
    expect(withheld.recommendation.status).toBe('insufficient-answers');
    expect(withheld.answerFirst[0]).toMatchObject({ questionId: 'latency', required: true });
    expect(withheld.recommendation.summary).toContain('the house rules require an answer to “How sensitive is it to latency and jitter?”');
    expect(under({ ...unanswered, answers: { ...withoutLatency, latency: latency! } }, rules).recommendation.status).toBe('recommended');
  });
});

describe('an evaluation under house rules', () => {
  const rules = accepted(validRulesFile);
  const profile = profileWith({ 'code-trust': 'third-party', 'org-data-class': 'secret' });

  it('records the rules’ name, version and hash, and what the plain catalogue recommends', () => {
    const evaluation = under(profile, rules);
    const plain = evaluate(profile, catalog, { samples: 0 }).recommendation;
    expect(evaluation.houseRules).toMatchObject({ ...rules.identity, without: { status: plain.status, winner: plain.winner } });
    expect(evaluation.houseRules?.name).toBe('Example team rules');
    expect(evaluation.houseRules?.version).toBe('1.0');
    expect(evaluation.houseRules?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records nothing without rules, and is the plain evaluation', () => {
    const evaluation = under(profile, null);
    expect(evaluation.houseRules).toBeNull();
    expect(evaluation).toEqual(evaluate(profile, catalog, { samples: 0 }));
  });

  it('gives the same outcome as the outcome alone', () => {
    const { status, winner } = under(profile, rules).recommendation;
    expect(outcomeUnder(profile, rulesetOf(catalog, rules))).toEqual({ status, winner });
  });
});

describe('what each entry changed, in a sentence', () => {
  const ruleset = rulesetOf(catalog, accepted(validRulesFile));
  const sentences = (answers: Profile['answers'], weights: Profile['weightOverrides'] = {}) =>
    effectsOf({ answers, weightOverrides: weights }, ruleset).map(({ kind, entry, change }) => `${kind}/${entry}: ${change}`);
  const platformQuestion = '“What does the organisation already run in production, and know?”';

  it('says what the organisation answered, the default weight, the rule-outs that hold and the open required questions', () => {
    expect(sentences({})).toEqual([
      `preAnswers/both-platforms: Answered ${platformQuestion} with “Both” for the organisation.`,
      'weights/licensing-counts: Default weight of Licence exposure: 1 (catalogue: 0).',
      'ruleOuts/no-gvisor: Rules out User-space-kernel sandboxed containers: Our clusters offer no gVisor.',
      'required/classify-first: Requires an answer to “Which data class does it handle?” before the recommendation is final.',
    ]);
  });

  it('says what the profile’s own answers and weights overrule, and which conditional entries hold', () => {
    const answers = { 'hosting-environment': 'on-prem-hypervisor', 'org-data-class': 'secret', 'code-trust': 'untrusted', 'existing-platform': 'kubernetes' };
    expect(sentences(answers, { licensing: 3 })).toEqual([
      'questions/org-data-class: Asked “Which data class does it handle?”: Secret data.',
      `preAnswers/both-platforms: The profile's own answer to ${platformQuestion}, “A Kubernetes platform (or OpenShift) in production, with the skills to run it”, stands over the organisation's “Both”.`,
      'weights/licensing-counts: The profile\'s own weight of Licence exposure stands over the default of 1.',
      'ratings/hypervisor-exit: Licence exposure of Virtual machine −2 on the 0–10 scale: The hypervisor estate is being retired.',
      'ruleOuts/no-gvisor: Rules out User-space-kernel sandboxed containers: Our clusters offer no gVisor.',
      'ruleOuts/secret-off-shared-nodes: Rules out Containers on bare metal: Secret data from code we did not write stays off shared nodes.',
    ]);
  });

  it('leaves out entries that change nothing: the same answer as the organisation’s, conditions that fail', () => {
    const entries = effectsOf({ answers: { 'existing-platform': 'both', 'code-trust': 'own', 'org-data-class': 'open' }, weightOverrides: {} }, ruleset).map(
      (effect) => effect.entry,
    );
    expect(entries).toEqual(['org-data-class', 'licensing-counts', 'no-gvisor']);
  });

  it('is empty without rules', () => {
    expect(effectsOf(profileWith({}), rulesetOf(catalog, null))).toEqual([]);
  });
});
