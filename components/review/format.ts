/** Small formatting helpers of the review page. */
import { t } from '@/utils/i18n';

/** An interval as the grade buttons show it: "1m", "10m", "3h", "4d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}${t('reviewUnitMinute')}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}${t('reviewUnitHour')}`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}${t('reviewUnitDay')}`;
  if (days < 365) return `${Math.round(days / 30)}${t('reviewUnitMonth')}`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}${t('reviewUnitYear')}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
