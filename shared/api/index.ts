export * from './contract';
export * from './channels';
export * from './errors';
export * from './client';
export * from './bridge';
