/**
 * A minimal OpenAI-compatible `/v1/completions` server over node-llama-cpp, for the openai
 * backend's tests: greedy completions with `usage`, and (unless disabled) prompt log-probs for
 * `echo: true, logprobs: 0` the way vLLM answers them. One request at a time.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LlamaContext, LlamaModel, Token } from 'node-llama-cpp';
import { generateGreedy, getSharedLlama, loadLlamaModel } from '../../src/llama/runtime.js';

export interface TestServer {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startOpenAiServer(modelPath: string, o: { logprobs: boolean }): Promise<TestServer> {
  const llama = await getSharedLlama(false);
  const model: LlamaModel = await loadLlamaModel(modelPath, llama);
  const context: LlamaContext = await model.createContext({ contextSize: 4096, batchSize: 1024, threads: 1 });
  const seq = context.getSequence();
  let queue: Promise<unknown> = Promise.resolve();
  const state = { requests: 0 };

  async function promptLogprobs(prompt: string): Promise<{ tokens: string[]; token_logprobs: Array<number | null> }> {
    const toks = model.tokenize(prompt);
    await seq.clearHistory();
    const input = [model.tokens.bos!, ...toks];
    const res = await seq.controlledEvaluate(
      input.map((t, i) => (i < input.length - 1 ? [t, { generateNext: { probabilities: true } }] : t)) as Parameters<
        typeof seq.controlledEvaluate
      >[0],
    );
    const lp: Array<number | null> = [];
    for (let i = 0; i < toks.length; i++)
      lp.push(Math.log(res[i]!.next.probabilities!.get(input[i + 1] as Token) ?? 0));
    return { tokens: toks.map((t) => model.detokenize([t])), token_logprobs: lp };
  }

  async function handle(body: Record<string, unknown>): Promise<unknown> {
    const prompt = String(body.prompt ?? '');
    const maxTokens = Number(body.max_tokens ?? 16);
    const gen = maxTokens > 0 ? await generateGreedy(model, seq, prompt, maxTokens) : { text: '', tokens: 0 };
    const logprobs = o.logprobs && body.echo && body.logprobs !== undefined ? await promptLogprobs(prompt) : null;
    return {
      id: `cmpl-${state.requests}`,
      object: 'text_completion',
      model: body.model,
      choices: [{ index: 0, text: (body.echo ? prompt : '') + gen.text, logprobs, finish_reason: 'length' }],
      usage: { prompt_tokens: model.tokenize(prompt).length, completion_tokens: gen.tokens },
    };
  }

  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/completions') {
        res.writeHead(404).end('{"error":"not found"}');
        return;
      }
      state.requests++;
      const job = queue.then(async () => {
        try {
          const out = await handle(JSON.parse(data));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
        } catch (err) {
          res.writeHead(500).end(JSON.stringify({ error: String(err) }));
        }
      });
      queue = job;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue;
      await context.dispose();
      await model.dispose();
    },
  };
}
