import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/catalog';
import { inferenceLine, inferenceNotes } from '../../../shared/inventory/inference-note';
import { answerStateOf, personState, withAnswerState } from '../../../shared/person-answer';
import type { Profile } from '../../../shared/profile';

const line = inferenceLine('os-needs', 'linux', 'vInfo', 'Ubuntu Linux (64-bit)');
const other = inferenceLine('cpu-architecture', 'x86-64', 'vInfo', '64-bit');

function profileWith(notes: string, revisit: string[] = []): Profile {
  const now = '2026-01-01T00:00:00.000Z';
  return { id: '6f1c2f6e-2f4b-4f7e-9a55-1d1c0a4f1b11', name: 'db01', catalogVersion: catalog.version, answers: { 'os-needs': 'linux' }, weightOverrides: {}, notes, revisit, createdAt: now, updatedAt: now };
}

describe('a person’s answer', () => {
  it.each([
    ['the only line', line],
    ['the only line, with a line break after it', `${line}\n`],
    ['the first line', `${line}\n${other}`],
    ['a middle line', `Imported.\n${line}\n${other}`],
    ['the last line', `Imported.\n${line}`],
  ])('drops the Inferred line of its question when it is %s, leaving no empty line; the state read before puts it back exactly', (_, notes) => {
    const profile = profileWith(notes, ['cpu-architecture', 'os-needs']);
    const before = answerStateOf(profile, 'os-needs');
    const answered = withAnswerState(profile, 'os-needs', personState('linux'));
    expect(inferenceNotes(answered.notes).map((note) => note.questionId)).not.toContain('os-needs');
    expect(answered.notes.split('\n')).not.toContain(line);
    expect(answered.notes).toBe(notes.replace(`${line}\n`, '').replace(`\n${line}`, '').replace(line, ''));
    expect(answered.revisit).toEqual(['cpu-architecture']);
    expect(withAnswerState(answered, 'os-needs', before)).toEqual(profile);
  });

  it('leaves the notes alone when they record no inference of its question', () => {
    const profile = profileWith(`Imported.\n${other}`);
    expect(withAnswerState(profile, 'os-needs', personState(null))).toEqual({ ...profile, answers: {} });
  });
});
