/**
 * The fuzz suite: every parser and validator that takes outside input, and the file that fuzzes it. Found by
 * grepping main/core and main/services for safeParse, checkWith, parseJsonText and exported parse… and read… functions.
 *
 * Feed text (feed-fuzz.test.ts)
 *   parseFeed                 main/core/feed/parse-feed.ts      the one entry point; through it:
 *     sniffDocument           main/core/feed/detect-format.ts   format detection
 *     readXmlFeed / readXml   main/core/feed/xml-feed.ts, xml-document.ts (RSS, Atom; entities, DOCTYPE)
 *     readJsonFeed            main/core/feed/json-feed.ts       (after parseJsonText)
 *     normaliseFeed           main/core/feed/normalise-article.ts
 *   chooseCharset, sniffDeclaredCharset   main/core/feed/charset.ts   bytes + Content-Type
 * HTML (html-fuzz.test.ts)
 *   readHtmlPage              main/core/feed/html-page.ts       (and readArticlePage, html-article.ts)
 *   htmlToText, htmlToLine, imagesIn, truncateText   main/core/feed/html-text.ts
 * Dates (vietnamese-date-fuzz.test.ts)
 *   parseVietnameseDateLine, parseFeedDate, parseIsoDate, parseRfc822Date   main/core/feed/feed-dates.ts
 *     (wall time → instant: zoned-time.ts; news-time.ts only formats, it parses nothing)
 * Playlist (playlist-fuzz.test.ts)
 *   parsePlaylist             main/core/playlist/parse.ts       playlist.json, remote playlist; then resolveSlides
 * Settings (settings-fuzz.test.ts)
 *   settingsSchema, remotePlaylistSettingsSchema   main/core/settings.ts (settings.json via parseJsonText)
 *   feedSettingsSchema, htmlSelectorsSchema        main/core/feed/feed-settings.ts
 *   updateSettingsSchema                           main/core/update/update-settings.ts
 *   displayPowerSettingsSchema (display hours)     main/core/kiosk/display-power-policy.ts
 *   maintenanceSettingsSchema                      main/core/kiosk/maintenance-policy.ts
 *   scheduleSchema, timeWindowSchema               main/core/schedule/schedule-schema.ts
 * API bodies and queries (api-bodies-fuzz.test.ts), as main/services/http/api parseBody checks them
 *   signInRequestSchema, setupPasswordRequestSchema   main/core/api/session-api.ts
 *   playlistSaveRequestSchema                         main/core/api/playlist-api.ts
 *   settingsPatchSchema                               main/core/api/settings-api.ts
 *   feedTestRequestSchema                             main/core/api/feed-api.ts
 *   announcementRequestSchema                         main/core/api/announcements-api.ts
 *   screensReloadRequestSchema, proofOfPlayQuerySchema   main/core/api/kiosk-api.ts
 *   schedulePreviewQuerySchema                        main/core/api/status-api.ts
 *   screenReportSchema (POST /player/report)          main/core/screen-report.ts
 * Other outside input (other-inputs-fuzz.test.ts)
 *   parseReleaseInfo (latest-linux.yml)   main/core/update/release-info.ts
 *   parseByteRange (Range header)         main/core/byte-range.ts
 *   parsePlayLine (proof-of-play log)     main/core/proof-of-play.ts
 *   parseSemVer                           main/core/update/semver.ts
 *   parseHostFlags (command line)         main/services/host/cli-flags.ts
 * Not fuzzed here: the host's own state files (auth, feed state, update state, recovery state, rotation anchor,
 * remote-playlist state in main/services/*), which Pano writes itself atomically; each already falls back on
 * any safeParse failure, and a JSON.parse throw there is caught by its caller.
 *
 * Shared: arbitraries.ts (mutations of real documents), seeds.ts (valid documents), bounded-call.ts (the
 * one-second bound, the clean-message rule, the prototype check, PANO_FUZZ_RUNS).
 *
 * This test keeps the list honest: each entry point is still exported under its name.
 */
import { describe, expect, it } from 'vitest';

