export { groupOf } from './group';
export { openQuestionsOf, rankOpenQuestions } from './open-questions';
export { portfolioOf } from './portfolio';
export { addTo, emptyTally, optionCount } from './tally';
export * from './types';
