export { parseRulesFile, type RulesFileResult } from './parse';
export { rulesFileErrorCodes, type RulesFileErrorCode, type RulesProblem } from './errors';
export {
  entryKinds,
  maxDefaultWeight,
  maxRatingDelta,
  rulesFileFormat,
  rulesFileSchema,
  rulesFileSchemaUrl,
  rulesFileVersion,
  rulesLimits,
  type EntryKind,
  type HouseRules,
  type RulesFile,
  type RulesIdentity,
} from './schema';
export { contentHash, describeIdentity } from './identity';
export { answersUnder, applyHouseRules, houseRuleId } from './overlay';
export { rulesetOf, type Ruleset } from './ruleset';
export { evaluateUnder, outcomeUnder, type Outcome } from './evaluate';
export { effectsOf } from './effects';
export { previewRules, sameOutcome, type ChangedRecommendation, type RulesPreview } from './preview';
export { diffRules, type EntryChange, type RulesDiff } from './diff';
export { entriesOf } from './references';
export { entryNames } from './entry-names';
export { rulesFileJsonSchema } from './json-schema';
