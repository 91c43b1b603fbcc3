/** A small picture of an item or library file; a labelled tile when there is no picture to show. */

// Plain glyphs every font has: kiosks and office PCs often lack an emoji font.
const GLYPHS: Record<string, string> = { video: '▶', news: '≡', countdown: '#', text: '¶', image: '▣' };

/** The thumbnail. `label` is shown on the tile and used as the picture's alt text. */
export function Thumbnail({ url, label, kind }: { url: string | null; label: string; kind: string }) {
  if (url) return <img className="thumb" src={url} alt={label} loading="lazy" decoding="async" />;
  return (
    <span className={`thumb thumb-tile thumb-${kind}`} role="img" aria-label={label}>
      {GLYPHS[kind] ?? '▣'}
    </span>
  );
}
