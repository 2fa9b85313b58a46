/**
 * What sort of activity an event is, guessed from the words of its title. The first kind whose
 * words occur wins: the form of the event (a training, an inspection) before the subject
 * (a draft law) and the setting (international), so that "beynəlxalq seminar" is a meeting and
 * "BMqT ilə birgə təlim" a training. Nothing recognised: null, for a person to choose.
 */
import { azLower } from '../../../../common/src/collation.js';
import { QUOTED } from './text.js';

export type ActivityKind = 'training' | 'awareness' | 'meeting' | 'legal_draft' | 'inspection' | 'research' | 'international' | 'assistance' | 'other';

/** Word stems at a word start; "qanun" but not "qanunsuz" (illegal), "layihəsinin hazırlanması" but not "layihəsi çərçivəsində" (a project). */
const KIND_WORDS: readonly [Exclude<ActivityKind, 'other'>, RegExp][] = [
  ['training', /(?<!\p{L})(?:təlim(?!at)|kurs|treninq|tədris|master[- ]?klass|dərs|мастер|тренинг|обучени|курс)/u],
  ['inspection', /(?<!\p{L})(?:monitorinq|yoxlama|reyd|nəzarət tədbir|baxış keçiril|проверк|рейд|мониторинг)/u],
  ['research', /(?<!\p{L})(?:tədqiqat|araşdırma|sorğu|təhlil|qiymətləndirmə|исследовани|опрос|анализ)/u],
  ['assistance', /(?<!\p{L})(?:yardım|reabilitasiya|reinteqrasiya|sığınacaq|dəstək göstər|помощ|реабилитац)/u],
  ['awareness', /(?<!\p{L})(?:maarifləndir|məlumatlandır|aksiya|kampaniya|təbliğat|flaşmob|informasiya kampaniya|просвещени|кампани|акци)/u],
  ['meeting', /(?<!\p{L})(?:seminar|konfrans|görüş|iclas|müşavirə|forum|dəyirmi masa|toplantı|simpozium|vebinar|müzakirə|семинар|конференц|встреч|совещани|заседани)/u],
  ['legal_draft', /(?<!\p{L})(?:qanun(?!suz)|qanunvericili|qərar layihə|layihəsinin hazırlan|normativ|əsasnamə|qaydalar\p{L}* layihə|законопроект|проект закон)/u],
  ['international', /(?<!\p{L})(?:beynəlxalq|xarici|atət|bmqt|bmt|avropa şurası|greta|unicef|undp|iom|osce|международн|зарубежн)/u],
];

const kindIn = (text: string): Exclude<ActivityKind, 'other'> | null => KIND_WORDS.find(([, words]) => words.test(text))?.[0] ?? null;

export function guessKind(title: string): ActivityKind | null {
  const lower = azLower(title);
  // Quoted names of projects and topics ("“… təhlili” layihəsi") say nothing of the event's form.
  return kindIn(lower.replace(QUOTED, ' ')) ?? kindIn(lower);
}

/** Kinds that name a held event, so that a list item without a date is still taken for one. */
const EVENT_FORMS: ReadonlySet<ActivityKind> = new Set(['training', 'meeting', 'awareness', 'inspection', 'research']);

export const namesEvent = (title: string): boolean => EVENT_FORMS.has(guessKind(title) ?? 'other');
