import type { Command } from '../command.js';

/**
 * Every `mreg` command, in the order `mreg --help` lists them. Each is loaded only when it runs,
 * so a quick command does not pay for the S3 SDK or llama.cpp bindings that another one needs.
 */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'init', load: async () => (await import('./registry.js')).initCommand },
  { name: 'register', load: async () => (await import('./registry.js')).registerCommand },
  { name: 'publish', load: async () => (await import('./store.js')).publishCommand },
  { name: 'fetch', load: async () => (await import('./store.js')).fetchCommand },
  { name: 'verify-store', load: async () => (await import('./store.js')).verifyStoreCommand },
  { name: 'validate', load: async () => (await import('./registry.js')).validateCommand },
  { name: 'deploy', load: async () => (await import('./pointer.js')).deployCommand },
  { name: 'gate', load: async () => (await import('./eval.js')).gateCommand },
  { name: 'rollback', load: async () => (await import('./pointer.js')).rollbackCommand },
  { name: 'promote', load: async () => (await import('./pointer.js')).promoteCommand },
  { name: 'list', load: async () => (await import('./catalog.js')).listCommand },
  { name: 'show', load: async () => (await import('./catalog.js')).showCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'history', load: async () => (await import('./info.js')).historyCommand },
  { name: 'log', load: async () => (await import('./info.js')).logCommand },
  { name: 'block', load: async () => (await import('./registry.js')).blockCommand },
  { name: 'status', load: async () => (await import('./info.js')).statusCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'agent', load: async () => (await import('./serve.js')).agentCommand },
  { name: 'canary', load: async () => (await import('./canary-analysis.js')).canaryAnalysisCommand },
  { name: 'k8s', load: async () => (await import('./k8s.js')).k8sCommand },
  { name: 'tiny-model', load: async () => (await import('./eval.js')).tinyModelCommand },
  { name: 'demo', load: async () => (await import('./demo.js')).demoCommand },
];
