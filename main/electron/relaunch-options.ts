/**
 * How the kiosk relaunches itself. Inside an AppImage, process.execPath points
 * into the AppImage's temporary mount, which is gone once this process exits:
 * the relaunch must start the AppImage file itself ($APPIMAGE) with the same
 * arguments, or it starts nothing and the screen stays dark.
 */
import type { RelaunchOptions } from 'electron';

/** app.relaunch's options: the AppImage when running from one, else Electron's own default (undefined). */
export function relaunchOptions(
  env: Record<string, string | undefined>,
  argv: readonly string[],
): RelaunchOptions | undefined {
  const appImage = env.APPIMAGE;
  return appImage ? { execPath: appImage, args: argv.slice(1) } : undefined;
}
