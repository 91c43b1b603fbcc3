/**
 * Fuzzing settings.json and its parts (feed, remote playlist, maintenance, display hours, updates, schedules):
 * the file as text, mangled; and values of the wrong type with hostile keys. Every schema answers with the
 * settings or with problems naming each field, within a second, and Object.prototype stays as it was.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import { feedSettingsSchema, htmlSelectorsSchema } from '../../../main/core/feed/feed-settings';
import { displayPowerSettingsSchema } from '../../../main/core/kiosk/display-power-policy';
import { maintenanceSettingsSchema } from '../../../main/core/kiosk/maintenance-policy';
import { scheduleSchema, timeWindowSchema } from '../../../main/core/schedule/schedule-schema';
import { remotePlaylistSettingsSchema, settingsSchema } from '../../../main/core/settings';
import { updateSettingsSchema } from '../../../main/core/update/update-settings';
import { checkWith, parseJsonText } from '../../../main/core/validation';
import type { z } from '../../../main/core/zod';
import { mutatedText, mutatedValue } from './arbitraries';
import { assertPrototypeClean, boundedCall, checkProblems, fuzz, fuzzTimeoutMs } from './bounded-call';
import { FULL_FEED_SETTINGS, FULL_SETTINGS } from './seeds';

/** Each settings schema with valid values to mutate. */
const SCHEMAS: readonly { name: string; schema: z.ZodType; seeds: readonly unknown[] }[] = [
  { name: 'settingsSchema', schema: settingsSchema, seeds: [FULL_SETTINGS, {}] },
  { name: 'feedSettingsSchema', schema: feedSettingsSchema, seeds: [FULL_FEED_SETTINGS, {}] },
  { name: 'htmlSelectorsSchema', schema: htmlSelectorsSchema, seeds: [FULL_FEED_SETTINGS.selectors] },
  { name: 'remotePlaylistSettingsSchema', schema: remotePlaylistSettingsSchema, seeds: [FULL_SETTINGS.remotePlaylist] },
  { name: 'maintenanceSettingsSchema', schema: maintenanceSettingsSchema, seeds: [FULL_SETTINGS.maintenance] },
  { name: 'displayPowerSettingsSchema', schema: displayPowerSettingsSchema, seeds: [FULL_SETTINGS.displayPower] },
  { name: 'updateSettingsSchema', schema: updateSettingsSchema, seeds: [FULL_SETTINGS.updates, {}] },
  {
    name: 'scheduleSchema',
    schema: scheduleSchema,
    seeds: [{ from: '2026-01-01', until: '2026-12-31', days: ['mon'], times: [{ start: '22:00', end: '02:00' }] }],
  },
  { name: 'timeWindowSchema', schema: timeWindowSchema, seeds: [{ start: '06:00', end: '22:00' }] },
];

describe('fuzz: settings', () => {
  it.each(SCHEMAS)(
    '$name: mutated values are accepted or refused field by field, within a second',
    ({ name, schema, seeds }) => {
      fuzz(
        fc.property(mutatedValue(seeds), (value) => {
          const result = boundedCall(name, value, () => checkWith(schema, value));
          checkProblems(result, name, value);
          assertPrototypeClean(value);
        }),
        80,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'settings.json text, cut and spliced, is read or refused as the settings store reads it',
    () => {
      const texts = [JSON.stringify(FULL_SETTINGS, null, 2), JSON.stringify({ feed: FULL_FEED_SETTINGS })];
      fuzz(
        fc.property(mutatedText(texts), (text) => {
          const result = boundedCall('settings.json', text, () => {
            const json = parseJsonText(text);
            return json.ok ? checkWith(settingsSchema, json.value) : json;
          });
          checkProblems(result, 'settings.json', text);
          assertPrototypeClean(text);
        }),
        150,
      );
    },
    fuzzTimeoutMs(),
  );
});
