/**
 * `npm start` (contract.md): the player in the Electron kiosk. When the
 * Electron runtime cannot be obtained (it is downloaded from GitHub on first
 * use, which a hall without internet cannot reach), it says so in one line and
 * serves the browser host instead, opening a local Chromium in kiosk mode when
 * there is one and a display to show it on. Flags after `npm start --` pass
 * through: host flags to the host, anything else to Chromium. The work is done
 * in scripts/launcher (launcher.ts acts, launch-policy.ts decides).
 */
import { findAppRoot } from '../main/services/app-paths';
import { runLauncher } from './launcher/launcher';

await runLauncher(findAppRoot(import.meta.url), process.argv.slice(2));
