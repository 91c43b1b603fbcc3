/** Small number formats the console shows. */

/** `1,5 MB` / `1.5 MB` by language: bytes in the units an office worker reads. */
export function formatBytes(bytes: number, locale = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** `3 ngày 4 giờ 5 phút`-style pieces: [days, hours, minutes] of a length in seconds. */
export function splitDuration(seconds: number): [number, number, number] {
  const total = Math.max(0, Math.floor(seconds / 60));
  return [Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60];
}

/** One hour, the default length of an announcement. */
export const ANNOUNCEMENT_DEFAULT_MS = 60 * 60 * 1000;

/** A fresh announcement id: time-based, short, unique enough for 50 announcements. */
export function newAnnouncementId(nowMs: number, random: number): string {
  return `tb-${nowMs.toString(36)}-${Math.floor(random * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}
