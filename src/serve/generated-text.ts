import type { LlamaModel, Token } from 'node-llama-cpp';

/** A UTF-8 character is at most 4 bytes: a token ending inside one waits for at most 3 more. */
const MAX_PENDING = 3;
const REPLACEMENT = '\uFFFD';

/**
 * The text of tokens as they are generated, for a generation that runs its own token loop (one that
 * goes on past the end of text): decoded a token at a time (a character split across tokens waits for
 * its last byte), cut before the first stop string, and streamed without the tail that could still
 * become the start of one, so a client never receives text that a stop string later takes back.
 */
export class GeneratedText {
  private readonly generated: Token[] = [];
  private readonly pending: Token[] = [];
  private text = '';
  private sent = 0;
  private stopped = false;

  constructor(
    private readonly model: LlamaModel,
    private readonly stops: readonly string[],
    private readonly onTextChunk?: (text: string) => void,
  ) {}

  /** Takes the next token; true once the text holds a stop string (the generation stops there). */
  add(token: Token): boolean {
    if (this.stopped) return true;
    this.pending.push(token);
    // The tokens before give the decoder its context (a leading space depends on what precedes).
    const piece = this.model.detokenize(this.pending, false, this.generated.slice(-8));
    if (piece.endsWith(REPLACEMENT) && this.pending.length <= MAX_PENDING) return false;
    this.generated.push(...this.pending.splice(0));
    const searchFrom = Math.max(0, this.text.length - this.longestStop() + 1);
    this.text += piece;
    const at = this.firstStop(searchFrom);
    if (at !== null) {
      this.text = this.text.slice(0, at);
      this.stopped = true;
    }
    this.send(this.stopped ? this.text.length : this.text.length - this.heldBack());
    return this.stopped;
  }

  /** The whole text, once the generation ended: what was held back for a stop string is sent. */
  finish(): string {
    if (!this.stopped && this.pending.length)
      this.text += this.model.detokenize(this.pending.splice(0), false, this.generated.slice(-8));
    this.send(this.text.length);
    return this.text;
  }

  private send(upTo: number): void {
    if (upTo <= this.sent) return;
    this.onTextChunk?.(this.text.slice(this.sent, upTo));
    this.sent = upTo;
  }

  private longestStop(): number {
    return this.stops.reduce((n, s) => Math.max(n, s.length), 0);
  }

  private firstStop(from: number): number | null {
    let first: number | null = null;
    for (const s of this.stops) {
      const i = s ? this.text.indexOf(s, from) : -1;
      if (i >= 0 && (first === null || i < first)) first = i;
    }
    return first;
  }

  /** The length of the text's longest end that begins some stop string. */
  private heldBack(): number {
    let hold = 0;
    for (const s of this.stops)
      for (let k = Math.min(s.length - 1, this.text.length); k > hold; k--)
        if (this.text.endsWith(s.slice(0, k))) {
          hold = k;
          break;
        }
    return hold;
  }
}
