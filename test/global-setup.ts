// Builds dist/ once before the suites: the end-to-end tests run the real bundled CLI and action.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
