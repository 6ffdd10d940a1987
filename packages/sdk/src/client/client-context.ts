import type { TransportOptions } from './request-options';
import type { Transport } from './transport';

/**
 * What every endpoint call needs: one transport and the resolved options it runs with. A
 * {@link ClientCore} (`client.core`) is one; {@link createClientContext} builds one without the
 * client, so an app that calls a few standalone endpoint functions bundles only those.
 */
export interface ClientContext {
  readonly transport: Transport;
  readonly options: TransportOptions;
}
