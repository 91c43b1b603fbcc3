/** What "Thử nguồn tin" found: the first articles, or why the feed cannot be used. */
import type { FeedTestResponse } from '../../../main/core/api';
import { useI18n } from '../i18n/I18nProvider';
import { formatInstantVn } from '../vn-date';

/** The test's outcome. */
export function FeedTestResult({ result }: { result: FeedTestResponse }) {
  const { t } = useI18n();
  if (!result.ok) {
    return (
      <div className="feed-test" role="alert" data-testid="news-test-result">
        <p className="field-error">
          {t.news.testFailed} {result.error}
        </p>
      </div>
    );
  }
  return (
    <div className="feed-test" role="status" data-testid="news-test-result">
      <p className="ok">
        {t.news.testOk(result.articles.length)}{' '}
        {result.title ? `(${result.title}, ${result.format})` : `(${result.format})`}
      </p>
      <ul className="article-list">
        {result.articles.map((article, i) => (
          <li key={i}>
            <strong>{article.title}</strong>
            {article.time && <span className="hint"> · {formatInstantVn(Date.parse(article.time))}</span>}
            {article.link && (
              <>
                {' '}
                <a href={article.link} target="_blank" rel="noreferrer noopener">
                  ↗
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
