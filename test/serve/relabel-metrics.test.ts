import { describe, expect, it } from 'vitest';
import { parseSample, relabelExposition } from '../../src/serve/relabel-metrics.js';

/** What llama-server --metrics answers on GET /metrics (its names, help texts and types). */
const LLAMA_SERVER = `# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.
# TYPE llamacpp:prompt_tokens_total counter
llamacpp:prompt_tokens_total 1024
# HELP llamacpp:prompt_seconds_total Prompt process time
# TYPE llamacpp:prompt_seconds_total counter
llamacpp:prompt_seconds_total 0.571
# HELP llamacpp:tokens_predicted_total Number of generation tokens processed.
# TYPE llamacpp:tokens_predicted_total counter
llamacpp:tokens_predicted_total 512
# HELP llamacpp:tokens_predicted_seconds_total Predict process time
# TYPE llamacpp:tokens_predicted_seconds_total counter
llamacpp:tokens_predicted_seconds_total 4.2
# HELP llamacpp:n_decode_total Total number of llama_decode() calls
# TYPE llamacpp:n_decode_total counter
llamacpp:n_decode_total 530
# HELP llamacpp:prompt_tokens_seconds Average prompt throughput in tokens/s.
# TYPE llamacpp:prompt_tokens_seconds gauge
llamacpp:prompt_tokens_seconds 1793.34
# HELP llamacpp:predicted_tokens_seconds Average generation throughput in tokens/s.
# TYPE llamacpp:predicted_tokens_seconds gauge
llamacpp:predicted_tokens_seconds 121.905
# HELP llamacpp:requests_processing Number of requests processing.
# TYPE llamacpp:requests_processing gauge
llamacpp:requests_processing 0
# HELP llamacpp:requests_deferred Number of requests deferred.
# TYPE llamacpp:requests_deferred gauge
llamacpp:requests_deferred 0
`;

const LABELS = { environment: 'production', model: 'llama3', version: '1.1.0', role: 'canary' };

describe('relabelExposition', () => {
  it('labels every llama-server sample with the version and role, keeping its comments and values', () => {
    const { text, dropped } = relabelExposition(LLAMA_SERVER, LABELS);
    expect(dropped).toBe(0);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(LLAMA_SERVER.trimEnd().split('\n').length);
    expect(lines).toContain('# TYPE llamacpp:tokens_predicted_total counter');
    expect(lines).toContain(
      'llamacpp:tokens_predicted_total{environment="production",model="llama3",version="1.1.0",role="canary"} 512',
    );
    expect(lines).toContain(
      'llamacpp:predicted_tokens_seconds{environment="production",model="llama3",version="1.1.0",role="canary"} 121.905',
    );
    // Every sample line got the labels.
    for (const l of lines.filter((x) => !x.startsWith('#'))) expect(l).toMatch(/\{environment="production",/);
  });

  it("keeps a sample's own labels, renaming one that collides as Prometheus does", () => {
    const { text } = relabelExposition(
      'http_requests_total{code="200",version="b4567",path="/a\\"b\\\\c"} 3 1700000000000\nup{} 1\n',
      { version: '1.0.0', role: 'stable' },
    );
    expect(text).toBe(
      'http_requests_total{version="1.0.0",role="stable",code="200",exported_version="b4567",path="/a\\"b\\\\c"} 3 1700000000000\n' +
        'up{version="1.0.0",role="stable"} 1\n',
    );
  });

  it('escapes what it writes and drops what is not a sample', () => {
    const { text, dropped } = relabelExposition('ok 1\nnot a sample line\nbad{x=1} 2\n# EOF\n', { version: 'a"b\nc' });
    expect(text).toBe('ok{version="a\\"b\\nc"} 1\n');
    expect(dropped).toBe(2);
  });

  it('parses label values with escapes, spaces and a trailing comma', () => {
    expect(parseSample('m{a="x\\ny", b = "z",} +Inf')).toEqual({
      name: 'm',
      labels: [
        ['a', 'x\ny'],
        ['b', 'z'],
      ],
      rest: '+Inf',
    });
    expect(parseSample('m{a="x"')).toBeNull();
    expect(parseSample('m')).toBeNull();
  });
});
