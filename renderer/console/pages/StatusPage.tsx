/**
 * Health at a glance, refreshed every 10 s: version, uptime, feed, disk use,
 * recent errors; and the proof-of-play download and a screenshot on demand.
 */
import { API_ROUTES, statusResponseSchema } from '../../../main/core/api';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { FeedStatusView } from '../components/FeedStatusView';
import { ProofOfPlayDownload } from '../components/ProofOfPlayDownload';
import { RefreshScreensPanel } from '../components/RefreshScreensPanel';
import { ScreenshotPanel } from '../components/ScreenshotPanel';
import { formatBytes, splitDuration } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { formatInstantVn } from '../vn-date';

const REFRESH_MS = 10_000;

/** The Status page. */
export function StatusPage() {
  const { t, language } = useI18n();
  const status = useGet(API_ROUTES.status, statusResponseSchema, REFRESH_MS);
  const data = status.data;
  return (
    <>
      <h1 tabIndex={-1}>{t.status.title}</h1>
      <p className="hint">{t.status.autoRefresh}</p>
      {status.error && <p className="field-error">{failureText(status.error)}</p>}
      {!data && !status.error && <p>{t.loading}</p>}
      {data && (
        <>
          <section className="panel" data-testid="status-health">
            <dl className="facts">
              <dt>{t.status.health}</dt>
              <dd className={data.health.status === 'ok' ? 'ok' : 'field-error'}>
                {data.health.status === 'ok' ? t.status.ok : t.status.degraded}
                {data.health.playlist.problem && ` — ${data.health.playlist.problem}`}
              </dd>
              <dt>{t.status.version}</dt>
              <dd>{data.health.version}</dd>
              <dt>{t.status.uptime}</dt>
              <dd>{t.status.uptimeValue(...splitDuration(data.health.uptimeS))}</dd>
              <dt>{t.status.screens}</dt>
              <dd>{data.health.screens.connected}</dd>
              <dt>{t.status.timezone}</dt>
              <dd>{data.health.timezone}</dd>
              <dt>{t.status.cache}</dt>
              <dd>{formatBytes(data.cacheBytes, language)}</dd>
              <dt>{t.status.library}</dt>
              <dd>{formatBytes(data.libraryBytes, language)}</dd>
              <dt>{t.status.dataDir}</dt>
              <dd>
                {data.health.dataDir.path}
                {data.health.dataDir.problem && <span className="field-error"> — {data.health.dataDir.problem}</span>}
              </dd>
            </dl>
          </section>
          <ScreenshotPanel timeZone={data.health.timezone} />
          <RefreshScreensPanel />
          <ProofOfPlayDownload timeZone={data.health.timezone} />
          <section className="panel">
            <h2>{t.news.status}</h2>
            <FeedStatusView feed={data.health.feed} />
          </section>
          <section className="panel">
            <h2>{t.status.recentErrors}</h2>
            {data.recentErrors.length === 0 ? (
              <p className="empty">{t.status.noErrors}</p>
            ) : (
              <ol className="log-list" data-testid="status-errors">
                {[...data.recentErrors].reverse().map((entry, i) => (
                  <li key={i} className={`log-${entry.level}`}>
                    <span className="hint">{formatInstantVn(Date.parse(entry.at))}</span> <strong>{entry.event}</strong>{' '}
                    {entry.message}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </>
  );
}
