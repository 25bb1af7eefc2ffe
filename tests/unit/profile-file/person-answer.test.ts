import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/profile';
import { answeredByPerson, answerStateOf, inferredAnswers, personState, withAnswerState } from '../../../shared/person-answer';
import { validProfile } from './support';

const cell = (answer: string) => ({ answer, source: "vInfo 'OS according to the VMware Tools'", value: 'Microsoft Windows Server 2012 R2' });
const imported: Profile = {
  ...validProfile,
  answers: { 'os-needs': 'windows-legacy', 'cpu-architecture': 'x86-64' },
  provenance: { 'os-needs': cell('windows-legacy'), 'cpu-architecture': cell('x86-64') },
  revisit: ['os-needs'],
};

describe('answers an import inferred, and a person’s answers', () => {
  it('counts an answer as inferred only while it is still the one the import gave', () => {
    expect(Object.keys(inferredAnswers(imported))).toEqual(['os-needs', 'cpu-architecture']);
    expect(Object.keys(inferredAnswers({ ...imported, answers: { ...imported.answers, 'os-needs': 'linux' } }))).toEqual(['cpu-architecture']);
  });

  it('a person’s answer, even the same one, replaces the inferred one and settles the question to revisit', () => {
    const same = answeredByPerson(imported, 'os-needs', 'windows-legacy');
    expect(same.answers['os-needs']).toBe('windows-legacy');
    expect(same.provenance).toEqual({ 'cpu-architecture': cell('x86-64') });
    expect(same.revisit).toEqual([]);
    const cleared = answeredByPerson(same, 'cpu-architecture', null);
    expect(cleared.answers).toEqual({ 'os-needs': 'windows-legacy' });
    expect(cleared.provenance).toBeUndefined();
  });

  it('an undo puts back exactly what a person’s answer replaced: the answer, its place to revisit and its provenance', () => {
    const before = answerStateOf(imported, 'os-needs');
    const answered = withAnswerState(imported, 'os-needs', personState('linux'));
    expect(answered.provenance).toEqual({ 'cpu-architecture': cell('x86-64') });
    expect(withAnswerState(answered, 'os-needs', before)).toEqual(imported);
  });
});
