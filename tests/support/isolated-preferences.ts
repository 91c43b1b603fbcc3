/**
 * The webPreferences every Pano web contents must run with: the screen renders untrusted feed text, so it gets
 * no Node, no Electron, no webview and no insecure content. Written out here (not read from the shell's own
 * options) so the shell-security tests, with the fake and the real Electron, check one list of their own.
 */
export const ISOLATED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
} as const;
