/** Announcements over the API: list, add (or replace by id), remove. */
import { z } from '../zod';
import { announcementSchema } from '../announcements';
import { bodyMustBe } from './common';

/** POST /api/announcements: one announcement; an existing id is replaced. */
export const announcementRequestSchema = z.strictObject(
  { announcement: announcementSchema },
  bodyMustBe('{ "announcement": { "id": "…", "mode": "banner", "title": "…", "startsAt": "…", "endsAt": "…" } }'),
);

/** 200 from GET, POST and DELETE: the whole list after the change. */
export const announcementsResponseSchema = z.array(announcementSchema);

export type AnnouncementRequest = z.input<typeof announcementRequestSchema>;
export type AnnouncementsResponse = z.infer<typeof announcementsResponseSchema>;
