/**
 * The organisation dictionary: every body the 2020–2024 National Action Plan names as executor,
 * involved party ("… cəlb etməklə") or recommended participant (closing notes "Qeyd"), plus the
 * actors of the system itself (National Coordinator, the special police unit, the state
 * assistance centre, the hotline, the NGO coalition, IOM, OSCE).
 *
 * Sources: ../shared/seeds 004 (legal-database export, cut after 4.8.3) and 000 (news copy,
 * complete, with the closing notes); 002 and 003 for a few further spellings (Milli Məclis, the
 * Main Department, the NGO coalition, BMqT, ATƏT). Names are those of the plan (2020); some bodies
 * have since been renamed or reorganised — keep the plan's name here, record renamings as data.
 *
 * `aliases` holds every other spelling found in the seed texts (with the "Azərbaycan
 * Respublikasının" prefix, misspellings, case-inflected forms from the closing notes together
 * with their base form, both quote styles) and the abbreviations. Matching is tolerant anyway
 * (see common/src/org-names.ts); the aliases make the known variants exact.
 *
 * Generic executors ("digər aidiyyəti dövlət orqanları", "yerli icra hakimiyyəti orqanları",
 * NGOs in general, …) are not organisations: they are listed separately in GENERIC_EXECUTORS.
 */
import type { OrganisationKind } from '../../../common/src/roles.js';

export interface OrganisationSeed {
  /** Stable slug, never changes once data refers to it. */
  key: string;
  nameAz: string;
  /** Usual Azerbaijani abbreviation, or a short form where none is customary. */
  shortName: string;
  nameRu: string;
  nameEn: string;
  kind: OrganisationKind;
  aliases: string[];
}

export interface GenericExecutorSeed {
  key: string;
  nameAz: string;
  aliases: string[];
}

