import { formatDate } from '../../../common/src/dates.js';
import { isLocale, type Locale } from '../../../common/src/roles.js';
import type { NotificationKind, NotificationParams } from './notifications.repository.js';

type Template = (p: NotificationParams) => { subject: string; text: string };

const d = (value: string | number | undefined) => (typeof value === 'string' ? formatDate(value) : '');
/** Text that appears only for an urgent referral. */
const u = (p: NotificationParams, text: string) => (p.urgency === 'urgent' ? text : '');

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
  referral_received: {
    az: (p) => ({ subject: `Koordinator: ${u(p, 'TƏCİLİ ')}${p.fromOrg} qurumundan ${p.reference} işi üzrə göndəriş`, text: `${p.fromOrg} ${p.reference} işini qurumunuza göndərib${u(p, ' (təcili)')}. Qəbul etmək və ya imtina etmək üçün Koordinator-da göndərişlər bölməsini açın.` }),
    ru: (p) => ({ subject: `Koordinator: ${u(p, 'СРОЧНО ')}направление по делу ${p.reference} от ${p.fromOrg}`, text: `${p.fromOrg} направил(а) дело ${p.reference} в ваш орган${u(p, ' (срочно)')}. Откройте направления в Koordinator, чтобы принять или отклонить его.` }),
    en: (p) => ({ subject: `Koordinator: ${u(p, 'URGENT ')}referral of case ${p.reference} from ${p.fromOrg}`, text: `${p.fromOrg} referred case ${p.reference} to your body${u(p, ' (urgent)')}. Open the referrals in Koordinator to accept or decline it.` }),
  },
  referral_declined: {
    az: (p) => ({ subject: `Koordinator: ${p.toOrg} ${p.reference} işi üzrə göndərişdən imtina edib`, text: `${p.toOrg} ${p.reference} işi üzrə göndərişi qəbul etməyib. Səbəb Koordinator-da göndərişin yanında göstərilir.` }),
    ru: (p) => ({ subject: `Koordinator: ${p.toOrg} отклонил(а) направление по делу ${p.reference}`, text: `${p.toOrg} не принял(а) направление по делу ${p.reference}. Причина указана при направлении в Koordinator.` }),
    en: (p) => ({ subject: `Koordinator: ${p.toOrg} declined the referral of case ${p.reference}`, text: `${p.toOrg} did not accept the referral of case ${p.reference}. The reason is shown with the referral in Koordinator.` }),
  },
  referral_overdue: {
    az: (p) => ({ subject: `Koordinator: ${p.reference} işi üzrə göndəriş vaxtında qəbul edilməyib`, text: `${p.fromOrg} qurumunun ${p.reference} işi üzrə ${p.toOrg} qurumuna${u(p, ' təcili')} göndərişi göndəriləndən ${p.hours} saat ərzində qəbul edilməyib.` }),
    ru: (p) => ({ subject: `Koordinator: направление по делу ${p.reference} не принято вовремя`, text: `${u(p, 'Срочное н') || 'Н'}аправление по делу ${p.reference} от ${p.fromOrg} в ${p.toOrg} не принято в течение ${p.hours} ч после отправки.` }),
    en: (p) => ({ subject: `Koordinator: the referral of case ${p.reference} was not accepted in time`, text: `The${u(p, ' urgent')} referral of case ${p.reference} from ${p.fromOrg} to ${p.toOrg} has not been accepted within ${p.hours} hours of sending.` }),
  },
};

export function mailFor(kind: NotificationKind, params: NotificationParams, locale: string) {
  return TEMPLATES[kind][isLocale(locale) ? locale : 'az'](params);
}
