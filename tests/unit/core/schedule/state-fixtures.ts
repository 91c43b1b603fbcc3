/** PlayerStates shaped like a union hall's, for the schedule tests. */
import type {
  AnnouncementState,
  CountdownSlide,
  ImageSlide,
  PlayerState,
  ScheduledRotation,
} from '../../../../main/core/player-state';
import type { Schedule } from '../../../../main/core/schedule/schedule-schema';
import { DEFAULT_DISPLAY_POWER_SETTINGS } from '../../../../main/core/kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS } from '../../../../main/core/kiosk/maintenance-policy';

/** A wall time in Bắc Kạn (UTC+7, no DST) as epoch ms. */
export const hanoi = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00+07:00`);

/** One of the bundled campaign slides. */
export function imageSlide(id: string, schedule?: Schedule, durationMs = 8000): ImageSlide {
  return {
    kind: 'image',
    id,
    itemId: id,
    src: `/media/${id}.jpg`,
    fit: 'auto',
    durationMs,
    transition: 'crossfade',
    ...(schedule ? { schedule } : {}),
  };
}

/** "Còn … ngày đến Đại hội", skipped once over when `doneText` is null. */
export function countdown(id: string, targetAtMs: number, doneText: string | null): CountdownSlide {
  return {
    kind: 'countdown',
    id,
    itemId: id,
    title: 'Đại hội',
    targetAtMs,
    doneText,
    durationMs: 10_000,
    transition: 'crossfade',
  };
}

/** A scheduled playlist. */
export function scheduled(id: string, priority: number, schedule: Schedule, slideIds: string[]): ScheduledRotation {
  return { id, priority, schedule, slides: slideIds.map((slideId) => imageSlide(slideId)), marquee: null };
}

/** An announcement. */
export function announcement(
  id: string,
  mode: AnnouncementState['mode'],
  startsAtMs: number,
  endsAtMs: number,
): AnnouncementState {
  return { id, mode, title: id, body: '', startsAtMs, endsAtMs };
}

/** The hall's state: bk1–bk5 by default, plus whatever the test adds. */
export function hallState(overrides: Partial<PlayerState> = {}): PlayerState {
  return {
    revision: 1,
    epochMs: hanoi('2023-01-01'),
    timezone: 'Asia/Ho_Chi_Minh',
    slides: ['bk1', 'bk2', 'bk3', 'bk4', 'bk5'].map((id) => imageSlide(id)),
    marquee: { slogans: ['Chào mừng Đại hội Công đoàn tỉnh Bắc Kạn'], speedPxPerS: 120 },
    scheduled: [],
    announcements: [],
    news: { lastSuccessAtMs: null, staleAfterMs: 3_600_000 },
    showClock: true,
    version: '0.1.0',
    maintenance: DEFAULT_MAINTENANCE_SETTINGS,
    displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
    ...overrides,
  };
}
