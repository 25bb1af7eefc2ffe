export { liftInferenceNotes } from './inference-notes';
export { migrateOptionId, migrateProfile, type CatalogMigration, type CatalogStep } from './migrate-profile';
export { catalogSteps } from './steps';
