import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The few settings a command needs from git's configuration (who acts, which remotes exist), read
 * from the files git reads (system, global, the repository's), last one winning as in git, without
 * a process: every command spends ~15-25 ms starting `git config` otherwise.
 *
 * Null, so that git is asked, whenever the answer is not certainly git's own: configuration given
 * through the environment, an include directive, a line this reader does not understand, or an
 * identity (user.name and user.email) not found in these files (git's system file may live
 * elsewhere when git was built with another prefix; such a file decides only when nothing here
 * does).
 */
export interface GitSettings {
  userName: string;
  userEmail: string;
  remotes: string[];
}

/** Environment variables that add configuration or move its files. */
const CONFIG_ENV = ['GIT_CONFIG', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_GLOBAL'];

export async function settingsFromFiles(gitDir: string): Promise<GitSettings | null> {
  if (CONFIG_ENV.some((k) => process.env[k] !== undefined)) return null;
  const home = process.env.HOME || homedir();
  if (!home) return null;
  const files = [
    ...(process.env.GIT_CONFIG_NOSYSTEM ? [] : ['/etc/gitconfig']),
    path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'git', 'config'),
    path.join(home, '.gitconfig'),
    path.join(gitDir, 'config'),
  ];
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : null))));
  let userName: string | undefined;
  let userEmail: string | undefined;
  const remotes: string[] = [];
  for (const text of texts) {
    if (text === null) return null;
    const entries = parseGitConfig(text);
    if (!entries) return null;
    for (const e of entries) {
      if (e.section === 'include' || e.section === 'includeif') return null;
      if (e.section === 'user' && e.subsection === null && e.key === 'name' && e.value !== null) userName = e.value;
      if (e.section === 'user' && e.subsection === null && e.key === 'email' && e.value !== null) userEmail = e.value;
      if (e.section === 'remote' && e.subsection !== null && e.key === 'url' && !remotes.includes(e.subsection)) remotes.push(e.subsection);
    }
  }
  // An empty user.name is "unset" to git's identity rules too: ask git.
  if (!userName || !userEmail) return null;
  return { userName, userEmail, remotes };
}

export interface ConfigEntry {
  /** Lower case, as git compares it. */
  section: string;
  /** Case kept (git compares subsections exactly), null when the section has none. */
  subsection: string | null;
  /** Lower case. */
  key: string;
  /** null for a key written without `=` (a boolean true). */
  value: string | null;
}

/**
 * git's configuration syntax: `[section]`, `[section "sub"]` (and the old `[section.sub]`),
 * `key = value` with quotes, escapes, comments and continued lines. Null for anything else.
 */
export function parseGitConfig(text: string): ConfigEntry[] | null {
  const entries: ConfigEntry[] = [];
  let section: string | null = null;
  let subsection: string | null = null;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '').trim();
    if (!line || line[0] === '#' || line[0] === ';') continue;
    if (line[0] === '[') {
      const m = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(?:[#;].*)?$/.exec(line);
      if (!m) return null;
      const [name, sub] = [m[1], m[2]];
      if (sub !== undefined) {
        if (name.includes('.')) return null;
        section = name.toLowerCase();
        subsection = sub.replace(/\\(.)/g, '$1');
      } else {
        const dot = name.indexOf('.');
        section = (dot < 0 ? name : name.slice(0, dot)).toLowerCase();
        subsection = dot < 0 ? null : name.slice(dot + 1).toLowerCase();
      }
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]*)\s*(=)?(.*)$/.exec(line);
    if (!m || section === null) return null;
    if (!m[2]) {
      if (m[3].trim() && !/^[#;]/.test(m[3].trim())) return null;
      entries.push({ section, subsection, key: m[1].toLowerCase(), value: null });
      continue;
    }
    // The value, with the lines a trailing backslash continues it onto.
    let raw = m[3];
    while (/(^|[^\\])(\\\\)*\\$/.test(raw) && i + 1 < lines.length) raw = raw.slice(0, -1) + lines[++i].replace(/\r$/, '');
    const value = parseValue(raw);
    if (value === null) return null;
    entries.push({ section, subsection, key: m[1].toLowerCase(), value });
  }
  return entries;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', b: '\b', '\\': '\\', '"': '"' };

function parseValue(raw: string): string | null {
  let out = '';
  let quoted = false;
  // Unquoted whitespace at the end is dropped; inside, it is kept.
  let pendingSpace = '';
  let started = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (!quoted && (c === '#' || c === ';')) break;
    if (c === '"') {
      quoted = !quoted;
      out += pendingSpace;
      pendingSpace = '';
      started = true;
      continue;
    }
    if (c === '\\') {
      const e = ESCAPES[raw[i + 1]];
      if (e === undefined) return null;
      out += pendingSpace + e;
      pendingSpace = '';
      started = true;
      i++;
      continue;
    }
    if (!quoted && (c === ' ' || c === '\t')) {
      if (started) pendingSpace += c;
      continue;
    }
    out += pendingSpace + c;
    pendingSpace = '';
    started = true;
  }
  return quoted ? null : out;
}
