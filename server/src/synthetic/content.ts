/**
 * Words of the synthetic records: places, report narratives, activities, figures, needs, notes.
 * Invented, in the language the bodies write in (Azerbaijani); nothing here is about a real person.
 */
import type { Rng } from './random.js';

export const AZ_PLACES = ['Bakı', 'Sumqayıt', 'Gəncə', 'Mingəçevir', 'Lənkəran', 'Şəki', 'Quba', 'Şirvan', 'Naxçıvan', 'Xaçmaz', 'Bərdə', 'Zaqatala', 'Masallı', 'Salyan', 'Qəbələ'];

export const PLACES_ABROAD: Readonly<Record<string, readonly string[]>> = {
  TR: ['İstanbul', 'Antalya', 'Trabzon', 'Ankara', 'Alanya'],
  RU: ['Moskva', 'Sankt-Peterburq', 'Dərbənd', 'Krasnodar'],
  AE: ['Dubay', 'Şarjah', 'Əbu-Dabi'],
  GE: ['Tbilisi', 'Batumi', 'Marneuli'],
  IR: ['Təbriz', 'Ərdəbil', 'Tehran'],
  KZ: ['Aktau', 'Almatı'],
  UZ: ['Daşkənd', 'Səmərqənd'],
  IN: ['Dehli', 'Mumbay'],
  NP: ['Katmandu'],
  PH: ['Manila'],
  UA: ['Kiyev', 'Odessa'],
  DE: ['Berlin', 'Frankfurt'],
  MD: ['Kişinyov'],
  NG: ['Laqos'],
};

export const DESTINATIONS: Readonly<Record<string, number>> = { TR: 0.3, RU: 0.2, AE: 0.17, AZ: 0.15, GE: 0.06, IR: 0.04, KZ: 0.03, DE: 0.02, UA: 0.03 };

export function placeIn(rng: Rng, country: string): string {
  if (country === 'AZ') return rng.pick(AZ_PLACES);
  return rng.pick(PLACES_ABROAD[country] ?? ['paytaxt']);
}

const NARRATIVE_OPENINGS = [
  'Hesabat dövründə tədbirin icrası ilə bağlı aşağıdakı işlər görülmüşdür.',
  'Tədbirin icrası məqsədilə qurumun struktur bölmələri tərəfindən müvafiq addımlar atılmışdır.',
  'Milli Fəaliyyət Planının bu bəndi üzrə işlər plan qrafikinə uyğun davam etdirilmişdir.',
  'Hesabat dövründə bu istiqamətdə beynəlxalq təşkilatlarla əməkdaşlıq genişləndirilmişdir.',
];
const NARRATIVE_POINTS = [
  'əməkdaşlar üçün insan alverinin qurbanlarının müəyyən edilməsinə dair təlimlər keçirilmişdir',
  'əhali arasında maarifləndirici görüşlər və seminarlar təşkil edilmişdir',
  'kütləvi informasiya vasitələrində mövzu ilə bağlı çıxışlar olmuşdur',
  'normativ hüquqi aktların layihələri hazırlanaraq aidiyyəti qurumlara göndərilmişdir',
  'əmək miqrantlarının hüquqları barədə məlumat kitabçaları paylanmışdır',
  'risk qruplarına aid şəxslərlə profilaktik söhbətlər aparılmışdır',
  'qaynar xətt vasitəsilə daxil olan müraciətlər araşdırılmışdır',
  'sərhəd-buraxılış məntəqələrində monitorinq gücləndirilmişdir',
  'sosial reabilitasiya xidmətlərinin keyfiyyəti qiymətləndirilmişdir',
  'regionlarda yerli icra hakimiyyətləri ilə birgə tədbirlər keçirilmişdir',
];

/** A report narrative in the entry markup: a paragraph and a list, sometimes with bold. */
export function narrative(rng: Rng, paragraphs = 1 + rng.int(2)): string {
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p += 1) {
    parts.push(rng.pick(NARRATIVE_OPENINGS));
    const points = 1 + rng.int(4);
    const list: string[] = [];
    for (let i = 0; i < points; i += 1) {
      const point = rng.pick(NARRATIVE_POINTS);
      list.push(`- ${rng.chance(0.2) ? `**${point}**` : point}`);
    }
    parts.push(list.join('\n'));
  }
  return parts.join('\n\n');
}

export const ACTIVITY_KINDS = ['training', 'awareness', 'meeting', 'legal_draft', 'inspection', 'research', 'international', 'assistance', 'other'] as const;
const ACTIVITY_TITLES: Readonly<Record<(typeof ACTIVITY_KINDS)[number], readonly string[]>> = {
  training: ['Qurbanların müəyyən edilməsi üzrə təlim', 'Prokurorlar və hakimlər üçün seminar', 'Sərhədçilər üçün təlim kursu'],
  awareness: ['Gənclər arasında maarifləndirmə kampaniyası', 'Məktəblilər üçün açıq dərs', 'Televiziya verilişi'],
  meeting: ['İşçi qrupunun iclası', 'Dəyirmi masa', 'Regional koordinasiya görüşü'],
  legal_draft: ['Qanun layihəsinin hazırlanması', 'Əsasnamə layihəsi'],
  inspection: ['Əmək şəraitinin yoxlanılması', 'Məşğulluq agentliklərinin monitorinqi'],
  research: ['Risk qrupları üzrə araşdırma', 'Statistik təhlil'],
  international: ['Beynəlxalq konfrans', 'Ekspert səfəri', 'Birgə layihənin təqdimatı'],
  assistance: ['Qurbanlara hüquqi yardım', 'Psixoloji dəstək sessiyaları', 'Peşə hazırlığı kursu'],
  other: ['Digər tədbir'],
};
const PARTNERS = ['BMqT', 'ATƏT', 'UNICEF', 'Avropa Şurası', 'Təmiz Dünya İB', 'Azad Qadın İB', 'Uşaqlar Naminə Birlik', 'Beynəlxalq Əmək Təşkilatı'];

