/**
 * What a technician sees from afar: /metrics as Prometheus text that follows the
 * screen, and the proof-of-play export of what the screen really showed.
 */
import { expect, test } from '@playwright/test';
import { parsePrometheusText } from '../support/prometheus-text';
import { apiSession, PASSWORD, startConsoleHost, TWO_SLIDES } from './support-console';
import type { HostProcess } from '../support/host-process';

let host: HostProcess | undefined;
test.afterEach(() => host?.dispose());

test('/metrics parses as Prometheus text and follows the screen; proof of play lists what it showed', async ({
  page,
}) => {
  const playlist = { ...TWO_SLIDES, items: TWO_SLIDES.items.map((item) => ({ ...item, durationS: 3 })) };
  host = await startConsoleHost({ password: PASSWORD, playlist });
  const itemIds = playlist.items.map((item) => item.id);
  const started = Date.now();

  await page.goto(host.url);
  await expect(page.locator('[data-testid="slide"][data-active="true"]')).toHaveAttribute(
    'data-item-id',
    itemIds[0] as string,
  );
  // Let the screen change slides a few times on its own clock.
  const changesWanted = 3;
  await expect
    .poll(
      async () =>
        parsePrometheusText(await (await fetch(`${host!.url}/metrics`)).text()).value('pano_slide_changes_total'),
      { timeout: 40_000, intervals: [1000] },
    )
    .toBeGreaterThanOrEqual(changesWanted);

  const metrics = parsePrometheusText(await (await fetch(`${host.url}/metrics`)).text());
  expect(metrics.value('pano_screens_reporting')).toBe(1);
  expect(metrics.value('pano_screens_silent')).toBe(0);
  expect(metrics.value('pano_slides')).toBe(itemIds.length);
  expect(metrics.value('pano_uptime_seconds')).toBeGreaterThanOrEqual(0);
  expect(
    metrics.samples.some(
      (s) => s.name === 'pano_content_info' && /^[0-9a-f]{12}$/.test(s.labels.content_version ?? ''),
    ),
  ).toBe(true);
  expect(metrics.value('pano_process_resident_memory_bytes')).toBeGreaterThan(0);

  const { cookie } = await apiSession(host.url);
  const csv = await fetch(`${host.url}/api/proof-of-play.csv`, { headers: { cookie } });
  expect(csv.status).toBe(200);
  const rows = (await csv.text())
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((line) => line.split(','));
  // Every slide that ended is a row: item, times on the screen's clock, and a duration near the playlist's.
  expect(rows.length).toBeGreaterThanOrEqual(changesWanted - 1);
  for (const [itemId, , kind, startedAt, endedAt, durationMs] of rows) {
    expect(itemIds).toContain(itemId);
    expect(kind).toBe('image');
    expect(Date.parse(startedAt as string)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(endedAt as string) - Date.parse(startedAt as string)).toBe(Number(durationMs));
  }
  const expectedMs = playlist.items.map((item) => item.durationS * 1000);
  // The first showing after load may be shorter (the page joins the rotation mid-slide); later ones are whole.
  for (const row of rows.slice(1)) {
    const durationMs = Number(row[5]);
    expect(
      expectedMs.some((ms) => Math.abs(durationMs - ms) < 1500),
      `${row.join(',')}`,
    ).toBe(true);
  }
});
