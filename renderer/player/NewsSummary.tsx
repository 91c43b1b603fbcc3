/** The summary of a news slide, fitted to the space the layout leaves it. */
import { useMemo, useRef } from 'react';
import { summaryParagraphs } from './summary-fit';
import { useSummaryFit } from './use-summary-fit';

/** Props of NewsSummary. */
export interface NewsSummaryProps {
  /** Plain text, paragraphs separated by a blank line. */
  summary: string;
}

/**
 * As many whole paragraphs as fit, the next one clamped at a line boundary,
 * never text running under the band. A hidden copy of every paragraph at
 * full length, as wide as the box, is what gets measured, so a resize can
 * bring back what an earlier fit dropped.
 */
export function NewsSummary({ summary }: NewsSummaryProps) {
  const paragraphs = useMemo(() => summaryParagraphs(summary), [summary]);
  const box = useRef<HTMLDivElement>(null);
  const measurer = useRef<HTMLDivElement>(null);
  const fit = useSummaryFit(box, measurer, paragraphs.length);
  const shown = paragraphs.slice(0, fit.count);

  return (
    <div className="news-summary" ref={box} data-testid="news-summary">
      <div className="news-summary-measure" ref={measurer} aria-hidden="true">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="news-paragraph">
            {paragraph}
          </p>
        ))}
      </div>
      {shown.map((paragraph, index) => {
        const clamped = index === shown.length - 1 && fit.clampLines !== null;
        return (
          <p
            key={index}
            className={clamped ? 'news-paragraph news-paragraph-clamped' : 'news-paragraph'}
            style={clamped ? { WebkitLineClamp: fit.clampLines ?? undefined } : undefined}
          >
            {paragraph}
          </p>
        );
      })}
    </div>
  );
}
