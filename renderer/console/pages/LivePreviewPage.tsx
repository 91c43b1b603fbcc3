/**
 * The player page itself in a frame, at a real screen's size (1920×1080 or
 * 1080×1920) scaled down to fit, so the operator sees exactly what the hall sees.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

const SIZES = { landscape: [1920, 1080], portrait: [1080, 1920] } as const;
type Orientation = keyof typeof SIZES;

/** The Live preview page. */
export function LivePreviewPage() {
  const { t } = useI18n();
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [reloads, setReloads] = useState(0);
  const [boxWidth, setBoxWidth] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const [width, height] = SIZES[orientation];

  // The scale follows the box's width (a rotated tablet, a resized window).
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setBoxWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A portrait frame is kept to 70% of the viewport's height so it does not push the controls away.
  const maxHeight = typeof window === 'undefined' ? height : window.innerHeight * 0.7;
  const scale = boxWidth > 0 ? Math.min(boxWidth / width, maxHeight / height) : 0.25;

  return (
    <>
      <h1 tabIndex={-1}>{t.preview.liveTitle}</h1>
      <div className="row" role="group" aria-label={t.preview.liveTitle}>
        {(Object.keys(SIZES) as Orientation[]).map((name) => (
          <button
            key={name}
            type="button"
            className="toggle"
            aria-pressed={orientation === name}
            onClick={() => setOrientation(name)}
            data-testid={`preview-${name}`}
          >
            {t.preview[name]}
          </button>
        ))}
        <button type="button" className="button" onClick={() => setReloads(reloads + 1)}>
          {t.preview.reload}
        </button>
      </div>
      <div className="preview-box" ref={box}>
        <div className="preview-stage" style={{ width: width * scale, height: height * scale }}>
          <iframe
            key={reloads}
            src="/"
            title={t.preview.frameTitle}
            className="preview-frame"
            width={width}
            height={height}
            // Scaled with a transform so the page inside lays out at the real screen size.
            style={{ transform: `scale(${scale})` }}
            data-testid="live-preview-frame"
          />
        </div>
      </div>
    </>
  );
}
