/** The branded card that stands in when there is no picture to show. */
import { cleanText } from '../../main/core/text';
import { Star } from './Star';

/** The issuer, as printed on every card. */
export const ISSUER_LINE = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN';
const PARENT_LINE = 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';

/** Props of FallbackSlide. */
export interface FallbackSlideProps {
  /** `failed`: an item's image could not be shown; `standby`: nothing to play. */
  variant: 'failed' | 'standby';
  /** The item whose image failed, in small print for whoever services the screen. */
  itemId?: string;
}

/** Red and gold, readable from across the hall; never a broken-image icon, never black. */
export function FallbackSlide({ variant, itemId }: FallbackSlideProps) {
  return (
    <div className={`fallback fallback-${variant}`}>
      <Star className="fallback-star" />
      <p className="fallback-parent">{PARENT_LINE}</p>
      <p className="fallback-issuer">{ISSUER_LINE}</p>
      <div className="fallback-rule" />
      {variant === 'failed' && itemId ? <p className="fallback-item">{cleanText(itemId)}</p> : null}
    </div>
  );
}
