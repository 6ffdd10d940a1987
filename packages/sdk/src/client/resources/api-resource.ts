import type { ClientCore } from '../client-core';

/**
 * The base of every resource class: it only holds the client core. Methods stay one line each,
 * naming their endpoint definition and mapping positional path ids onto its path params.
 */
export abstract class ApiResource {
  protected readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }
}
