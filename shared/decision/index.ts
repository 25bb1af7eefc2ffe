// Zod-free, so the renderer can use it; the schema is in ./schema.
export { accept, override, type Decided } from './decide';
export { decisionStatus, type DecisionState, type StaleReason } from './status';
export { decisionStandings, standingOf, type DecisionStanding } from './standing';
export { describeAnswerChange, describeStaleReason, describeWeightChange } from './describe';
export { inputChanges, type AnswerChange, type InputChanges, type WeightChange } from './changes';
export { fingerprintOf, snapshotInputs, sortedByKey, type Inputs } from './fingerprint';
export { decisionErrorCodes, type DecisionError, type DecisionErrorCode } from './errors';
export type { Decision, DecisionInputs, DecisionStatus } from './schema';
export { diffProfiles, type DecisionSummary, type ProfilesDiff, type WorkloadChange, type WorkloadOnce } from './review';
