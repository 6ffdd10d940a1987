// @govkit/sdk/engines/templates: the templates engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export * from './template-admin';
export * from './template-assignments';
export * from './template-store';
export * from './template-versioning';
export * from './workflow-template-engine';
