import { coachingEndpoints as ep } from '../../schemas/coaching/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.coaching`: threaded coaching notes on overrides, with moderation. */
export class CoachingResource extends ApiResource {
  /** `GET /api/governance/overrides/{override_id}/coaching-notes` (oldest first, removed included). */
  list(overrideId: string, options?: RequestOptions) {
    return this.core.call(ep.list, { override_id: overrideId }, undefined, options);
  }

  /** `POST /api/governance/overrides/{override_id}/coaching-notes` (201). */
  create(overrideId: string, body: EndpointParams<typeof ep.create>, options?: RequestOptions) {
    return this.core.call(ep.create, { override_id: overrideId }, body, options);
  }

  /** `PATCH /api/governance/coaching-notes/{note_id}`. */
  update(noteId: string, body: EndpointParams<typeof ep.update>, options?: RequestOptions) {
    return this.core.call(ep.update, { note_id: noteId }, body, options);
  }

  /** `PATCH /api/governance/coaching-notes/{note_id}/flag` (optional reason). */
  flag(noteId: string, body?: EndpointParams<typeof ep.flag>, options?: RequestOptions) {
    return this.core.call(ep.flag, { note_id: noteId }, body, options);
  }

  /** `PATCH /api/governance/coaching-notes/{note_id}/resolve` (optional reason). */
  resolve(noteId: string, body?: EndpointParams<typeof ep.resolve>, options?: RequestOptions) {
    return this.core.call(ep.resolve, { note_id: noteId }, body, options);
  }

  /** `PATCH /api/governance/coaching-notes/{note_id}/remove` (optional reason). */
  remove(noteId: string, body?: EndpointParams<typeof ep.remove>, options?: RequestOptions) {
    return this.core.call(ep.remove, { note_id: noteId }, body, options);
  }
}
