export interface KillSoakCounts {
  kills: number;
  killedBeforeExit: number;
  finishedBeforeKill: number;
  killedCommitPushed: number;
  killedCommitLeftLocal: number;
  silentPushes: number;
  invalidRemoteRegistries: number;
  badFinalFiles: number;
  finalFilesChecked: number;
  nextCommandOk: number;
  nextCommandRefused: number;
  operatorActions: Record<string, number>;
  problems: string[];
}

export function runKillSoak(o: {
  cli: string;
  kills: number;
  seed?: number;
  versions?: number;
  artifactMiB?: number;
  log?: (line: string) => void;
}): Promise<KillSoakCounts>;
