/** Prometheus metrics of a host: enough for a technician to see from afar that a screen is well. */
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { FeedStatus } from '../feed/feed-service';

/** What the metrics read from the host when scraped (nothing is counted per frame). */
export interface MetricSources {
  slides: () => number;
  screens: () => number;
  playlistProblem: () => boolean;
  stateRevision: () => number;
  feed: () => FeedStatus;
}

/** A registry with the process defaults and Pano's own gauges, all read at scrape time. */
export function createMetrics(sources: MetricSources): () => Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pano_' });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('pano_slides', 'Slides in the rotation now.', sources.slides);
  gauge('pano_screens_connected', 'Player pages connected over SSE.', sources.screens);
  gauge('pano_playlist_invalid', '1 when playlist.json is invalid and a fallback plays.', () =>
    sources.playlistProblem() ? 1 : 0,
  );
  gauge('pano_state_revision', 'How many times the state pushed to screens has changed.', sources.stateRevision);
  gauge('pano_feed_articles', 'Articles of the news feed held now.', () => sources.feed().items);
  gauge('pano_feed_stale', '1 when the configured news feed has not answered within its staleness limit.', () =>
    sources.feed().stale ? 1 : 0,
  );
  gauge('pano_feed_last_success_seconds', 'Unix time of the last successful feed fetch (0: none).', () => {
    const at = sources.feed().lastSuccessAt;
    return at ? Date.parse(at) / 1000 : 0;
  });
  return async () => ({ contentType: registry.contentType, body: await registry.metrics() });
}