export const ORGANISATION_SEEDS: readonly OrganisationSeed[] = [
  // --- Government, coordination ----------------------------------------------------------------
  {
    key: 'cabinet',
    nameAz: 'Nazirlər Kabineti',
    shortName: 'NK',
    nameRu: 'Кабинет министров',
    nameEn: 'Cabinet of Ministers',
    kind: 'other',
    aliases: [
      'Azərbaycan Respublikasının Nazirlər Kabineti',
      'Azərbaycan Respublikası Nazirlər Kabineti',
      'Nazirlər Kabinetinə',
      'Azərbaycan Respublikası Nazirlər Kabinetinə',
      'Azərbaycan Respublikası Nazirlər Kabinetinin',
      'NK',
    ],
  },
  {
    key: 'national_coordinator',
    nameAz: 'İnsan alverinə qarşı mübarizə üzrə Milli Koordinator',
    shortName: 'Milli Koordinator',
    nameRu: 'Национальный координатор по борьбе с торговлей людьми',
    nameEn: 'National Coordinator for Combating Trafficking in Human Beings',
    kind: 'other',
    aliases: [
      'Milli Koordinator',
      'insan alverinə qarşı mübarizə üzrə Milli Koordinator',
      'Milli Koordinatora',
      'Milli Koordinatorun',
      'Milli Koordinatordan',
      'Milli Koordinatorla',
    ],
  },
  {
    key: 'milli_meclis',
    nameAz: 'Milli Məclis',
    shortName: 'Milli Məclis',
    nameRu: 'Милли Меджлис',
    nameEn: 'Milli Majlis (National Assembly)',
    kind: 'parliament',
    aliases: ['Azərbaycan Respublikasının Milli Məclisi', 'Milli Məclisi', 'Milli Məclisinə'],
  },

  // --- Ministries ------------------------------------------------------------------------------
  {
    key: 'din',
    nameAz: 'Daxili İşlər Nazirliyi',
    shortName: 'DİN',
    nameRu: 'Министерство внутренних дел',
    nameEn: 'Ministry of Internal Affairs',
    kind: 'ministry',
    aliases: [
      'Azərbaycan Respublikasının Daxili İşlər Nazirliyi',
      'Azərbaycan Respublikası Daxili İşlər Nazirliyi',
      'DİN',
      'DİN-in',
    ],
  },
  {
    key: 'eesmn',
    nameAz: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
    shortName: 'ƏƏSMN',
    nameRu: 'Министерство труда и социальной защиты населения',
    nameEn: 'Ministry of Labour and Social Protection of Population',
    kind: 'ministry',
    aliases: [
      'Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
      'Azərbaycan Respublikasının Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
      'ƏƏSMN',
      'ƏƏSMN-dən',
    ],
  },
  {
    key: 'xin',
    nameAz: 'Xarici İşlər Nazirliyi',
    shortName: 'XİN',
    nameRu: 'Министерство иностранных дел',
    nameEn: 'Ministry of Foreign Affairs',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Xarici İşlər Nazirliyi', 'XİN'],
  },
  {
    key: 'edliyye',
    nameAz: 'Ədliyyə Nazirliyi',
    shortName: 'ƏN',
    nameRu: 'Министерство юстиции',
    nameEn: 'Ministry of Justice',
    kind: 'ministry',
    aliases: [
      'Azərbaycan Respublikası Ədliyyə Nazirliyi',
      'Azərbaycan Respublikası Ədliyyə Nazirliyinin',
      'ƏN',
    ],
  },
  {
    key: 'tehsil',
    nameAz: 'Təhsil Nazirliyi',
    shortName: 'TN',
    nameRu: 'Министерство образования',
    nameEn: 'Ministry of Education',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Təhsil Nazirliyi', 'TN'],
  },
  {
    key: 'sehiyye',
    nameAz: 'Səhiyyə Nazirliyi',
    shortName: 'SN',
    nameRu: 'Министерство здравоохранения',
    nameEn: 'Ministry of Health',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Səhiyyə Nazirliyi', 'SN'],
  },
  {
    key: 'iqtisadiyyat',
    nameAz: 'İqtisadiyyat Nazirliyi',
    shortName: 'İN',
    nameRu: 'Министерство экономики',
    nameEn: 'Ministry of Economy',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının İqtisadiyyat Nazirliyi', 'İN'],
  },
  {
    key: 'medeniyyet',
    nameAz: 'Mədəniyyət Nazirliyi',
    shortName: 'MN',
    nameRu: 'Министерство культуры',
    nameEn: 'Ministry of Culture',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Mədəniyyət Nazirliyi', 'MN'],
  },
  {
    key: 'gin',
    nameAz: 'Gənclər və İdman Nazirliyi',
    shortName: 'GİN',
    nameRu: 'Министерство молодежи и спорта',
    nameEn: 'Ministry of Youth and Sports',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Gənclər və İdman Nazirliyi', 'GİN'],
  },
  {
    key: 'nrytn',
    nameAz: 'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
    shortName: 'NRYTN',
    nameRu: 'Министерство транспорта, связи и высоких технологий',
    nameEn: 'Ministry of Transport, Communications and High Technologies',
    kind: 'ministry',
    aliases: ['Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi', 'NRYTN'],
  },

  // --- State committees and services ----------------------------------------------------------
  {
    key: 'aqupdk',
    nameAz: 'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
    shortName: 'AQUPDK',
    nameRu: 'Государственный комитет по проблемам семьи, женщин и детей',
    nameEn: 'State Committee for Family, Women and Children Affairs',
    kind: 'state_committee',
    aliases: [
      'Azərbaycan Respublikasının Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
      'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin',
      'AQUPDK',
    ],
  },
  {
    key: 'dgk',
    nameAz: 'Dövlət Gömrük Komitəsi',
    shortName: 'DGK',
    nameRu: 'Государственный таможенный комитет',
    nameEn: 'State Customs Committee',
    kind: 'state_committee',
    aliases: ['Azərbaycan Respublikasının Dövlət Gömrük Komitəsi', 'DGK'],
  },
  {
    key: 'dmx',
    nameAz: 'Dövlət Miqrasiya Xidməti',
    shortName: 'DMX',
    nameRu: 'Государственная миграционная служба',
    nameEn: 'State Migration Service',
    kind: 'state_service',
    aliases: [
      'Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti',
      'Azərbaycan Respublikası Dövlət Miqrasiya Xidməti',
      'DMX',
      'DMX-nin',
    ],
  },
  {
    key: 'dtx',
    nameAz: 'Dövlət Təhlükəsizliyi Xidməti',
    shortName: 'DTX',
    nameRu: 'Служба государственной безопасности',
    nameEn: 'State Security Service',
    kind: 'state_service',
    aliases: ['Azərbaycan Respublikasının Dövlət Təhlükəsizliyi Xidməti', 'DTX'],
  },
  {
    key: 'dsx',
    nameAz: 'Dövlət Sərhəd Xidməti',
    shortName: 'DSX',
    nameRu: 'Государственная пограничная служба',
    nameEn: 'State Border Service',
    kind: 'state_service',
    aliases: ['Azərbaycan Respublikasının Dövlət Sərhəd Xidməti', 'DSX'],
  },
  {
    key: 'mmx',
    nameAz: 'Maliyyə Monitorinqi Xidməti',
    shortName: 'MMX',
    nameRu: 'Служба финансового мониторинга',
    nameEn: 'Financial Monitoring Service',
    kind: 'state_service',
    aliases: [
      'Maliyyə Monitorinq Xidməti',
      'Azərbaycan Respublikasının Maliyyə Monitorinqi Xidməti',
      'MMX',
    ],
  },
  {
    key: 'demx',
    nameAz: 'Dövlət Əmək Müfəttişliyi Xidməti',
    shortName: 'DƏMX',
    nameRu: 'Государственная служба инспекции труда',
    nameEn: 'State Labour Inspection Service',
    kind: 'state_service',
    aliases: [
      'Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti',
      'Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidmətinin',
      'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti',
      'Dövlət Əmək Müfəttişliyi Xidmətinin',
      'DƏMX',
    ],
  },

  // --- Agencies and councils -------------------------------------------------------------------
  {
    key: 'itsda',
    nameAz: 'İcbari Tibbi Sığorta üzrə Dövlət Agentliyi',
    shortName: 'İTSDA',
    nameRu: 'Государственное агентство по обязательному медицинскому страхованию',
    nameEn: 'State Agency on Mandatory Health Insurance',
    kind: 'agency',
    aliases: ['Azərbaycan Respublikasının İcbari Tibbi Sığorta üzrə Dövlət Agentliyi', 'İTSDA'],
  },
  {
    key: 'dta',
    nameAz: 'Dövlət Turizm Agentliyi',
    shortName: 'DTA',
    nameRu: 'Государственное агентство по туризму',
    nameEn: 'State Tourism Agency',
    kind: 'agency',
    aliases: ['Azərbaycan Respublikasının Dövlət Turizm Agentliyi', 'DTA'],
  },
  {
    key: 'adra',
    nameAz: 'Dövlət Reklam Agentliyi',
    shortName: 'ADRA',
    nameRu: 'Государственное рекламное агентство',
    nameEn: 'State Advertising Agency',
    kind: 'agency',
    aliases: ['Azərbaycan Respublikasının Dövlət Reklam Agentliyi', 'ADRA'],
  },
  {
    key: 'vxsida',
    nameAz:
      'Azərbaycan Respublikasının Prezidenti yanında Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi',
    shortName: 'VXSİDA',
    nameRu:
      'Государственное агентство по обслуживанию граждан и социальным инновациям при Президенте Азербайджанской Республики',
    nameEn:
      'State Agency for Public Service and Social Innovations under the President of the Republic of Azerbaijan',
    kind: 'agency',
    aliases: [
      'Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi',
      'VXSİDA',
      'ASAN xidmət',
    ],
  },
  {
    key: 'qhtdds',
    nameAz:
      'Azərbaycan Respublikasının Prezidenti yanında Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
    shortName: 'QHTDDŞ',
    nameRu:
      'Совет по государственной поддержке неправительственных организаций при Президенте Азербайджанской Республики',
    nameEn:
      'Council on State Support to Non-Governmental Organizations under the President of the Republic of Azerbaijan',
    kind: 'agency',
    aliases: [
      'Azərbaycan Respublikasının Prezidenti yanında Qeyri- Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
      'Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
      'QHT-lərə Dövlət Dəstəyi Şurası',
      'QHTDDŞ',
    ],
  },
  {
    key: 'mtrs',
    nameAz: 'Milli Televiziya və Radio Şurası',
    shortName: 'MTRŞ',
    nameRu: 'Национальный совет по телевидению и радио',
    nameEn: 'National Television and Radio Council',
    kind: 'agency',
    aliases: ['Azərbaycan Respublikasının Milli Televiziya və Radio Şurası', 'MTRŞ'],
  },

  // --- The special police unit, assistance, hotline --------------------------------------------
  {
    key: 'iamb',
    nameAz: 'İnsan Alverinə qarşı Mübarizə Baş İdarəsi',
    shortName: 'İAMBİ',
    nameRu: 'Главное управление по борьбе с торговлей людьми Министерства внутренних дел',
    nameEn:
      'Main Department for Combating Trafficking in Human Beings of the Ministry of Internal Affairs',
    kind: 'agency',
    aliases: [
      'DİN-in İnsan Alverinə qarşı Mübarizə Baş İdarəsi',
      'DİN-in İnsan Alverinə qarşı Mübarizə Baş İdarəsinin',
      'İnsan Alverinə qarşı Mübarizə Baş İdarəsinə',
      'İnsan Alverinə qarşı Mübarizə Baş İdarəsinin',
      'insan alverinə qarşı mübarizə üzrə xüsusi polis qurumu',
      'insan alverinə qarşı mübarizə üzrə xüsusi polis qurumuna',
      'xüsusi polis qurumu',
      'xüsusi polis qurumuna',
      'Xüsusi polis qurumunun',
      'Xüsusi polis qurumununun',
      'İAMBİ',
    ],
  },
  {
    key: 'assistance_centre',
    nameAz: 'İnsan alverinin qurbanları üçün Yardım Mərkəzi',
    shortName: 'Yardım Mərkəzi',
    nameRu: 'Центр помощи жертвам торговли людьми',
    nameEn: 'Assistance Centre for Victims of Trafficking in Human Beings',
    kind: 'agency',
    aliases: [
      'İnsan Alveri Qurbanlarına Yardım Mərkəzi',
      'İnsan Alveri Qurbanlarına Yardım Mərkəzinin',
      'Yardım Mərkəzi',
    ],
  },
  {
    key: 'hotline_ngo',
    nameAz: 'Qaynar xətt xidməti (QHT)',
    shortName: 'Qaynar xətt',
    nameRu: 'Служба горячей линии (НПО)',
    nameEn: 'Hotline service (NGO)',
    kind: 'ngo',
    aliases: ['Qaynar xətt', '"Qaynar xətt" telefon xidməti', '“Qaynar xətt” telefon xidməti'],
  },
  {
    key: 'ngo_coalition',
    nameAz: 'İnsan Alverinə qarşı Mübarizə üzrə QHT Koalisiyası',
    shortName: 'QHT Koalisiyası',
    nameRu: 'Коалиция НПО по борьбе с торговлей людьми',
    nameEn: 'NGO Coalition against Trafficking in Human Beings',
    kind: 'ngo',
    aliases: ['QHT Koalisiyası'],
  },

  // --- Science, state companies ----------------------------------------------------------------
  {
    key: 'amea',
    nameAz: 'Azərbaycan Milli Elmlər Akademiyası',
    shortName: 'AMEA',
    nameRu: 'Национальная академия наук Азербайджана',
    nameEn: 'Azerbaijan National Academy of Sciences',
    kind: 'other',
    aliases: ['Azərbaycan Milli Elmlər Akademiyasını', 'AMEA'],
  },
  {
    key: 'aztv',
    nameAz: '“Azərbaycan Televiziya və Radio Verilişləri” Qapalı Səhmdar Cəmiyyəti',
    shortName: 'AzTV',
    nameRu: 'ЗАО «Азербайджанское телевидение и радиовещание»',
    nameEn: 'Azerbaijan Television and Radio Broadcasting CJSC',
    kind: 'company',
    aliases: [
      '"Azərbaycan Televiziya və Radio Verilişləri" Qapalı Səhmdar Cəmiyyəti',
      'Azərbaycan Televiziya və Radio Verilişləri QSC',
      'Azərbaycan Televiziya və Radio Verilişləri',
      'AzTV',
    ],
  },
  {
    key: 'azal',
    nameAz: '“Azərbaycan Hava Yolları” Qapalı Səhmdar Cəmiyyəti',
    shortName: 'AZAL',
    nameRu: 'ЗАО «Азербайджанские авиалинии»',
    nameEn: 'Azerbaijan Airlines CJSC',
    kind: 'company',
    aliases: [
      '"Azərbaycan Hava Yolları" Qapalı Səhmdar Cəmiyyəti',
      'Azərbaycan Hava Yolları QSC',
      'Azərbaycan Hava Yolları',
      'AZAL',
    ],
  },
  {
    key: 'ady',
    nameAz: '“Azərbaycan Dəmir Yolları” Qapalı Səhmdar Cəmiyyəti',
    shortName: 'ADY',
    nameRu: 'ЗАО «Азербайджанские железные дороги»',
    nameEn: 'Azerbaijan Railways CJSC',
    kind: 'company',
    aliases: [
      '"Azərbaycan Dəmir Yolları" Qapalı Səhmdar Cəmiyyəti',
      'Azərbaycan Dəmir Yolları QSC',
      'Azərbaycan Dəmir Yolları',
      'ADY',
    ],
  },
  {
    key: 'asco',
    nameAz: '“Azərbaycan Xəzər Dəniz Gəmiçiliyi” Qapalı Səhmdar Cəmiyyəti',
    shortName: 'ASCO',
    nameRu: 'ЗАО «Азербайджанское Каспийское морское пароходство»',
    nameEn: 'Azerbaijan Caspian Shipping Company CJSC',
    kind: 'company',
    aliases: [
      '"Azərbaycan Xəzər Dəniz Gəmiçiliyi" Qapalı Səhmdar Cəmiyyəti',
      'Azərbaycan Xəzər Dəniz Gəmiçiliyi QSC',
      'Azərbaycan Xəzər Dəniz Gəmiçiliyi',
      'ASCO',
    ],
  },

  // --- Recommended participants (closing notes "Qeyd" of the plan) ------------------------------
  {
    key: 'ali_mehkeme',
    nameAz: 'Ali Məhkəmə',
    shortName: 'Ali Məhkəmə',
    nameRu: 'Верховный суд',
    nameEn: 'Supreme Court',
    kind: 'court',
    aliases: [
      'Azərbaycan Respublikasının Ali Məhkəməsinə',
      'Azərbaycan Respublikasının Ali Məhkəməsi',
      'Ali Məhkəməsi',
    ],
  },
  {
    key: 'bas_prokurorluq',
    nameAz: 'Baş Prokurorluq',
    shortName: 'Baş Prokurorluq',
    nameRu: 'Генеральная прокуратура',
    nameEn: "Prosecutor General's Office",
    kind: 'prosecution',
    aliases: [
      'Azərbaycan Respublikasının Baş Prokurorluğuna',
      'Azərbaycan Respublikasının Baş Prokurorluğu',
      'Baş Prokurorluğu',
    ],
  },
  {
    key: 'vekiller_kollegiyasi',
    nameAz: 'Vəkillər Kollegiyası',
    shortName: 'Vəkillər Kollegiyası',
    nameRu: 'Коллегия адвокатов',
    nameEn: 'Bar Association',
    kind: 'other',
    aliases: [
      'Azərbaycan Respublikasının Vəkillər Kollegiyasına',
      'Azərbaycan Respublikasının Vəkillər Kollegiyası',
      'Vəkillər Kollegiyasına',
    ],
  },
  {
    key: 'ombudsman',
    nameAz: 'İnsan Hüquqları üzrə Müvəkkil (Ombudsman)',
    shortName: 'Ombudsman',
    nameRu: 'Уполномоченный по правам человека (Омбудсман)',
    nameEn: 'Commissioner for Human Rights (Ombudsman)',
    kind: 'ombudsman',
    aliases: [
      'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkilinə (Ombudsmana)',
      'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)',
      'İnsan Hüquqları üzrə Müvəkkilinə (Ombudsmana)',
      'İnsan Hüquqları üzrə Müvəkkilin (Ombudsmanın)',
      'İnsan Hüquqları üzrə Müvəkkil',
      'Ombudsman',
    ],
  },
  {
    key: 'metbuat_surasi',
    nameAz: 'Mətbuat Şurası',
    shortName: 'Mətbuat Şurası',
    nameRu: 'Совет печати',
    nameEn: 'Press Council',
    kind: 'other',
    aliases: [
      'Azərbaycan Respublikasının Mətbuat Şurasına',
      'Azərbaycan Respublikasının Mətbuat Şurası',
    ],
  },

  // --- International partners ------------------------------------------------------------------
  {
    key: 'iom',
    nameAz: 'Beynəlxalq Miqrasiya Təşkilatı',
    shortName: 'BMqT',
    nameRu: 'Международная организация по миграции',
    nameEn: 'International Organization for Migration',
    kind: 'international',
    aliases: [
      'BMqT-nin Azərbaycan Respublikasındakı Nümayəndəliyi',
      'BMqT',
      'BMqT-nin',
      'IOM',
    ],
  },
  {
    key: 'osce',
    nameAz: 'Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı',
    shortName: 'ATƏT',
    nameRu: 'Организация по безопасности и сотрудничеству в Европе',
    nameEn: 'Organization for Security and Co-operation in Europe',
    kind: 'international',
    aliases: ['ATƏT', 'ATƏT-in', 'OSCE'],
  },
];

