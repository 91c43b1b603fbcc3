/**
 * The slogan strip: one slogan per line, its speed, and a box for the banner
 * text of the union's site, split on runs of dashes exactly as core does.
 */
import { useId, useMemo, useState } from 'react';
import { PLAYLIST_DEFAULTS, type Playlist } from '../../../main/core/playlist/schema';
import { splitSlogans } from '../../../main/core/slogans';
import { FieldError } from '../components/FieldError';
import { NumberField } from '../components/NumberField';
import { SaveBar } from '../components/SaveBar';
import { useI18n } from '../i18n/I18nProvider';
import { problemLookup } from '../problem-fields';
import { linesToList } from '../text-lines';
import type { PlaylistDraft } from '../state/use-playlist-draft';

type Marquee = NonNullable<Playlist['marquee']>;

/** The Marquee page. */
export function MarqueePage({ draft }: { draft: PlaylistDraft }) {
  const { t } = useI18n();
  const linesId = useId();
  const marquee = draft.draft?.marquee;
  const joined = (marquee?.text ?? []).join('\n');
  const [text, setText] = useState(joined);
  const [lastJoined, setLastJoined] = useState(joined);
  // Follows outside changes (undo, reload) while keeping the blank line being typed.
  if (joined !== lastJoined) {
    setLastJoined(joined);
    if (linesToList(text).join('\n') !== joined) setText(joined);
  }
  const [banner, setBanner] = useState('');
  const split = useMemo(() => splitSlogans(banner), [banner]);
  const problem = problemLookup(draft.problems, 'marquee', null);

  const setMarquee = (next: Marquee) => draft.edit((p) => ({ ...p, marquee: next }));
  const setSlogans = (slogans: string[]) => setMarquee({ ...(marquee ?? {}), text: slogans });

  if (!draft.draft) return <p>{t.loading}</p>;
  const textProblem = problem('text', true);
  return (
    <>
      <h1 tabIndex={-1}>{t.marquee.title}</h1>
      <section className="panel">
        <label className="field">
          <span>{t.marquee.lines}</span>
          <textarea
            rows={8}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setSlogans(linesToList(e.target.value));
            }}
            aria-invalid={Boolean(textProblem)}
            aria-describedby={textProblem ? `${linesId}-error` : undefined}
            data-testid="marquee-lines"
          />
          <FieldError id={`${linesId}-error`} message={textProblem} />
        </label>
        <NumberField
          label={t.marquee.speed}
          value={marquee?.speedPxPerS ?? PLAYLIST_DEFAULTS.speedPxPerS}
          onChange={(speed) => setMarquee({ text: marquee?.text ?? [], ...marquee, speedPxPerS: speed })}
          error={problem('speedPxPerS')}
          testId="marquee-speed"
        />
      </section>
      <section className="panel">
        <label className="field">
          <span>{t.marquee.paste}</span>
          <textarea rows={4} value={banner} onChange={(e) => setBanner(e.target.value)} data-testid="marquee-banner" />
          <span className="hint">{t.marquee.pasteHelp}</span>
        </label>
        {split.length > 0 && (
          <div data-testid="marquee-split-preview">
            <p>{t.marquee.preview(split.length)}</p>
            <ol className="slogan-preview">
              {split.map((slogan, i) => (
                <li key={i}>{slogan}</li>
              ))}
            </ol>
            <div className="row">
              <button type="button" className="button primary" onClick={() => setSlogans(split)}>
                {t.marquee.useReplace}
              </button>
              <button type="button" className="button" onClick={() => setSlogans([...(marquee?.text ?? []), ...split])}>
                {t.marquee.useAppend}
              </button>
            </div>
          </div>
        )}
      </section>
      <SaveBar draft={draft} />
    </>
  );
}
