/**
 * The details reports list after an event's date: where it was held and how many took part.
 * "Bakı", "Bakı şəhəri", "Gəncə şəhərində", "Belarus Respublikası, Minsk", "onlayn"; "2 nəfər",
 * "iştirakçı sayı: 25", "25 iştirakçı", "12 qadın və 8 kişi", "25 nəfər (o cümlədən 12 qadın)".
 */
import { azLower } from '../../../../common/src/collation.js';

export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Commas, semicolons, brackets, full stops before a space, and dashes standing apart from a word. */
const SEPARATOR = /\s*[,;()]\s*|\.\s+|\s+[-‐‒–—―−]+\s*|\s*[-‐‒–—―−]+\s+|\s*[–—―]\s*/gu;

/** The parts of a text between separators, with their offsets; empty parts dropped. */
export function segments(text: string): Segment[] {
  const parts: Segment[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed !== '') parts.push({ text: trimmed, start: start + raw.indexOf(trimmed), end: start + raw.indexOf(trimmed) + trimmed.length });
  };
  for (const m of text.matchAll(SEPARATOR)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return parts;
}

/** Towns and districts of Azerbaijan and cities abroad that reports name as venues. */
const TOPONYMS = new Set(
  [
    'Bakı', 'Gəncə', 'Sumqayıt', 'Mingəçevir', 'Şirvan', 'Naxçıvan', 'Lənkəran', 'Şəki', 'Yevlax', 'Xankəndi', 'Naftalan', 'Xırdalan',
    'Abşeron', 'Quba', 'Qusar', 'Xaçmaz', 'Şabran', 'Siyəzən', 'Xızı', 'Qəbələ', 'Oğuz', 'Zaqatala', 'Balakən', 'Qax', 'İsmayıllı',
    'Ağsu', 'Şamaxı', 'Qobustan', 'Kürdəmir', 'Hacıqabul', 'Sabirabad', 'Saatlı', 'İmişli', 'Beyləqan', 'Füzuli', 'Ağcabədi', 'Bərdə',
    'Tərtər', 'Ağdam', 'Ağdaş', 'Göyçay', 'Ucar', 'Zərdab', 'Yardımlı', 'Lerik', 'Astara', 'Masallı', 'Cəlilabad', 'Biləsuvar',
    'Salyan', 'Neftçala', 'Goranboy', 'Samux', 'Şəmkir', 'Tovuz', 'Ağstafa', 'Qazax', 'Gədəbəy', 'Daşkəsən', 'Göygöl', 'Kəlbəcər',
    'Laçın', 'Qubadlı', 'Zəngilan', 'Cəbrayıl', 'Şuşa', 'Xocalı', 'Xocavənd', 'Ordubad', 'Culfa', 'Şərur', 'Babək', 'Şahbuz',
    'Tbilisi', 'Moskva', 'Ankara', 'İstanbul', 'Kiyev', 'Minsk', 'Vyana', 'Varşava', 'Brüssel', 'Strasburq', 'Cenevrə', 'Daşkənd',
    'Astana', 'Almatı', 'Bişkek', 'Aşqabad', 'Düşənbə', 'Kişinyov', 'Tehran', 'Dubay', 'Berlin', 'Paris', 'London', 'Roma', 'Praqa',
  ].map(azLower),
);

/** "şəhəri", "şəhərində", "rayonu", "qəsəbəsi" …: a settlement word after its name. */
const SETTLEMENT_WORD = /^(?:şəhər|rayon|qəsəbə|kənd)\p{L}*$/u;
/** Locative and genitive endings on a name: "Bakıda", "Gəncədə", "Bakının". */
const NAME_ENDING = /(?:da|də|ta|tə|dakı|dəki|nın|nin|ın|in)$/u;
const ONLINE = /^(?:onlayn|online|virtual|distant|videokonfrans|видеоконференц|онлайн)/u;
const CAPITALISED = /^[\p{Lu}][\p{L}'’-]*(?:\s+(?:[\p{Lu}][\p{L}'’-]*|Respublikası|şəhəri|vilayəti|rayonu|əyaləti)){0,3}$/u;

/** A known toponym, possibly with a case ending ("Bakıda" → "Bakı"), or null. */
export function knownToponym(word: string): string | null {
  const lower = azLower(word);
  if (TOPONYMS.has(lower)) return word;
  const ending = NAME_ENDING.exec(lower)?.[0];
  return ending !== undefined && TOPONYMS.has(lower.slice(0, -ending.length)) ? word.slice(0, -ending.length) : null;
}

