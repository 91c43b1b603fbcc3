/** A text slide: an operator's notice as a full-screen card. */
import type { TextSlide as TextSlideData } from '../../main/core/player-state';
import { TextCard } from './TextCard';

/** Props of TextSlide. */
export interface TextSlideProps {
  slide: TextSlideData;
}

/** The slide's title and body on the red card; nothing to load, so it is ready at once. */
export function TextSlide({ slide }: TextSlideProps) {
  return <TextCard title={slide.title} body={slide.body} />;
}
