export interface KillSoakCounts {
  kills: number;
  killedBeforeExit: number;
  finishedBeforeKill: number;
  killedCommitPushed: number;
  locksLeft: number;
  phantoms: number;
  silentPushes: number;
  invalidRemoteRegistries: number;
  badFinalFiles: number;
  finalFilesChecked: number;
  nextCommandOk: number;
  nextCommandFailed: number;
  failures: Record<string, number>;
  problems: string[];
}

export interface FullDiskCounts {
  commands: number;
  failedForSpace: number;
  landed: number;
  phantoms: number;
  nextCommandOk: number;
  nextCommandFailed: number;
  invalidRemoteRegistries: number;
  problems: string[];
}

export interface RaceCounts {
  commands: number;
  landed: number;
  refused: number;
  lost: number;
  duplicateIds: number;
  dirtyAfter: number;
  problems: string[];
}

export function runKillSoak(o: {
  cli: string;
  kills: number;
  seed?: number;
  versions?: number;
  artifactMiB?: number;
  locks?: string[];
  log?: (line: string) => void;
}): Promise<KillSoakCounts>;

export function runFullDiskSoak(o: {
  cli: string;
  steps: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<FullDiskCounts | null>;

export function runRace(o: {
  cli: string;
  rounds: number;
  width?: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<RaceCounts>;
