/**
 * The news feed: where it comes from and which articles are featured. "Thử
 * nguồn tin" tries the form as it stands without saving; "Cập nhật ngay"
 * fetches the saved feed now.
 */
import { useState } from 'react';
import {
  API_ROUTES,
  feedStatusSchema,
  feedTestResponseSchema,
  settingsResponseSchema,
  statusResponseSchema,
  type FeedStatusResponse,
  type FeedTestResponse,
} from '../../../main/core/api';
import type { FeedSettings } from '../../../main/core/feed/feed-settings';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { FeedStatusView } from '../components/FeedStatusView';
import { FeedTestResult } from '../components/FeedTestResult';
import { LinesField } from '../components/LinesField';
import { NumberField } from '../components/NumberField';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';

const SELECTOR_KEYS = ['list', 'title', 'link', 'time', 'image', 'summary'] as const;

/** The News page. */
export function NewsPage() {
  const api = useApi();
  const { t } = useI18n();
  const settings = useGet(API_ROUTES.settings, settingsResponseSchema);
  const status = useGet(API_ROUTES.status, statusResponseSchema);
  const [edited, setEdited] = useState<FeedSettings | null>(null);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [test, setTest] = useState<FeedTestResponse | 'testing' | null>(null);
  const [refreshed, setRefreshed] = useState<FeedStatusResponse | null>(null);

  const saved = settings.data?.feed ?? null;
  const feed = edited ?? saved;
  if (!feed) return <p>{settings.error ? failureText(settings.error) : t.loading}</p>;
  const dirty = edited !== null && JSON.stringify(edited) !== JSON.stringify(saved);
  const set = <K extends keyof FeedSettings>(key: K, value: FeedSettings[K]) => setEdited({ ...feed, [key]: value });
  const problem = (field: string) => problems.get(field);

  async function save() {
    const result = await api.request('PATCH', API_ROUTES.settings, settingsResponseSchema, { feed });
    if (result.ok) {
      settings.setData(result.value);
      setEdited(null);
      setProblems(new Map());
      return setNote({ ok: true, text: t.news.saved });
    }
    const failure = result.error;
    const fields = failure.kind === 'invalid' ? failure.problems : [];
    // `feed.selectors.list` → `selectors.list`: the fields of this form.
    setProblems(new Map(fields.map((p) => [p.field.replace(/^feed\./, ''), p.message])));
    setNote({ ok: false, text: failure.kind === 'invalid' ? t.playlist.invalid : failureText(failure) });
  }

  async function tryFeed() {
    setTest('testing');
    const result = await api.request('POST', API_ROUTES.feedTest, feedTestResponseSchema, feed);
    setTest(result.ok ? result.value : { ok: false, error: failureText(result.error) });
  }

  async function refresh() {
    const result = await api.request('POST', API_ROUTES.feedRefresh, feedStatusSchema);
    if (result.ok) setRefreshed(result.value);
    else setNote({ ok: false, text: failureText(result.error) });
  }

  const selectors = feed.selectors ?? { list: '', title: '' };
  return (
    <>
      <h1 tabIndex={-1}>{t.news.title}</h1>
      <section className="panel">
        <label className="field">
          <span>{t.news.url}</span>
          <input
            type="url"
            inputMode="url"
            value={feed.url ?? ''}
            placeholder="https://…"
            onChange={(e) => set('url', e.target.value.trim() || null)}
            aria-invalid={Boolean(problem('url'))}
            data-testid="news-url"
          />
          <span className="hint">{t.news.urlHelp}</span>
          {problem('url') && <span className="field-error">{problem('url')}</span>}
        </label>
        <fieldset className="field">
          <legend>{t.news.format}</legend>
          {(['auto', 'html'] as const).map((format) => (
            <label key={format} className="check">
              <input
                type="radio"
                name="feed-format"
                checked={feed.format === format}
                onChange={() =>
                  setEdited({
                    ...feed,
                    format,
                    selectors: format === 'html' ? (feed.selectors ?? { list: '', title: '' }) : feed.selectors,
                  })
                }
              />
              <span>{t.news.formats[format]}</span>
            </label>
          ))}
        </fieldset>
        {feed.format === 'html' && (
          <fieldset className="field">
            <legend>{t.news.selectors}</legend>
            <div className="grid-2">
              {SELECTOR_KEYS.map((key) => (
                <label key={key} className="field">
                  <span>{t.news.selectorNames[key]}</span>
                  <input
                    type="text"
                    value={selectors[key] ?? ''}
                    onChange={(e) =>
                      set(
                        'selectors',
                        withField(
                          selectors,
                          key,
                          e.target.value || (key === 'list' || key === 'title' ? '' : undefined),
                        ),
                      )
                    }
                  />
                  {(problem(`selectors.${key}`) ?? (key === 'list' ? problem('selectors') : undefined)) && (
                    <span className="field-error">{problem(`selectors.${key}`) ?? problem('selectors')}</span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="grid-2">
          <LinesField
            label={t.news.keywords}
            value={feed.keywords}
            onChange={(v) => set('keywords', v)}
            error={problem('keywords')}
          />
          <LinesField
            label={t.news.categories}
            value={feed.categories}
            onChange={(v) => set('categories', v)}
            error={problem('categories')}
          />
          <NumberField
            label={t.news.maxAge}
            value={feed.maxAgeDays}
            onChange={(v) => set('maxAgeDays', v ?? null)}
            error={problem('maxAgeDays')}
          />
          <NumberField
            label={t.news.interval}
            value={feed.pollIntervalMin}
            onChange={(v) => set('pollIntervalMin', v ?? Number.NaN)}
            error={problem('pollIntervalMin')}
          />
          <NumberField
            label={t.news.stale}
            value={feed.staleAfterHours}
            onChange={(v) => set('staleAfterHours', v ?? Number.NaN)}
            error={problem('staleAfterHours')}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={feed.headlinesInMarquee}
            onChange={(e) => set('headlinesInMarquee', e.target.checked)}
          />
          <span>{t.news.headlines}</span>
        </label>
        {note && (
          <p className={note.ok ? 'ok' : 'field-error'} role={note.ok ? 'status' : 'alert'}>
            {note.text}
          </p>
        )}
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => void tryFeed()}
            disabled={test === 'testing'}
            data-testid="news-test"
          >
            {test === 'testing' ? t.news.testing : t.news.test}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => void save()}
            disabled={!dirty}
            data-testid="news-save"
          >
            {t.save}
          </button>
          {dirty && <strong>● {t.playlist.unsaved}</strong>}
        </div>
        {test !== null && test !== 'testing' && <FeedTestResult result={test} />}
      </section>
      <section className="panel">
        <h2>{t.news.status}</h2>
        <FeedStatusView feed={refreshed ?? status.data?.health.feed ?? null} />
        <button type="button" className="button" onClick={() => void refresh()} data-testid="news-refresh">
          {t.news.refresh}
        </button>
      </section>
    </>
  );
}
