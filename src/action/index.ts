// The GitHub Action entry (bundled to dist/action.js, action.yml's runs.main): everything is in main.ts.
import { run } from './main.js';

await run();
