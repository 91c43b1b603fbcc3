/** The validator for reports that arrive from screens over HTTP (outside input like any other). */
import { z } from 'zod';
import type { ScreenReport } from './bridge';

const shortText = (max: number) => z.string().max(max);

/** Accepts exactly the `ScreenReport` shapes, with bounded text. */
export const screenReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), revision: z.number().int().nonnegative() }),
  z.strictObject({
    type: z.literal('image-failed'),
    itemId: shortText(64),
    src: shortText(2048),
    reason: shortText(500),
  }),
  z.strictObject({ type: z.literal('render-error'), message: shortText(2000) }),
]) satisfies z.ZodType<ScreenReport>;
