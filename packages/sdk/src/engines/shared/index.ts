// @govkit/sdk/engines/shared: what every engine builds on (clock, ids, `EngineError`, cloning,
// checksums, signed URLs, the governance event log and directory).

export * from '../governance/directory';
export * from '../governance/event-log';
export * from '../governance/event-types';
export * from '../storage/artifact-paths';
export * from '../storage/checksum';
export * from '../storage/signed-url';
export * from './clock';
export * from './clone-data';
export * from './engine-error';
export * from './id-generator';
