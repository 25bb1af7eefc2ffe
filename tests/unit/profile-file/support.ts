import fc from 'fast-check';
import { expect } from 'vitest';
import { catalog, criterionIds } from '../../../shared/catalog';
import type { Profile } from '../../../shared/profile';
import { parseProfileFile, type ParseOptions, type ProfileFileError, type ParsedProfileFile } from '../../../shared/profile-file';

export { validFile, validProfile } from '../../fixtures/hostile-cases';

/** The refusal of a file that must be refused. */
export function refusal(input: string | Uint8Array, options?: ParseOptions): ProfileFileError {
  const result = parseProfileFile(input, options);
  if (result.ok) expect.fail('the file was accepted');
  return result.error;
}

/** The result of a file that must be accepted. */
export function accepted(input: string | Uint8Array, options?: ParseOptions): ParsedProfileFile {
  const result = parseProfileFile(input, options);
  if (!result.ok) expect.fail(`refused: ${result.error.code} at ${result.error.path}: ${result.error.message}`);
  return result;
}

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Answers to some of the catalogue's questions, each with one of its own answers. */
const answers = fc
  .subarray(catalog.questions)
  .chain((questions) =>
    fc
      .tuple(...questions.map((question) => fc.constantFrom(...question.answers.map((answer) => answer.id))))
      .map((ids) => Object.fromEntries(questions.map((question, index) => [question.id, ids[index]!]))),
  );

const weightOverrides = fc
  .subarray([...criterionIds])
  .chain((criteria) =>
    fc
      .tuple(...criteria.map(() => fc.double({ min: 0, max: 100, noNaN: true })))
      .map((weights) => Object.fromEntries(criteria.map((criterion, index) => [criterion, weights[index]!]))),
  );

/** Any profile the schema and the catalogue accept, as the schema returns it (names already trimmed). */
export const validProfileArbitrary: fc.Arbitrary<Profile> = fc.record({
  id: fc.uuid(),
  name: fc
    .string({ unit: 'binary', minLength: 1, maxLength: 200 })
    .map((name) => name.trim())
    .filter((name) => name.length > 0),
  catalogVersion: fc.constant(catalog.version),
  answers,
  weightOverrides,
  notes: fc.string({ unit: 'binary', maxLength: 300 }),
  revisit: fc.uniqueArray(fc.constantFrom(...catalog.questions.map((question) => question.id)), { maxLength: 4 }),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const validProfilesArbitrary = fc.uniqueArray(validProfileArbitrary, { selector: (profile) => profile.id, maxLength: 4 });
