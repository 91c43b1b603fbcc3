/**
 * How the kiosk relaunches itself. Inside an AppImage, process.execPath points
 * into the AppImage's temporary mount, which is gone once this process exits:
 * the relaunch must start the AppImage file itself ($APPIMAGE) with the same
 * arguments, or it starts nothing and the screen stays dark.
 */
import type { RelaunchOptions } from 'electron';

/**
 * Whether a service manager restarts Pano when it exits: systemd sets INVOCATION_ID for the
 * processes of a unit. pano.service kills the unit's whole control group once the main
 * process exits, a self-relaunched child included, so there the relaunch is left to
 * systemd (Restart=always) instead of racing it.
 */
export function restartedByServiceManager(env: Record<string, string | undefined>): boolean {
  return Boolean(env.INVOCATION_ID);
}

/** Relaunches the app the right way for how it was started: by systemd, or from an AppImage or a plain binary. */
export function relaunchApp(
  app: { relaunch(options?: RelaunchOptions): void },
  quit: () => void,
  env: Record<string, string | undefined> = process.env,
  argv: readonly string[] = process.argv,
): void {
  if (!restartedByServiceManager(env)) app.relaunch(relaunchOptions(env, argv));
  quit();
}

/** app.relaunch's options: the AppImage when running from one, else Electron's own default (undefined). */
export function relaunchOptions(
  env: Record<string, string | undefined>,
  argv: readonly string[],
): RelaunchOptions | undefined {
  const appImage = env.APPIMAGE;
  return appImage ? { execPath: appImage, args: argv.slice(1) } : undefined;
}