/**
 * Executors and involved parties that are categories, not organisations. The importer records
 * them on the measure as they are; they are never offered as an organisation to log in with.
 */
export const GENERIC_EXECUTORS: readonly GenericExecutorSeed[] = [
  {
    key: 'other_state_bodies',
    nameAz: 'digər aidiyyəti dövlət orqanları',
    aliases: ['digər aidiyyəti dövlət orqanlarını'],
  },
  {
    key: 'other_organising_bodies',
    nameAz: 'maarifləndirmə tədbirlərini və təlimləri təşkil edən digər dövlət qurumları',
    aliases: [],
  },
  {
    key: 'local_executive_authorities',
    nameAz: 'yerli icra hakimiyyəti orqanları',
    aliases: [],
  },
  {
    key: 'nrm_commission_members',
    nameAz:
      'İnsan alveri qurbanlarının Milli İstiqamətləndirmə Mexanizmi üzrə İdarələrarası Komissiyaya daxil olan qurumlar',
    aliases: [
      'insan alveri qurbanlarının Milli İstiqamətləndirmə Mexanizmi üzrə İdarələrarası Komissiyaya daxil olan qurumlar',
    ],
  },
  {
    key: 'minors_commissions',
    nameAz: 'Yetkinlik yaşına çatmayanların işləri və hüquqlarının müdafiəsi üzrə komissiyalar',
    aliases: [],
  },
  {
    key: 'ngos',
    nameAz: 'qeyri-hökumət təşkilatları',
    aliases: [
      'ixtisaslaşmış qeyri-hökumət təşkilatlarını',
      'aidiyyəti qeyri-hökumət təşkilatlarını',
      'ixtisaslaşmış qeyri-hökumət təşkilatları',
      'aidiyyəti qeyri-hökumət təşkilatları',
      'QHT-lər',
    ],
  },
  {
    key: 'higher_education_institutions',
    nameAz: 'ali təhsil müəssisələri',
    aliases: ['ali təhsil müəssisələrini'],
  },
  {
    key: 'international_organisations',
    nameAz: 'beynəlxalq təşkilatlar',
    aliases: ['beynəlxalq təşkilatları'],
  },
];
