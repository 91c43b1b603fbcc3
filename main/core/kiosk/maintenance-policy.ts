/**
 * The daily maintenance reload: once a day, at a quiet hour on the screen's
 * wall clock, the page is reloaded at a slide change so that slow leaks never
 * pile up over months. Viewers see an ordinary slide change; an announcement
 * in force is never interrupted.
 */
import { z } from '../zod';
import { localTimeSchema } from '../schedule/schedule-schema';
import { instantAtWall, localDayAt, MS_PER_DAY } from '../schedule/zone-offsets';

/** Settings of the maintenance reload. */
export const maintenanceSettingsSchema = z.strictObject({
  reloadAt: localTimeSchema
    .nullable()
    .default('03:30')
    .describe(
      "Time of day (HH:MM, in the screen's time zone) after which the screen refreshes itself once, at a slide change; null: never.",
    ),
});

export type MaintenanceSettings = z.infer<typeof maintenanceSettingsSchema>;

export const DEFAULT_MAINTENANCE_SETTINGS: MaintenanceSettings = { reloadAt: '03:30' };

/** An announcement's time in force, as PlayerState's announcements carry it. */
export interface AnnouncementSpan {
  startsAtMs: number;
  endsAtMs: number;
}

/** What the policy needs to know about the screen at the moment it asks. */
export interface MaintenanceContext {
  timeZone: string;
  nowMs: number;
  /** When the page last loaded for any reason (start, recovery, maintenance): a fresh page needs no refresh. */
  lastLoadedAtMs: number;
}

function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * The maintenance moment of one local day. A time skipped when clocks go
 * forward comes when they jump past it; a time repeated when they go back
 * comes at its first occurrence (the schedule engine's instantAtWall).
 */
function momentOfDay(reloadAt: string, timeZone: string, day: number): number {
  return instantAtWall(timeZone, day * MS_PER_DAY + minuteOfDay(reloadAt) * 60_000);
}

/**
 * When the next maintenance reload falls due: a moment already passed if the
 * page has not been loaded since (it is overdue — an announcement held it
 * back, or no slide change came yet), otherwise the next moment after
 * `nowMs`. A page loaded on a moment's local day (before or after it) counts
 * as that day's refresh, so the screen reloads at most once a local day even
 * when an overdue reload slips past midnight. Null when maintenance is off.
 * The host can set its timer to this and then wait for a slide change.
 */
export function nextMaintenanceAtMs(settings: MaintenanceSettings, context: MaintenanceContext): number | null {
  const { reloadAt } = settings;
  if (reloadAt === null) return null;
  const { timeZone, nowMs, lastLoadedAtMs } = context;
  const loadedDay = localDayAt(timeZone, lastLoadedAtMs);
  const today = localDayAt(timeZone, nowMs);
  // Yesterday's moment may still be owed; beyond tomorrow only a zone whose clock went back over it can reach.
  for (let day = today - 1; day <= today + 3; day++) {
    const momentMs = momentOfDay(reloadAt, timeZone, day);
    const owed = momentMs <= nowMs && lastLoadedAtMs < momentMs;
    if (localDayAt(timeZone, momentMs) > loadedDay && (owed || momentMs > nowMs)) return momentMs;
  }
  return momentOfDay(reloadAt, timeZone, today + 4);
}

/** True when an announcement is in force at `nowMs` (start included, end excluded, as on screen). */
export function announcementInForce(announcements: readonly AnnouncementSpan[], nowMs: number): boolean {
  return announcements.some((announcement) => announcement.startsAtMs <= nowMs && nowMs < announcement.endsAtMs);
}

/**
 * Whether to do the maintenance reload now. Ask at each slide change: true at
 * the first one after the moment, unless an announcement is in force (then at
 * the first slide change after it ends). Once the page has reloaded,
 * `lastLoadedAtMs` passes the moment, so it happens at most once a local day —
 * including the night clocks go back and the moment comes round twice.
 */
export function isMaintenanceDue(
  settings: MaintenanceSettings,
  context: MaintenanceContext,
  announcements: readonly AnnouncementSpan[],
): boolean {
  const dueAtMs = nextMaintenanceAtMs(settings, context);
  if (dueAtMs === null || dueAtMs > context.nowMs) return false;
  return !announcementInForce(announcements, context.nowMs);
}
