import type { CodedErrorData } from '../api/errors';

/** Every way `accept` or `override` can refuse. The codes are stable: the app and tests rely on them. */
export const decisionErrorCodes = [
  'evaluation-mismatch',
  'signer-required',
  'nothing-to-accept',
  'recommendation-changed',
  'justification-required',
  'unknown-option',
  'option-ruled-out',
] as const;
export type DecisionErrorCode = (typeof decisionErrorCodes)[number];

export interface DecisionError extends CodedErrorData {
  code: DecisionErrorCode;
}

export function decisionError(code: DecisionErrorCode, message: string): DecisionError {
  return { code, message };
}
