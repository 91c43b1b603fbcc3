/** A full-screen notice: the issuer, a title and body paragraphs fitted to the screen. */
import { cardView } from './card-view';
import { ISSUER_LINE } from './FallbackSlide';
import { FittedParagraphs } from './FittedParagraphs';
import { Star } from './Star';

/** Props of TextCard. */
export interface TextCardProps {
  title: string;
  /** Plain text, paragraphs separated by a blank line; may be empty. */
  body: string;
  /** An extra class for the variant (`card-announcement` is brighter, for an operator's message). */
  variant?: 'slide' | 'announcement';
}

/**
 * Red and gold like the branded card, readable across a hall: the title is
 * clamped to a few lines and the body shows as many whole paragraphs as fit
 * above the slogan band (the news summary's fitting), never overflowing.
 */
export function TextCard({ title, body, variant = 'slide' }: TextCardProps) {
  const view = cardView(title, body);
  return (
    <article className={`card card-${variant}`} lang="vi">
      <header className="card-kicker">
        <Star className="card-kicker-star" />
        <span>{ISSUER_LINE}</span>
      </header>
      <h1 className="card-title" data-testid="card-title">
        {view.title}
      </h1>
      <div className="card-rule" />
      {view.body !== '' ? <FittedParagraphs text={view.body} classPrefix="card" testId="card-body" /> : null}
    </article>
  );
}
