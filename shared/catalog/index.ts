import { criteria } from './criteria';
import { options } from './options';
import { questions } from './questionnaire';
import { ratings } from './ratings';
import type { Catalog } from './types';

export * from './types';
export { answeredQuestions, describeAnswer } from './describe';

/** The knowledge Hostwise decides with. Bump `version` whenever a question or answer id changes. */
export const catalog: Catalog = {
  version: 1,
  criteria,
  options,
  ratings,
  themes: [
    { id: 'security', name: 'Security and compliance' },
    { id: 'platform', name: 'Platform and hardware' },
    { id: 'workload', name: 'Workload behaviour' },
    { id: 'operations', name: 'Operations' },
    { id: 'organisation', name: 'Organisation and cost' },
  ],
  questions,
};
