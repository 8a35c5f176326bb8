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
export declare function settingsFromFiles(gitDir: string): Promise<GitSettings | null>;
/**
 * Every entry of git's configuration files in the order git reads them (system, XDG, global, the
 * repository's: a later entry overrides an earlier one), or null when git's configuration is not
 * only these files as read here (environment settings, includes, a file not understood).
 */
export declare function configFromFiles(gitDir: string): Promise<ConfigEntry[] | null>;
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
export declare function parseGitConfig(text: string): ConfigEntry[] | null;
