import type { Locale } from '../../../common/src/roles.js';

interface CatalogueEntry {
  status: number;
  az: string;
  ru: string;
  en: string;
}

/**
 * Every error the API can answer with: a stable code, its HTTP status and its message in the
 * three languages. Clients rely on the codes; never rename one, add a new one instead.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: {
    status: 400,
    az: 'Göndərilən məlumatlarda səhv var.',
    ru: 'В отправленных данных есть ошибки.',
    en: 'The submitted data contains errors.',
  },
  MALFORMED_REQUEST: {
    status: 400,
    az: 'Sorğu oxuna bilmədi.',
    ru: 'Запрос не удалось прочитать.',
    en: 'The request could not be read.',
  },
  AUTH_REQUIRED: {
    status: 401,
    az: 'Sistemə daxil olmaq lazımdır.',
    ru: 'Необходимо войти в систему.',
    en: 'You need to log in.',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    az: 'İstifadəçi adı və ya şifrə yanlışdır.',
    ru: 'Неверное имя пользователя или пароль.',
    en: 'Wrong user name or password.',
  },
  AUTH_TOTP_INVALID: {
    status: 401,
    az: 'Təsdiq kodu yanlışdır və ya vaxtı keçib.',
    ru: 'Код подтверждения неверен или устарел.',
    en: 'The verification code is wrong or has expired.',
  },
  AUTH_SECOND_FACTOR_PENDING: {
    status: 401,
    az: 'Əvvəlcə ikinci mərhələni (təsdiq kodunu) tamamlayın.',
    ru: 'Сначала завершите второй шаг входа (код подтверждения).',
    en: 'Complete the second step of logging in (verification code) first.',
  },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    az: 'Davam etmək üçün şifrənizi dəyişin.',
    ru: 'Чтобы продолжить, смените пароль.',
    en: 'Change your password to continue.',
  },
  AUTH_LOCKED: {
    status: 423,
    az: 'Çoxlu uğursuz cəhd səbəbindən hesab müvəqqəti bloklanıb. Bir az sonra yenidən cəhd edin.',
    ru: 'Учётная запись временно заблокирована из-за множества неудачных попыток. Повторите позже.',
    en: 'The account is temporarily locked after too many failed attempts. Try again later.',
  },
  CSRF_INVALID: {
    status: 403,
    az: 'Sorğunun təhlükəsizlik nişanı yanlışdır. Səhifəni yeniləyin.',
    ru: 'Неверный защитный токен запроса. Обновите страницу.',
    en: 'The request security token is invalid. Reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    az: 'Bu əməliyyat üçün icazəniz yoxdur.',
    ru: 'У вас нет прав на это действие.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    status: 404,
    az: 'Axtarılan məlumat tapılmadı.',
    ru: 'Запрошенные данные не найдены.',
    en: 'What you asked for was not found.',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    az: 'Belə ünvan yoxdur.',
    ru: 'Такого адреса нет.',
    en: 'There is no such address.',
  },
  CONFLICT: {
    status: 409,
    az: 'Bu məlumat başqa qeydlə ziddiyyət təşkil edir.',
    ru: 'Эти данные противоречат другой записи.',
    en: 'This conflicts with another record.',
  },
  LOGIN_TAKEN: {
    status: 409,
    az: 'Bu istifadəçi adı artıq istifadə olunur.',
    ru: 'Это имя пользователя уже занято.',
    en: 'This user name is already taken.',
  },
  ORG_NAME_TAKEN: {
    status: 409,
    az: 'Bu adda təşkilat artıq var.',
    ru: 'Организация с таким названием уже существует.',
    en: 'An organisation with this name already exists.',
  },
  ORG_IN_USE: {
    status: 409,
    az: 'Təşkilatın istifadəçiləri var, onu silmək olmaz. Əvəzinə deaktiv edin.',
    ru: 'У организации есть пользователи, её нельзя удалить. Деактивируйте её.',
    en: 'The organisation has users and cannot be deleted. Deactivate it instead.',
  },
  SELF_LOCKOUT: {
    status: 409,
    az: 'Öz hesabınızı deaktiv edə və ya rolunu dəyişə bilməzsiniz.',
    ru: 'Нельзя деактивировать свою учётную запись или менять свою роль.',
    en: 'You cannot deactivate your own account or change your own role.',
  },
  PASSWORD_POLICY: {
    status: 400,
    az: 'Şifrə tələblərə cavab vermir.',
    ru: 'Пароль не соответствует требованиям.',
    en: 'The password does not meet the requirements.',
  },
  TOTP_REQUIRED_FOR_ROLE: {
    status: 409,
    az: 'Bu rol üçün ikimərhələli giriş məcburidir, onu söndürmək olmaz.',
    ru: 'Для этой роли двухэтапный вход обязателен, его нельзя отключить.',
    en: 'Two-step login is required for this role and cannot be turned off.',
  },
  IMPORT_EMPTY_FILE: {
    status: 400,
    az: 'Fayl boşdur.',
    ru: 'Файл пуст.',
    en: 'The file is empty.',
  },
  IMPORT_UNSUPPORTED_FORMAT: {
    status: 415,
    az: 'Bu fayl növü oxunmur. Mətn (.txt), Word (.docx) və ya HTML faylı yükləyin.',
    ru: 'Этот тип файла не читается. Загрузите текст (.txt), Word (.docx) или HTML.',
    en: 'This kind of file cannot be read. Upload text (.txt), Word (.docx) or HTML.',
  },
  IMPORT_UNDECODABLE: {
    status: 400,
    az: 'Faylın kodlaşdırması tanınmadı. Onu UTF-8 kimi saxlayıb yenidən yükləyin.',
    ru: 'Не удалось определить кодировку файла. Сохраните его в UTF-8 и загрузите снова.',
    en: 'The file’s encoding could not be recognised. Save it as UTF-8 and upload it again.',
  },
  IMPORT_NO_MEASURES: {
    status: 422,
    az: 'Sənəddə plan tədbirləri tapılmadı.',
    ru: 'В документе не найдены мероприятия плана.',
    en: 'No plan measures were found in the document.',
  },
  IMPORT_ALREADY_APPLIED: {
    status: 409,
    az: 'Bu idxal artıq tətbiq edilib və ya ləğv olunub.',
    ru: 'Этот импорт уже применён или отменён.',
    en: 'This import has already been applied or discarded.',
  },
  REPORT_CONFLICT: {
    status: 409,
    az: 'Bu hesabatı sizdən sonra başqası da saxlayıb. Hər iki variant göstərilir: hansının qalacağını seçin.',
    ru: 'Этот отчёт после вас сохранил кто-то ещё. Показаны обе версии: выберите, какую оставить.',
    en: 'Someone else saved this entry after you opened it. Both versions are shown: choose which to keep.',
  },
  REPORT_LOCKED: {
    status: 409,
    az: 'Hesabat təqdim edilib və ya qəbul olunub, onu dəyişmək olmaz.',
    ru: 'Отчёт представлен или принят, его нельзя изменить.',
    en: 'The entry has been submitted or accepted and cannot be changed.',
  },
  REPORT_PERIOD_EXISTS: {
    status: 409,
    az: 'Bu plan üçün bu hesabat dövrü artıq açılıb.',
    ru: 'Этот отчётный период для плана уже открыт.',
    en: 'This reporting period is already open for the plan.',
  },
  REPORT_PERIOD_CLOSED: {
    status: 409,
    az: 'Hesabat dövrü bağlanıb.',
    ru: 'Отчётный период закрыт.',
    en: 'The reporting period is closed.',
  },
  REPORT_NO_ENTRIES: {
    status: 422,
    az: 'Sənəddə yarımbəndlər üzrə bölmələr tanınmadı.',
    ru: 'В документе не распознаны разделы по подпунктам.',
    en: 'No sub-item sections were recognised in the document.',
  },
  ATTACHMENT_TYPE: {
    status: 415,
    az: 'Yalnız PDF, Word, Excel və şəkil (PNG, JPEG) faylları əlavə etmək olar.',
    ru: 'Можно прикреплять только файлы PDF, Word, Excel и изображения (PNG, JPEG).',
    en: 'Only PDF, Word, Excel and image (PNG, JPEG) files can be attached.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    az: 'Göndərilən məlumat çox böyükdür.',
    ru: 'Отправленные данные слишком велики.',
    en: 'What you sent is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    az: 'Bu məlumat növü qəbul edilmir.',
    ru: 'Этот тип данных не принимается.',
    en: 'This type of content is not accepted.',
  },
  RATE_LIMITED: {
    status: 429,
    az: 'Çox sayda sorğu. Bir az gözləyib yenidən cəhd edin.',
    ru: 'Слишком много запросов. Подождите и повторите.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  INTERNAL: {
    status: 500,
    az: 'Daxili xəta baş verdi. Sorğu nömrəsini dəstək xidmətinə bildirin.',
    ru: 'Произошла внутренняя ошибка. Сообщите номер запроса в поддержку.',
    en: 'An internal error occurred. Give the request id to support.',
  },
  UNAVAILABLE: {
    status: 503,
    az: 'Xidmət müvəqqəti əlçatan deyil.',
    ru: 'Сервис временно недоступен.',
    en: 'The service is temporarily unavailable.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function messageFor(code: ErrorCode, locale: Locale): string {
  return ERROR_CATALOGUE[code][locale];
}
