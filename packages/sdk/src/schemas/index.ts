export * from './shared/endpoint';
export * from './shared/error-body';
export * from './shared/open-enum';
export * from './shared/open-object';
export * from './shared/parse-mode';
export * from './shared/primitives';
