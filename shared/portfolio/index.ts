export { groupOf } from './group';
export { openQuestionsOf, rankOpenQuestions, storedOpenQuestions } from './open-questions';
export { portfolioOf } from './portfolio';
export { addTo, emptyTally, optionCount } from './tally';
export * from './types';
