import { readFile } from 'node:fs/promises';
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

/**
 * Environment variables that add configuration or move or drop its files (git reads
 * GIT_CONFIG_NOSYSTEM as a boolean: any setting of it is left to git).
 */
const CONFIG_ENV = ['GIT_CONFIG', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM'];

export async function settingsFromFiles(gitDir: string): Promise<GitSettings | null> {
  const entries = await configFromFiles(gitDir);
  if (!entries) return null;
  let userName: string | undefined;
  let userEmail: string | undefined;
  const remotes: string[] = [];
  for (const e of entries) {
    if (e.value === null) continue;
    if (e.section === 'user' && e.subsection === null && e.key === 'name') userName = e.value;
    if (e.section === 'user' && e.subsection === null && e.key === 'email') userEmail = e.value;
    if (e.section === 'remote' && e.subsection !== null && e.key === 'url' && !remotes.includes(e.subsection)) remotes.push(e.subsection);
  }
  // A blank name or address is no identity to git (it refuses to commit with one): git is asked.
  if (!userName?.trim() || !userEmail?.trim()) return null;
  return { userName, userEmail, remotes };
}

/**
 * Every entry of git's configuration files in the order git reads them (system, XDG, global, the
 * repository's: a later entry overrides an earlier one), or null when git's configuration is not
 * only these files as read here (environment settings, includes, a file not understood).
 */
export async function configFromFiles(gitDir: string): Promise<ConfigEntry[] | null> {
  if (CONFIG_ENV.some((k) => process.env[k] !== undefined)) return null;
  // git finds its global files through HOME only: without it, git is asked.
  const home = process.env.HOME;
  if (!home) return null;
  const files = [
    '/etc/gitconfig',
    path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'git', 'config'),
    path.join(home, '.gitconfig'),
    path.join(gitDir, 'config'),
  ];
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : null))));
  const all: ConfigEntry[] = [];
  for (const text of texts) {
    const entries = text === null ? null : parseGitConfig(text);
    if (!entries || entries.some((e) => e.section === 'include' || e.section === 'includeif')) return null;
    all.push(...entries);
  }
  return all;
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
 * `key = value` with quotes, escapes, comments and continued lines, values read as git reads them
 * (config.c, parse_value). Null for anything else, and for a section header followed by more on
 * its line (legal, but left to git).
 */
export function parseGitConfig(text: string): ConfigEntry[] | null {
  // The same files are read by several readers in one command (the place, the settings, the index
  // reader, the commit writer): each text is parsed once.
  if (!parsed.has(text)) parsed.set(text, parseText(text));
  return parsed.get(text) as ConfigEntry[] | null;
}

const parsed = new Map<string, ConfigEntry[] | null>();

function parseText(text: string): ConfigEntry[] | null {
  const entries: ConfigEntry[] = [];
  let section: string | null = null;
  let subsection: string | null = null;
  // git reads "\r\n" as "\n"; a NUL byte it reads differently: left to git.
  if (text.includes('\0')) return null;
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let at = 0;
  while (at < src.length) {
    const eol = src.indexOf('\n', at) < 0 ? src.length : src.indexOf('\n', at);
    // Trimmed of git's own whitespace only (a non-breaking space is no space to git).
    const line = src.slice(at, eol).replace(/^[ \t\r]+|[ \t\r]+$/g, '');
    if (!line || line[0] === '#' || line[0] === ';') {
      at = eol + 1;
      continue;
    }
    if (line[0] === '[') {
      // As git reads a header: no space after "[", none between the closing quote and "]".
      const m = /^\[([A-Za-z0-9.-]+)(?:[ \t]+"((?:[^"\\\n]|\\.)*)")?\][ \t]*(?:[#;].*)?$/.exec(line);
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
      at = eol + 1;
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*(=?)/.exec(line);
    if (!m || section === null) return null;
    const key = m[1].toLowerCase();
    if (!m[2]) {
      // A key without "=" must end its line (git refuses even a comment after it).
      if (line.slice(m[0].length).trim()) return null;
      entries.push({ section, subsection, key, value: null });
      at = eol + 1;
      continue;
    }
    // The value starts after the "=" on the raw line and may run on over continued lines.
    const valueStart = src.indexOf('=', at) + 1;
    const parsed = parseValue(src, valueStart);
    if (!parsed) return null;
    entries.push({ section, subsection, key, value: parsed.value });
    at = parsed.end + 1;
  }
  return entries;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', b: '\b', '\\': '\\', '"': '"' };

/**
 * A value from `from` to the end of its line (a backslash before the newline continues it, outside
 * a comment): unquoted whitespace is dropped at the start and the end and each character of it
 * becomes one space inside; `"` toggles quoting; escapes \n \t \b \\ \"; # and ; start a comment.
 * `end`: the index of the newline (or the text's end) that ends it.
 */
function parseValue(src: string, from: number): { value: string; end: number } | null {
  let value = '';
  let quote = false;
  let comment = false;
  let space = 0;
  for (let i = from; ; i++) {
    if (i >= src.length || src[i] === '\n') return quote ? null : { value, end: i };
    const c = src[i];
    if (comment) continue;
    // git's own isspace(): space, tab, CR (the newline ends the value above); not \v, \f or Unicode spaces.
    if (!quote && (c === ' ' || c === '\t' || c === '\r')) {
      if (value.length) space++;
      continue;
    }
    if (!quote && (c === ';' || c === '#')) {
      comment = true;
      continue;
    }
    value += ' '.repeat(space);
    space = 0;
    if (c === '\\') {
      const next = src[++i];
      if (next === '\n') continue;
      const e = next === undefined ? undefined : ESCAPES[next];
      if (e === undefined) return null;
      value += e;
      continue;
    }
    if (c === '"') {
      quote = !quote;
      continue;
    }
    value += c;
  }
}
