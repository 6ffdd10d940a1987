/** One dispatched Server-Sent-Events message. */
export interface SseMessage {
  /** `data:` lines joined with `\n`. */
  data: string;
  /** `event:` field; `message` when absent, as in the HTML spec. */
  event: string;
  /** The last event id in effect when this message was dispatched. */
  lastEventId: string | undefined;
}

/** What one chunk of stream text produced. */
export interface SseParseResult {
  messages: SseMessage[];
  /** A `retry:` field, in ms, when the chunk carried one. */
  retry: number | undefined;
}

/**
 * An incremental parser of the `text/event-stream` format (HTML Living Standard §9.2.6). It takes
 * text in arbitrary chunks (a line may be split anywhere, `\r\n` included), ignores comment lines
 * such as `: keep-alive`, and dispatches a message at each blank line.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private lastEventId: string | undefined;
  private sawCarriageReturn = false;

  constructor(lastEventId?: string) {
    this.lastEventId = lastEventId;
  }

  /** The id a reconnect should send as `Last-Event-ID`. */
  get currentLastEventId(): string | undefined {
    return this.lastEventId;
  }

  /** Feed decoded text; returns the messages completed by it. */
  push(text: string): SseParseResult {
    const result: SseParseResult = { messages: [], retry: undefined };
    let chunk = text;
    // A `\r\n` split across chunks: the `\n` belongs to a line already ended by `\r`.
    if (this.sawCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.sawCarriageReturn = chunk.endsWith('\r');
    this.buffer += chunk;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line, result);
    return result;
  }

  /** Forget a partial message (the connection dropped mid-message). */
  reset(): void {
    this.buffer = '';
    this.data = [];
    this.event = '';
    this.sawCarriageReturn = false;
  }

  private line(line: string, result: SseParseResult) {
    if (line === '') {
      this.dispatch(result);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) result.retry = Number(value);
        break;
      default:
        // Unknown fields are ignored, as the spec requires.
        break;
    }
  }

  private dispatch(result: SseParseResult) {
    if (this.data.length > 0) {
      result.messages.push({
        data: this.data.join('\n'),
        event: this.event || 'message',
        lastEventId: this.lastEventId,
      });
    }
    this.data = [];
    this.event = '';
  }
}
