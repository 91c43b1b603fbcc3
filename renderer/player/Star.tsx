/** The five-pointed star of the marquee and the branded cards. */

/** Props of Star. */
export interface StarProps {
  className?: string;
}

/** Drawn as SVG so it never depends on a font having the ★ glyph. */
export function Star({ className }: StarProps) {
  return (
    <svg className={className} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <polygon points="50,4 61.8,38.2 97.6,38.2 68.6,59.4 79.4,93.6 50,72.5 20.6,93.6 31.4,59.4 2.4,38.2 38.2,38.2" />
    </svg>
  );
}
