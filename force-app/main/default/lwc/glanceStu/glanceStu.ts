/*
 * The Glance service bundle: everything the components share that is not UI, one job per file (each
 * file's header says which), re-exported here so components import `c/glanceStu` alone.
 */
import * as LABELS from './labels';

export { LABELS };
export * from './serviceTargetUrls';
export * from './linkSettings';
export * from './problemMessages';
export * from './runningUser';
export * from './sessionKeyField';
export * from './cardState';
export * from './cardElement';
export * from './sessionLog';
export * from './openGuard';
export * from './wireErrors';
export * from './keyInText';
