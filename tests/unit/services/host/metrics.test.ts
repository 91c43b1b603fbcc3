import { describe, expect, it } from 'vitest';
import { createMetrics, type MetricSources } from '../../../../main/services/host/metrics';
import { parsePrometheusText } from '../../../support/prometheus-text';

function sources(overrides: Partial<MetricSources> = {}): MetricSources {
  return {
    version: '0.2.0',
    uptimeS: () => 3600,
    slides: () => 6,
    screens: () => 1,
    playlistProblem: () => false,
    stateRevision: () => 4,
    content: () => ({ version: 'a1b2c3d4e5f6', origin: 'remote' }),
    feed: () => ({
      url: 'https://congdoanbackan.vn/rss',
      origin: 'remote',
      lastSuccessAt: '2026-11-27T01:00:00.000Z',
      lastAttemptAt: '2026-11-27T01:00:00.000Z',
      lastError: null,
      items: 12,
      stale: false,
      nextAttemptAt: null,
    }),
    feedFetches: () => ({ updated: 3, 'not-modified': 40, 'fetch-failed': 2, 'document-refused': 1 }),
    screenCounts: () => ({
      slideChanges: 5000,
      recoveries: { 'renderer-gone:crashed': 2, 'page-maintenance': 1 },
      pagesReporting: 1,
      pagesSilent: 0,
    }),
    processMemory: () => [
      { type: 'Browser', pid: 10, residentBytes: 100e6 },
      { type: 'Tab', pid: 11, residentBytes: 250e6 },
      { type: 'Utility', pid: 12, residentBytes: 20e6 },
      { type: 'Utility', pid: 13, residentBytes: 30e6 },
    ],
    cacheBytes: async () => 52_428_800,
    displayPower: () => ({ wanted: 'off', applied: 'off' }),
    ...overrides,
  };
}

describe('metrics', () => {
  it('tell a technician from afar what runs, what plays and how it has fared, in valid Prometheus text', async () => {
    const { body, contentType } = await createMetrics(sources())();
    expect(contentType).toMatch(/^text\/plain/);
    const metrics = parsePrometheusText(body);
    expect(metrics.value('pano_build_info', { version: '0.2.0' })).toBe(1);
    expect(metrics.value('pano_content_info', { content_version: 'a1b2c3d4e5f6', origin: 'remote' })).toBe(1);
    expect(metrics.value('pano_uptime_seconds')).toBe(3600);
    expect(metrics.value('pano_slide_changes_total')).toBe(5000);
    expect(metrics.types.get('pano_slide_changes_total')).toBe('counter');
    expect(metrics.value('pano_recoveries_total', { reason: 'renderer-gone:crashed' })).toBe(2);
    expect(metrics.value('pano_recoveries_total', { reason: 'page-maintenance' })).toBe(1);
    expect(metrics.value('pano_feed_fetches_total', { outcome: 'not-modified' })).toBe(40);
    expect(metrics.value('pano_feed_fetches_total', { outcome: 'fetch-failed' })).toBe(2);
    expect(metrics.value('pano_feed_last_success_seconds')).toBe(Date.parse('2026-11-27T01:00:00Z') / 1000);
    expect(metrics.value('pano_shell_process_resident_bytes', { type: 'Tab' })).toBe(250e6);
    expect(metrics.value('pano_shell_process_resident_bytes', { type: 'Utility' })).toBe(50e6);
    expect(metrics.value('pano_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(metrics.value('pano_cache_bytes')).toBe(52_428_800);
    expect(metrics.value('pano_display_on')).toBe(0);
    expect(metrics.value('pano_display_power')).toBe(0);
  });

  it('drop labels that no longer hold between scrapes (a new version, no more shell processes)', async () => {
    let version = 'aaaaaaaaaaaa';
    let processes = sources().processMemory();
    const scrape = createMetrics(
      sources({ content: () => ({ version, origin: 'file' }), processMemory: () => processes }),
    );
    await scrape();
    version = 'bbbbbbbbbbbb';
    processes = [];
    const metrics = parsePrometheusText((await scrape()).body);
    expect(metrics.samples.filter((s) => s.name === 'pano_content_info').map((s) => s.labels.content_version)).toEqual([
      'bbbbbbbbbbbb',
    ]);
    expect(metrics.samples.filter((s) => s.name === 'pano_shell_process_resident_bytes')).toEqual([]);
  });

  it('the checker refuses what Prometheus would refuse', () => {
    expect(() => parsePrometheusText('pano_x 1')).toThrow(/newline/);
    expect(() => parsePrometheusText('pano x 1\n')).toThrow();
    expect(() => parsePrometheusText('pano_x{a="1} 1\n')).toThrow(/unterminated/);
    expect(() => parsePrometheusText('pano_x one\n')).toThrow(/not a number/);
    expect(() => parsePrometheusText('# TYPE pano_x thing\n')).toThrow(/unknown type/);
  });
});
