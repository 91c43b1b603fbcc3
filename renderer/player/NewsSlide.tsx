/** A featured article, laid out to be read from across a hall. */
import type { NewsFreshness, NewsSlide as NewsSlideData } from '../../main/core/player-state';
import { newsView } from './news-view';
import { NewsQr } from './NewsQr';
import { NewsSummary } from './NewsSummary';
import { Star } from './Star';
import { useMinuteClock } from './use-minute-clock';

/** Props of NewsSlide. */
export interface NewsSlideProps {
  slide: NewsSlideData;
  /** IANA zone of the screen, for the published time. */
  timeZone: string;
  news: NewsFreshness;
  /** The lead image could not be decoded: lay the slide out as text only. */
  imageFailed: boolean;
  /** Called if the browser cannot draw the (pre-decoded) lead image after all. */
  onImageBroken: (reason: string) => void;
}

/**
 * Title large, the published time in gold, the lead image with its caption,
 * as much of the summary as fits, the author and source, and a QR code of the
 * article. Without an image (none, or it failed) the text takes the space.
 * Every string is a React text node; a missing field leaves its line out.
 * Orientation is the stylesheet's business (news.css), not this component's.
 */
export function NewsSlide({ slide, timeZone, news, imageFailed, onImageBroken }: NewsSlideProps) {
  const nowMs = useMinuteClock();
  const view = newsView(slide, timeZone, news, nowMs, imageFailed);
  const hasMeta = view.author !== null || view.source !== null || view.staleNotice !== null;

  return (
    <article className={`news ${view.image ? 'news-with-image' : 'news-text-only'}`} lang="vi">
      <header className="news-kicker">
        <Star className="news-kicker-star" />
        <span>Tin tức</span>
      </header>
      <h1 className="news-title" data-testid="news-title">
        {view.title}
      </h1>
      {view.time !== null ? (
        <p className="news-time">
          <span className="news-time-label">Cập nhật lúc </span>
          <time data-testid="news-time" dateTime={view.timeIso ?? undefined}>
            {view.time}
          </time>
        </p>
      ) : null}
      {view.image ? (
        <figure className="news-figure">
          <div className="news-image-frame">
            <img
              className="news-image"
              src={view.image.src}
              alt=""
              draggable={false}
              decoding="sync"
              onError={() => onImageBroken('the lead image failed to display after decoding')}
            />
          </div>
          {view.image.caption !== null ? <figcaption className="news-caption">{view.image.caption}</figcaption> : null}
        </figure>
      ) : null}
      <NewsSummary summary={view.summary} />
      <footer className="news-footer">
        {hasMeta ? (
          <div className="news-meta">
            {view.author !== null ? <p className="news-author">{view.author}</p> : null}
            {view.source !== null ? <p className="news-source">Nguồn: {view.source}</p> : null}
            {view.staleNotice !== null ? (
              <p className="news-stale" data-testid="news-stale">
                {view.staleNotice}
              </p>
            ) : null}
          </div>
        ) : null}
        {view.link !== null ? <NewsQr link={view.link} /> : null}
      </footer>
    </article>
  );
}