export function activity(rng: Rng, from: string, to: string) {
  const kind = rng.pick(ACTIVITY_KINDS);
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  const start = new Date(Date.parse(`${from}T00:00:00Z`) + rng.int(span + 1) * 86_400_000).toISOString().slice(0, 10);
  const days = kind === 'awareness' || kind === 'research' ? rng.int(30) : rng.int(3);
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const participants = kind === 'legal_draft' || kind === 'research' ? null : 10 + rng.int(150);
  const women = participants === null ? null : Math.round(participants * (0.3 + rng.next() * 0.4));
  return {
    kind,
    title: rng.pick(ACTIVITY_TITLES[kind]),
    dateFrom: start,
    dateTo: end > to ? to : end,
    place: kind === 'international' && rng.chance(0.5) ? rng.pick(['Vyana', 'Strasburq', 'Cenevrə', 'Ankara']) : rng.pick(AZ_PLACES),
    participants,
    women,
    men: participants === null || women === null ? null : participants - women,
    partners: rng.chance(0.4) ? [rng.pick(PARTNERS)] : [],
  };
}

const FIGURE_LABELS: readonly [string, string | null][] = [
  ['Təlim keçmiş əməkdaşlar', 'nəfər'],
  ['Maarifləndirmə tədbirləri', null],
  ['Paylanmış məlumat materialları', 'ədəd'],
  ['Qaynar xəttə daxil olan zənglər', null],
  ['Yardım göstərilmiş qurbanlar', 'nəfər'],
  ['Başlanmış cinayət işləri', null],
  ['Yoxlanılmış müəssisələr', null],
];

export function figure(rng: Rng) {
  const [label, unit] = rng.pick(FIGURE_LABELS);
  return { label, value: 1 + rng.int(rng.chance(0.2) ? 5000 : 200), unit };
}

const NEED_TEXT: Readonly<Record<string, readonly string[]>> = {
  funding: ['Maarifləndirmə kampaniyası üçün əlavə maliyyə', 'Sığınacağın saxlanması xərcləri'],
  equipment: ['Kompüter avadanlığı', 'Nəqliyyat vasitəsi'],
  training: ['Əməkdaşların ixtisasartırma təlimi', 'Beynəlxalq təcrübə mübadiləsi'],
  legal_change: ['Qanunvericiliyə dəyişiklik edilməsi zərurəti'],
  other: ['Qurumlararası məlumat mübadiləsinin təkmilləşdirilməsi'],
};

export function need(rng: Rng) {
  const kind = rng.pick(['funding', 'equipment', 'training', 'legal_change', 'other'] as const);
  const priced = kind === 'funding' || kind === 'equipment' || (kind === 'training' && rng.chance(0.5));
  return {
    kind,
    description: rng.pick(NEED_TEXT[kind]!),
    amount: priced ? (1 + rng.int(200)) * 500 : null,
    currency: priced ? rng.weighted({ AZN: 0.8, USD: 0.15, EUR: 0.05 }) : null,
  };
}

const NOTES: Readonly<Record<string, readonly string[]>> = {
  victim: ['Şəxs ilkin müsahibədə işə düzəltmə vədi ilə aldadıldığını bildirib.', 'Sənədləri işəgötürən tərəfindən alınıb.'],
  services: ['Şəxsə psixoloji və hüquqi yardım göstərilib.', 'Peşə hazırlığı kursuna yönləndirilib.', 'Tibbi müayinədən keçirilib.'],
  safety: ['Təhlükəsizlik planı hazırlanıb; ailə ilə əlaqə məhdudlaşdırılıb.'],
  investigation: ['İfadə alınıb; şahidlər müəyyən edilir.', 'Cinayət işinin materialları prokurorluğa göndərilib.'],
  hotline: ['Zəng edən qohumudur; şəxs xaricdə işləyir, əlaqə saxlaya bilmir.', 'Zəng edən özüdür; maaşı verilmir, pasportu alınıb.'],
};

export function noteText(rng: Rng, part: string): string {
  return rng.pick(NOTES[part] ?? NOTES.victim!);
}

export const REFERRAL_REASONS = ['Sığınacaqda yerləşdirilmə', 'Psixoloji və hüquqi yardım', 'Cinayət işinin araşdırılması', 'Sosial reabilitasiya', 'Doğulduğu ölkəyə qayıdışın təşkili'];
export const CLOSURE_REASONS = ['Reabilitasiya başa çatıb', 'Şəxs ölkədən çıxıb', 'Şəxs yardımdan imtina edib', 'Başqa quruma yönləndirilib'];
export const ASSESSMENT_TEXT = ['Ehtiyaclar: yaşayış yeri, tibbi yardım, sənədlərin bərpası.', 'Risk: keçmiş işəgötürən tərəfindən təzyiq ehtimalı.', 'Ehtiyaclar: məşğulluq, psixoloji dəstək.'];
export const ADDRESSES = ['Bakı şəhəri, Nəsimi rayonu', 'Sumqayıt şəhəri, 9-cu mikrorayon', 'Gəncə şəhəri, Kəpəz rayonu', 'Lənkəran rayonu, Liman qəsəbəsi', 'Xaçmaz rayonu'];
