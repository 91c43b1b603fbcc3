/**
 * The proof-of-play download: two days (the last week until the operator
 * picks others) and a plain link to the CSV, so the browser saves the file
 * itself and the session cookie goes with it.
 */
import { useState } from 'react';
import { API_ROUTES, PROOF_OF_PLAY_MAX_DAYS } from '../../../main/core/api';
import { useI18n } from '../i18n/I18nProvider';
import { lastDays, proofOfPlayHref, rangeProblem, type DayRange } from '../proof-of-play-range';
import { isoDateAt } from '../vn-date';
import { DateField } from './DateField';
import { FieldError } from './FieldError';

/** The panel; `timeZone` is the screen's, whose calendar the days are read on. */
export function ProofOfPlayDownload({ timeZone }: { timeZone: string }) {
  const { t } = useI18n();
  const [range, setRange] = useState<DayRange>(() => lastDays(isoDateAt(Date.now(), timeZone)));
  const problem = rangeProblem(range);
  const message =
    problem === 'backwards'
      ? t.status.proofBackwards
      : problem === 'too-long'
        ? t.status.proofTooLong(PROOF_OF_PLAY_MAX_DAYS)
        : undefined;
  return (
    <section className="panel" aria-labelledby="proof-title">
      <h2 id="proof-title">{t.status.proofTitle}</h2>
      <p className="hint">{t.status.proofHelp}</p>
      <div className="row">
        <DateField
          label={t.status.proofFrom}
          value={range.from}
          onChange={(from) => setRange({ ...range, from })}
          testId="proof-from"
        />
        <DateField
          label={t.status.proofTo}
          value={range.to}
          onChange={(to) => setRange({ ...range, to })}
          testId="proof-to"
        />
      </div>
      <FieldError id="proof-range-error" message={message} />
      {problem ? (
        // The host would refuse the range, and a download of its refusal helps nobody: the link waits.
        <span className="button" aria-disabled="true" aria-describedby="proof-range-error">
          ⤓ {t.status.proofDownload}
        </span>
      ) : (
        <a
          className="button primary"
          href={proofOfPlayHref(API_ROUTES.proofOfPlay, range, timeZone)}
          download
          data-testid="proof-download"
        >
          ⤓ {t.status.proofDownload}
        </a>
      )}
    </section>
  );
}
