import { formatDate } from '../../../common/src/dates.js';
import { isLocale, type Locale } from '../../../common/src/roles.js';
import type { NotificationKind, NotificationParams } from './notifications.repository.js';

type Template = (p: NotificationParams) => { subject: string; text: string };

const d = (value: string | number | undefined) => (typeof value === 'string' ? formatDate(value) : '');

/** E-mail texts; the application shows the same notifications from its own translations. */
const TEMPLATES: Record<NotificationKind, Record<Locale, Template>> = {
  report_due_soon: {
    az: (p) => ({ subject: `Koordinator: ${p.period} hesabatının son tarixi ${d(p.dueOn)}`, text: `Qurumunuzun ${p.period} dövrü üzrə ${p.open} tədbir hesabatı hələ təqdim edilməyib. Son tarix: ${d(p.dueOn)}.` }),
    ru: (p) => ({ subject: `Koordinator: срок отчёта за ${p.period} — ${d(p.dueOn)}`, text: `По периоду ${p.period} ваша организация ещё не представила отчёты по ${p.open} мероприятиям. Срок: ${d(p.dueOn)}.` }),
    en: (p) => ({ subject: `Koordinator: the ${p.period} report is due on ${d(p.dueOn)}`, text: `Your organisation has not yet submitted ${p.open} measure reports for ${p.period}. Due date: ${d(p.dueOn)}.` }),
  },
  report_late: {
    az: (p) => ({ subject: `Koordinator: ${p.period} hesabatı gecikir`, text: `${p.period} dövrü üzrə ${p.open} tədbir hesabatının son tarixi (${d(p.dueOn)}) keçib. Xahiş edirik, təqdim edin.` }),
    ru: (p) => ({ subject: `Koordinator: отчёт за ${p.period} просрочен`, text: `Срок (${d(p.dueOn)}) представления отчётов по ${p.open} мероприятиям за ${p.period} истёк. Пожалуйста, представьте их.` }),
    en: (p) => ({ subject: `Koordinator: the ${p.period} report is late`, text: `The due date (${d(p.dueOn)}) for ${p.open} measure reports of ${p.period} has passed. Please submit them.` }),
  },
  entry_returned: {
    az: (p) => ({ subject: `Koordinator: ${p.measure} üzrə hesabat geri qaytarıldı`, text: `Katiblik ${p.measure} tədbiri üzrə hesabatı şərhlə geri qaytarıb. Düzəldib yenidən təqdim edin.` }),
    ru: (p) => ({ subject: `Koordinator: отчёт по ${p.measure} возвращён`, text: `Секретариат вернул отчёт по мероприятию ${p.measure} с комментарием. Исправьте и представьте снова.` }),
    en: (p) => ({ subject: `Koordinator: the report on ${p.measure} was returned`, text: `The secretariat returned the report on measure ${p.measure} with a comment. Correct it and submit it again.` }),
  },
};

export function mailFor(kind: NotificationKind, params: NotificationParams, locale: string) {
  return TEMPLATES[kind][isLocale(locale) ? locale : 'az'](params);
}
