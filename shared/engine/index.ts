export { evaluate } from './evaluate';
export type * from './types';
