export { parseProfileFile, type ParseOptions, type ParsedProfileFile, type ProfileFileResult } from './parse';
export { sameProfileContent, serializeProfileFile } from './serialize';
export { checkAnswers } from './check-answers';
export { profileFileErrorCodes, type ProfileFileError, type ProfileFileErrorCode } from './errors';
export { fileLimits } from './limits';
export {
  profileFileFormat,
  profileFileSchema,
  profileFileSchemaUrl,
  profileFileVersion,
  type ProfileFile,
} from './schema';
export { profileFileJsonSchema } from './json-schema';
export { catalogSteps, migrateProfile, type CatalogMigration, type CatalogStep } from '../migrate';
export { formatMigrations, type FormatMigration } from './version-gate';
export { printable } from './text';
