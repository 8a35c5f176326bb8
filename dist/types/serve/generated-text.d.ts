import type { LlamaModel, Token } from 'node-llama-cpp';
/**
 * The text of tokens as they are generated, for a generation that runs its own token loop (one that
 * goes on past the end of text): decoded a token at a time (a character split across tokens waits for
 * its last byte), cut before the first stop string, and streamed without the tail that could still
 * become the start of one, so a client never receives text that a stop string later takes back.
 */
export declare class GeneratedText {
    private readonly model;
    private readonly stops;
    private readonly onTextChunk?;
    private readonly generated;
    private readonly pending;
    private text;
    private sent;
    private stopped;
    constructor(model: LlamaModel, stops: readonly string[], onTextChunk?: ((text: string) => void) | undefined);
    /** Takes the next token; true once the text holds a stop string (the generation stops there). */
    add(token: Token): boolean;
    /** The whole text, once the generation ended: what was held back for a stop string is sent. */
    finish(): string;
    private send;
    private longestStop;
    private firstStop;
    /** The length of the text's longest end that begins some stop string. */
    private heldBack;
}
