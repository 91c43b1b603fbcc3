/** The feed's last success, last error and article count, as GET /api/status or POST /api/feed/refresh answer them. */
import type { FeedStatusResponse } from '../../../main/core/api';
import { useI18n } from '../i18n/I18nProvider';
import { formatInstantVn } from '../vn-date';

/** A small table of the feed's state. */
export function FeedStatusView({ feed }: { feed: FeedStatusResponse | null }) {
  const { t } = useI18n();
  if (!feed) return <p>{t.loading}</p>;
  const when = (iso: string | null) => (iso ? formatInstantVn(Date.parse(iso)) : t.news.never);
  return (
    <dl className="facts" data-testid="feed-status">
      <dt>{t.news.url}</dt>
      <dd>{feed.url ?? '—'}</dd>
      <dt>{t.news.lastSuccess}</dt>
      <dd>{when(feed.lastSuccessAt)}</dd>
      <dt>{t.news.lastError}</dt>
      <dd className={feed.lastError ? 'field-error' : undefined}>{feed.lastError ?? t.news.none}</dd>
      <dt>{t.news.articles}</dt>
      <dd>
        {feed.items}
        {feed.stale && <strong className="field-error"> · {t.news.isStale}</strong>}
      </dd>
    </dl>
  );
}
