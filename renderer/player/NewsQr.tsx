/** The QR code of a news article, for a phone in the hall to open it. */
import { useMemo } from 'react';
import { qrDrawing } from './qr-drawing';

/** Props of NewsQr. */
export interface NewsQrProps {
  /** The article's absolute URL. */
  link: string;
}

/**
 * Dark modules on white, drawn inline as React SVG (no data: URL, no
 * innerHTML: the page's CSP stays strict), with a short label beneath.
 * Nothing at all when the link cannot be encoded.
 */
export function NewsQr({ link }: NewsQrProps) {
  const drawing = useMemo(() => qrDrawing(link), [link]);
  if (!drawing) return null;
  return (
    <div className="news-qr">
      <svg
        className="news-qr-code"
        data-testid="news-qr"
        viewBox={`0 0 ${drawing.size} ${drawing.size}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label="Mã QR của bài viết"
      >
        <rect width={drawing.size} height={drawing.size} fill="#fff" />
        <path d={drawing.d} fill="#000" />
      </svg>
      <p className="news-qr-label">Quét để đọc tin</p>
    </div>
  );
}
