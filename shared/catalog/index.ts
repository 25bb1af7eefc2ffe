import { criteria } from './criteria';
import { options } from './options';
import { questions, rules } from './questions';
import { ratings } from './ratings';
import { sources } from './sources';
import type { Catalog } from './types';

export * from './types';
export { answeredQuestions, describeAnswer } from './describe';
export { citationOf } from './citation';
export { conditionHolds } from './condition';

/** The knowledge Hostwise decides with. Bump `version` whenever an id changes, and add a step to `migrate`. */
export const catalog: Catalog = {
  version: 2,
  sources,
  criteria,
  options,
  ratings,
  themes: [
    { id: 'context', name: 'Where it runs' },
    { id: 'platform', name: 'Operating system and hardware' },
    { id: 'security', name: 'Security and compliance' },
    { id: 'workload', name: 'Workload behaviour' },
    { id: 'operations', name: 'Availability and operations' },
    { id: 'organisation', name: 'Licensing and cost' },
  ],
  questions,
  rules,
};
