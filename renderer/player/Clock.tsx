/** The date and time in the corner, in Vietnamese. */
import { formatVietnameseClock } from './vietnamese-time';
import { useMinuteClock } from './use-minute-clock';

/** Props of Clock. */
export interface ClockProps {
  /** IANA zone of the screen. */
  timeZone: string;
}

/** "16:05" large and "Thứ Năm, 26/11/2026" beneath it, on a quiet translucent plate. */
export function Clock({ timeZone }: ClockProps) {
  const nowMs = useMinuteClock();
  const face = formatVietnameseClock(nowMs, timeZone);
  return (
    <div className="clock" data-testid="clock" role="timer" aria-live="off">
      <div className="clock-time">{face.time}</div>
      <div className="clock-date">{face.date}</div>
    </div>
  );
}
