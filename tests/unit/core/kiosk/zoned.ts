import { instantAtWall } from '../../../../main/core/schedule/zone-offsets';

/** The instant a zone's wall clock first reads `date` `time` (YYYY-MM-DD, HH:MM). */
export function wall(zone: string, date: string, time: string): number {
  return instantAtWall(zone, Date.parse(`${date}T${time}:00Z`));
}

/** An instant written in UTC, for checking DST arithmetic against known offsets. */
export function utc(iso: string): number {
  return Date.parse(`${iso}Z`);
}
