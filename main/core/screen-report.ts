/** The validator for reports that arrive from screens over HTTP (outside input like any other). */
import { z } from './zod';
import type { ScreenReport } from './bridge';

/** The longest text a report may carry in each field; screens clip to these before sending. */
export const SCREEN_REPORT_LIMITS = { itemId: 64, src: 2048, reason: 500, message: 2000 } as const;

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
]) satisfies z.ZodType<ScreenReport>;
