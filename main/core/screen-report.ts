/** The validator for reports that arrive from screens over HTTP (outside input like any other). */
import { z } from './zod';
import { PAGE_RELOAD_REASONS, type ScreenReport, type SlideKind } from './bridge';

const SLIDE_KINDS = ['image', 'news', 'video', 'countdown', 'text'] as const satisfies readonly SlideKind[];

/** The longest text a report may carry in each field; screens clip to these before sending. */
export const SCREEN_REPORT_LIMITS = {
  itemId: 64,
  slideId: 128,
  pageId: 64,
  src: 2048,
  reason: 500,
  message: 2000,
} as const;

const shortText = (max: number) => z.string().max(max);

/** Accepts exactly the `ScreenReport` shapes, with bounded text. */
export const screenReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), revision: z.number().int().nonnegative() }),
  z.strictObject({
    type: z.literal('image-failed'),
    itemId: shortText(SCREEN_REPORT_LIMITS.itemId),
    src: shortText(SCREEN_REPORT_LIMITS.src),
    reason: shortText(SCREEN_REPORT_LIMITS.reason),
  }),
  z.strictObject({
    type: z.literal('media-failed'),
    kind: z.literal('video'),
    itemId: shortText(SCREEN_REPORT_LIMITS.itemId),
    src: shortText(SCREEN_REPORT_LIMITS.src),
    reason: shortText(SCREEN_REPORT_LIMITS.reason),
  }),
  z.strictObject({ type: z.literal('render-error'), message: shortText(SCREEN_REPORT_LIMITS.message) }),
  z.strictObject({
    type: z.literal('heartbeat'),
    pageId: shortText(SCREEN_REPORT_LIMITS.pageId).min(1),
    slideId: shortText(SCREEN_REPORT_LIMITS.slideId).nullable(),
    lagMs: z.number().finite().nonnegative(),
  }),
  z.strictObject({
    type: z.literal('slide-shown'),
    pageId: shortText(SCREEN_REPORT_LIMITS.pageId).min(1),
    itemId: shortText(SCREEN_REPORT_LIMITS.itemId).min(1),
    slideId: shortText(SCREEN_REPORT_LIMITS.slideId).min(1),
    kind: z.enum(SLIDE_KINDS),
    atMs: z.number().finite(),
  }),
  z.strictObject({
    type: z.literal('reloading'),
    pageId: shortText(SCREEN_REPORT_LIMITS.pageId).min(1),
    reason: z.enum(PAGE_RELOAD_REASONS),
    detail: shortText(SCREEN_REPORT_LIMITS.reason),
  }),
]) satisfies z.ZodType<ScreenReport>;
