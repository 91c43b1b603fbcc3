/** "Còn 12 ngày 5 giờ đến Đại hội XIII Công đoàn Việt Nam", large enough to read across a hall. */
import type { CountdownSlide as CountdownSlideData } from '../../main/core/player-state';
import { countdownSentence, countdownView } from './countdown-view';
import { ISSUER_LINE } from './FallbackSlide';
import { Star } from './Star';
import { useMinuteClock } from './use-minute-clock';

/** Props of CountdownSlide. */
export interface CountdownSlideProps {
  slide: CountdownSlideData;
}

/**
 * The numbers big and gold, each over its unit, between "Còn" and "đến" and
 * the title. It re-renders once a minute, on the minute (the page clock), so
 * it turns to the done text exactly at the target minute.
 */
export function CountdownSlide({ slide }: CountdownSlideProps) {
  const nowMs = useMinuteClock();
  const view = countdownView(slide, nowMs);
  return (
    <article
      className={`card countdown ${view.done ? 'countdown-done' : ''}`}
      lang="vi"
      data-testid="countdown"
      aria-label={countdownSentence(view)}
    >
      <header className="card-kicker">
        <Star className="card-kicker-star" />
        <span>{ISSUER_LINE}</span>
      </header>
      {view.done ? (
        <p className="countdown-done-text" data-testid="countdown-done">
          {view.doneText ?? view.title}
        </p>
      ) : (
        <div className="countdown-main">
          <p className="countdown-lead">Còn</p>
          <div className="countdown-parts">
            {view.parts.map((part) => (
              <div className="countdown-part" key={part.unit} data-testid="countdown-part" data-unit={part.unit}>
                <span className="countdown-value">{part.value}</span>
                <span className="countdown-unit">{part.unit}</span>
              </div>
            ))}
          </div>
          <p className="countdown-lead">đến</p>
          <h1 className="countdown-title card-title" data-testid="countdown-title">
            {view.title}
          </h1>
        </div>
      )}
    </article>
  );
}
