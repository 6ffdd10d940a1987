export { type CreateHandlersOptions, createHandlers } from './create-handlers';