import * as api from '../../../main/core/api';
import * as byteRange from '../../../main/core/byte-range';
import * as charset from '../../../main/core/feed/charset';
import * as detect from '../../../main/core/feed/detect-format';
import * as feedDates from '../../../main/core/feed/feed-dates';
import * as feedSettings from '../../../main/core/feed/feed-settings';
import * as htmlPage from '../../../main/core/feed/html-page';
import * as htmlText from '../../../main/core/feed/html-text';
import * as parseFeed from '../../../main/core/feed/parse-feed';
import * as displayPower from '../../../main/core/kiosk/display-power-policy';
import * as maintenance from '../../../main/core/kiosk/maintenance-policy';
import * as playlist from '../../../main/core/playlist/parse';
import * as proofOfPlay from '../../../main/core/proof-of-play';
import * as scheduleSchema from '../../../main/core/schedule/schedule-schema';
import * as screenReport from '../../../main/core/screen-report';
import * as settings from '../../../main/core/settings';
import * as releaseInfo from '../../../main/core/update/release-info';
import * as semver from '../../../main/core/update/semver';
import * as updateSettings from '../../../main/core/update/update-settings';
import * as cliFlags from '../../../main/services/host/cli-flags';

const FUNCTIONS: Record<string, unknown> = {
  parseFeed: parseFeed.parseFeed,
  sniffDocument: detect.sniffDocument,
  chooseCharset: charset.chooseCharset,
  sniffDeclaredCharset: charset.sniffDeclaredCharset,
  readHtmlPage: htmlPage.readHtmlPage,
  htmlToText: htmlText.htmlToText,
  htmlToLine: htmlText.htmlToLine,
  imagesIn: htmlText.imagesIn,
  truncateText: htmlText.truncateText,
  parseVietnameseDateLine: feedDates.parseVietnameseDateLine,
  parseFeedDate: feedDates.parseFeedDate,
  parseIsoDate: feedDates.parseIsoDate,
  parseRfc822Date: feedDates.parseRfc822Date,
  parsePlaylist: playlist.parsePlaylist,
  parseReleaseInfo: releaseInfo.parseReleaseInfo,
  parseByteRange: byteRange.parseByteRange,
  parsePlayLine: proofOfPlay.parsePlayLine,
  parseSemVer: semver.parseSemVer,
  parseHostFlags: cliFlags.parseHostFlags,
};

const SCHEMAS: Record<string, unknown> = {
  settingsSchema: settings.settingsSchema,
  remotePlaylistSettingsSchema: settings.remotePlaylistSettingsSchema,
  feedSettingsSchema: feedSettings.feedSettingsSchema,
  htmlSelectorsSchema: feedSettings.htmlSelectorsSchema,
  updateSettingsSchema: updateSettings.updateSettingsSchema,
  displayPowerSettingsSchema: displayPower.displayPowerSettingsSchema,
  maintenanceSettingsSchema: maintenance.maintenanceSettingsSchema,
  scheduleSchema: scheduleSchema.scheduleSchema,
  timeWindowSchema: scheduleSchema.timeWindowSchema,
  signInRequestSchema: api.signInRequestSchema,
  setupPasswordRequestSchema: api.setupPasswordRequestSchema,
  playlistSaveRequestSchema: api.playlistSaveRequestSchema,
  settingsPatchSchema: api.settingsPatchSchema,
  feedTestRequestSchema: api.feedTestRequestSchema,
  announcementRequestSchema: api.announcementRequestSchema,
  screensReloadRequestSchema: api.screensReloadRequestSchema,
  proofOfPlayQuerySchema: api.proofOfPlayQuerySchema,
  schedulePreviewQuerySchema: api.schedulePreviewQuerySchema,
  screenReportSchema: screenReport.screenReportSchema,
};

describe('the fuzzed entry points', () => {
  it.each(Object.entries(FUNCTIONS))('%s is still an exported function', (_name, value) => {
    expect(typeof value).toBe('function');
  });

  it.each(Object.entries(SCHEMAS))('%s is still an exported schema', (_name, value) => {
    expect(typeof (value as { safeParse?: unknown }).safeParse).toBe('function');
  });

  it('covers every request body and query schema the API declares (a new route gets fuzzed too)', () => {
    const declared = Object.keys(api).filter((name) => /(Request|Query|Patch)Schema$/u.test(name));
    expect(declared.filter((name) => !(name in SCHEMAS))).toEqual([]);
  });
});
