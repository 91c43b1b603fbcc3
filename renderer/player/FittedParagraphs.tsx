/** Paragraphs of plain text fitted to the box the layout leaves them: the news summary, a text card's body. */
import { useMemo, useRef } from 'react';
import { summaryParagraphs } from './summary-fit';
import { useSummaryFit } from './use-summary-fit';

/** Props of FittedParagraphs. */
export interface FittedParagraphsProps {
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /**
   * Names the classes: `${prefix}-summary` (the box, sized by the layout),
   * `${prefix}-summary-measure`, `${prefix}-paragraph` and
   * `${prefix}-paragraph-clamped`, so each layout styles its own.
   */
  classPrefix: string;
  testId?: string;
}

/**
 * As many whole paragraphs as fit, the next one clamped at a line boundary,
 * never text running under the band. A hidden copy of every paragraph at
 * full length, as wide as the box, is what gets measured, so a resize can
 * bring back what an earlier fit dropped.
 */
export function FittedParagraphs({ text, classPrefix, testId }: FittedParagraphsProps) {
  const paragraphs = useMemo(() => summaryParagraphs(text), [text]);
  const box = useRef<HTMLDivElement>(null);
  const measurer = useRef<HTMLDivElement>(null);
  const fit = useSummaryFit(box, measurer, paragraphs.length);
  const shown = paragraphs.slice(0, fit.count);
  const paragraphClass = `${classPrefix}-paragraph`;

  return (
    <div className={`${classPrefix}-summary`} ref={box} data-testid={testId}>
      <div className={`${classPrefix}-summary-measure`} ref={measurer} aria-hidden="true">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className={paragraphClass}>
            {paragraph}
          </p>
        ))}
      </div>
      {shown.map((paragraph, index) => {
        const clamped = index === shown.length - 1 && fit.clampLines !== null;
        return (
          <p
            key={index}
            className={clamped ? `${paragraphClass} ${classPrefix}-paragraph-clamped` : paragraphClass}
            style={clamped ? { WebkitLineClamp: fit.clampLines ?? undefined } : undefined}
          >
            {paragraph}
          </p>
        );
      })}
    </div>
  );
}
