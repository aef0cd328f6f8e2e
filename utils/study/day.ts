/** Study days roll over at 4 a.m. local time, so a late evening's reviews count for that evening. */
export const ROLLOVER_HOUR = 4;

/** A moment's local calendar date, YYYY-MM-DD. */
export function localDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The study day of a moment, as local YYYY-MM-DD. */
export function studyDay(time: number): string {
  return localDate(time - ROLLOVER_HOUR * 3_600_000);
}

/** Epoch ms when the study day of `time` began. */
export function dayStart(time: number): number {
  const d = new Date(time - ROLLOVER_HOUR * 3_600_000);
  d.setHours(ROLLOVER_HOUR, 0, 0, 0);
  return d.getTime();
}

/** Epoch ms when the next study day begins. */
export function nextDayStart(time: number): number {
  const d = new Date(dayStart(time));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** The `count` study days ending with the day of `now`, oldest first. */
export function lastDays(now: number, count: number): string[] {
  const days: string[] = [];
  const d = new Date(dayStart(now));
  for (let i = 0; i < count; i++) {
    days.unshift(studyDay(d.getTime()));
    d.setDate(d.getDate() - 1);
  }
  return days;
}
