import type { Command } from '../command.js';
import { historyCommand, logCommand, statusCommand } from './info.js';
import { deployCommand, promoteCommand, rollbackCommand } from './pointer.js';
import { blockCommand, initCommand, registerCommand, validateCommand } from './registry.js';
import { fetchCommand, publishCommand, verifyStoreCommand } from './store.js';

/** Every `mreg` command, in the order `mreg --help` lists them. */
export const commands: Command[] = [
  initCommand,
  registerCommand,
  publishCommand,
  fetchCommand,
  verifyStoreCommand,
  validateCommand,
  deployCommand,
  rollbackCommand,
  promoteCommand,
  historyCommand,
  logCommand,
  blockCommand,
  statusCommand,
];
