import { z } from 'zod';
import { profileSchema } from '../profile';
import { fileLimits } from './limits';

export const profileFileFormat = 'hostwise.profiles';
/** The file format version this app writes and the newest it reads. */
export const profileFileVersion = 4;
/** Where the file's JSON Schema is published; `assets/schema/hostwise-profiles.schema.json` is its source. */
export const profileFileSchemaUrl = 'https://hostwise.dev/schema/hostwise-profiles.schema.json';

/** The whole file, after any format migration: strict, so unknown properties are refused. */
export const profileFileSchema = z
  .strictObject({
    $schema: z.string().max(2_000).optional(),
    format: z.literal(profileFileFormat),
    version: z.literal(profileFileVersion),
    profiles: z.array(profileSchema).max(fileLimits.maxProfiles),
  })
  .meta({
    title: 'Hostwise profiles',
    description:
      'Workload profiles shared between Hostwise users: answers to the questionnaire, weight overrides, notes and the architect\'s decision.',
  });

export type ProfileFile = z.infer<typeof profileFileSchema>;
