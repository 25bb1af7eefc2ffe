export { openStore, type OpenStoreOptions, type OpenedStore } from './open-store';
export { ProfileStore, type Clock } from './profile-store';
export type { OpenNotice, OpenOutcome, ReadOnlyReason } from './notice';
export type { DeletedProfileSummary, EvaluationSummary, ProfileSummary, RevisionSummary } from './records';
export { StoreError, type StoreErrorCode, type StoreErrorDetails } from './errors';
export { nodeStoreFs, type StoreFs, type NewFile, type FileStamp } from './fs';
export { nodeLockHost, type LockHost } from './lock';
export type { CurrentProfile, RestatedSummary, StoredRules } from './house-rules';
export type { BatchSave, BatchSaved } from './library';