const LOCATIVE = /(?:da|də|ta|tə)$/u;
const SETTLEMENT_LOCATIVE = /^(?:şəhər|rayon|qəsəbə|kənd)\p{L}*(?:da|də)$/u;

/** A town a sentence says something happened in: "Bakı şəhərində", "Gəncədə"; not "Bakının". */
export function locationIn(text: string): string | null {
  const words = text.split(/[\s,;()]+/u);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const town = knownToponym(word);
    if (town === null) continue;
    if ((town !== word && LOCATIVE.test(azLower(word))) || SETTLEMENT_LOCATIVE.test(azLower(words[i + 1] ?? ''))) return town;
  }
  return null;
}

export interface Place {
  place: string;
  /** A known toponym or an online event; false for a merely capitalised name. */
  known: boolean;
}

/** The place a segment names, or null when it names none. */
export function placeOf(segment: string): Place | null {
  const words = segment.split(/\s+/);
  const [first = '', second = ''] = words;
  if (ONLINE.test(azLower(segment))) return { place: segment, known: true };
  const toponym = knownToponym(first);
  if (toponym !== null) {
    // "Bakı şəhəri", "Gəncə şəhərində": the town; a longer text after a town is a venue in it.
    const plain = words.length === 1 || (words.length === 2 && SETTLEMENT_WORD.test(azLower(second)));
    return { place: plain ? toponym : segment, known: true };
  }
  return CAPITALISED.test(segment) && !/\d/.test(segment) ? { place: segment, known: false } : null;
}

export interface Participants {
  total: number | null;
  women: number | null;
  men: number | null;
}

const TOTAL = [
  /^(?:iştirakçı\p{L}*|iştirak\s+edən\p{L}*|cəlb\s+olunan\p{L}*)(?:\s+sayı)?\s*[:\-–—]?\s*(\d+)(?:\s*(?:nəfər|şəxs))?$/u,
  /^(?:cəmi|ümumilikdə|təxminən|o\s+cümlədən)?\s*(\d+)\s*(?:nəfər|iştirakçı|şəxs)(?:\s+[\p{L}-]+){0,4}$/u,
];
const WOMEN = /(\d+)\s*(?:nəfəri\s+)?(?:qadın|qız)|qadın\p{L}*\s*[:\-–]?\s*(\d+)/u;
const MEN = /(\d+)\s*(?:nəfəri\s+)?(?:kişi|oğlan)|kişi\p{L}*\s*[:\-–]?\s*(\d+)/u;

const numberIn = (m: RegExpExecArray | null): number | null => {
  const digits = m?.slice(1).find((g) => g !== undefined);
  return digits === undefined ? null : Number(digits);
};

/** The participants a segment counts, or null when it counts none. */
export function participantsOf(segment: string): Participants | null {
  const lower = azLower(segment).replace(/[.:]$/, '');
  const total = TOTAL.map((re) => numberIn(re.exec(lower))).find((n) => n !== null) ?? null;
  const short = lower.split(/\s+/).length <= 8;
  const women = short ? numberIn(WOMEN.exec(lower)) : null;
  const men = short ? numberIn(MEN.exec(lower)) : null;
  return total === null && women === null && men === null ? null : { total, women, men };
}

export interface Details {
  place: Place | null;
  participants: Participants | null;
  /** Segments that are neither. */
  unknown: Segment[];
}

/** Adds one segment's counts to what was found before (a total, then "12 qadın", then "8 kişi"). */
function merge(into: Participants | null, found: Participants): Participants {
  return { total: into?.total ?? found.total, women: into?.women ?? found.women, men: into?.men ?? found.men };
}

/** Reads segments as places and counts; several place segments are one place ("Belarus Respublikası, Minsk"). */
export function readDetails(parts: readonly Segment[]): Details {
  const places: Place[] = [];
  let participants: Participants | null = null;
  const unknown: Segment[] = [];
  for (const part of parts) {
    const counted = participantsOf(part.text);
    const place = counted === null ? placeOf(part.text) : null;
    if (counted !== null) participants = merge(participants, counted);
    else if (place !== null) places.push(place);
    else unknown.push(part);
  }
  const place = places.length === 0 ? null : { place: places.map((p) => p.place).join(', '), known: places.some((p) => p.known) };
  return { place, participants, unknown };
}

/** The total a count gives, or the women and men added up when only they are given. */
export const totalOf = (p: Participants | null): number | null =>
  p === null ? null : (p.total ?? (p.women !== null && p.men !== null ? p.women + p.men : null));
