/**
 * Prometheus metrics of a host: enough for a technician to see from afar that
 * a screen is well, scraped by an existing Prometheus (README "Many screens").
 * Everything is read when scraped; nothing is counted per frame.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { FeedFetchOutcome, FeedStatus } from '../feed/feed-types';
import type { ProcessMemory } from './host-api';
import type { ScreenCounts } from './screen-monitor';

/** What the metrics read from the host when scraped. */
export interface MetricSources {
  version: string;
  uptimeS: () => number;
  slides: () => number;
  screens: () => number;
  playlistProblem: () => boolean;
  stateRevision: () => number;
  /** A short hash of what plays (playlist in force, announcements, feed articles) and where the playlist came from. */
  content: () => { version: string; origin: string };
  feed: () => FeedStatus;
  feedFetches: () => Record<FeedFetchOutcome, number>;
  screenCounts: () => ScreenCounts;
  /** The shell's other processes (Electron's renderer, GPU, …); empty for the browser host. */
  processMemory: () => ProcessMemory[];
  cacheBytes: () => Promise<number>;
  /** null: display power is not managed by this host. */
  displayPower: () => { wanted: 'on' | 'off'; applied: 'on' | 'off' | 'unknown' } | null;
}

/** A registry with the process defaults and Pano's own metrics, all read at scrape time. */
export function createMetrics(sources: MetricSources): () => Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pano_' });
  const registers = [registry];
  const gauge = (name: string, help: string, read: () => number | Promise<number>) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        this.set(await read());
      },
    });
  /** A counter whose total is kept elsewhere (the monitor, the feed service), by one label. */
  const countedBy = (name: string, help: string, label: string, read: () => Record<string, number>) =>
    new Counter({
      name,
      help,
      labelNames: [label],
      registers,
      collect() {
        this.reset();
        for (const [value, count] of Object.entries(read())) this.inc({ [label]: value }, count);
      },
    });

  new Gauge({
    name: 'pano_build_info',
    help: 'Always 1; the version label is the Pano version running.',
    labelNames: ['version'],
    registers,
    collect() {
      this.reset();
      this.set({ version: sources.version }, 1);
    },
  });
  new Gauge({
    name: 'pano_content_info',
    help: 'Always 1; labels name the content version (a hash of what plays) and where the playlist comes from.',
    labelNames: ['content_version', 'origin'],
    registers,
    collect() {
      this.reset();
      const content = sources.content();
      this.set({ content_version: content.version, origin: content.origin }, 1);
    },
  });
  gauge('pano_uptime_seconds', 'Seconds since the host started.', sources.uptimeS);
  gauge('pano_slides', 'Slides in the rotation now.', sources.slides);
  gauge('pano_screens_connected', 'Player pages connected over SSE.', sources.screens);
  gauge(
    'pano_screens_reporting',
    'Player pages that sent a heartbeat recently.',
    () => sources.screenCounts().pagesReporting,
  );
  gauge(
    'pano_screens_silent',
    'Player pages that stopped reporting (closed or stuck).',
    () => sources.screenCounts().pagesSilent,
  );
  gauge('pano_playlist_invalid', '1 when playlist.json is invalid and a fallback plays.', () =>
    sources.playlistProblem() ? 1 : 0,
  );
  gauge('pano_state_revision', 'How many times the state pushed to screens has changed.', sources.stateRevision);
  new Counter({
    name: 'pano_slide_changes_total',
    help: 'Slides shown on screens since the host started (from the screens’ reports).',
    registers,
    collect() {
      this.reset();
      this.inc(sources.screenCounts().slideChanges);
    },
  });
  countedBy(
    'pano_recoveries_total',
    'Screen recoveries since the host started, by reason (renderer gone, hang, memory, page watchdog, maintenance…).',
    'reason',
    () => sources.screenCounts().recoveries,
  );
  countedBy('pano_feed_fetches_total', 'News feed fetches since the host started, by outcome.', 'outcome', () =>
    sources.feedFetches(),
  );
  gauge('pano_feed_articles', 'Articles of the news feed held now.', () => sources.feed().items);
  gauge('pano_feed_stale', '1 when the configured news feed has not answered within its staleness limit.', () =>
    sources.feed().stale ? 1 : 0,
  );
  gauge('pano_feed_last_success_seconds', 'Unix time of the last successful feed fetch (0: none).', () => {
    const at = sources.feed().lastSuccessAt;
    return at ? Date.parse(at) / 1000 : 0;
  });
  new Gauge({
    name: 'pano_shell_process_resident_bytes',
    help: 'Resident memory of the kiosk shell’s processes by type (the host process is pano_process_resident_memory_bytes).',
    labelNames: ['type'],
    registers,
    collect() {
      this.reset();
      const byType = new Map<string, number>();
      for (const process of sources.processMemory())
        byType.set(process.type, (byType.get(process.type) ?? 0) + process.residentBytes);
      for (const [type, bytes] of byType) this.set({ type }, bytes);
    },
  });
  gauge('pano_cache_bytes', 'Bytes of downloaded pictures in the media cache.', sources.cacheBytes);
  gauge('pano_display_on', '1 while the display should be on, 0 while it is asked to sleep (display hours).', () =>
    sources.displayPower()?.wanted === 'off' ? 0 : 1,
  );
  gauge(
    'pano_display_power',
    'What switching the display achieved: 1 on, 0 asleep, -1 not known (nothing switched yet, no tool, or every tool failed).',
    () => {
      const power = sources.displayPower();
      return power === null || power.applied === 'unknown' ? -1 : power.applied === 'on' ? 1 : 0;
    },
  );
  return async () => ({ contentType: registry.contentType, body: await registry.metrics() });
}
