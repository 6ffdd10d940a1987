export * from './governance/directory';
export * from './governance/event-log';
export * from './shared/clock';
export * from './shared/engine-error';
export * from './shared/id-generator';
