/** The summary of a news slide, fitted to the space the layout leaves it. */
import { FittedParagraphs } from './FittedParagraphs';

/** Props of NewsSummary. */
export interface NewsSummaryProps {
  /** Plain text, paragraphs separated by a blank line. */
  summary: string;
}

/** The article's paragraphs, as many as fit (FittedParagraphs), styled by news.css. */
export function NewsSummary({ summary }: NewsSummaryProps) {
  return <FittedParagraphs text={summary} classPrefix="news" testId="news-summary" />;
}
