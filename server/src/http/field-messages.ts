/** Messages for field-level rules that zod's own locales do not cover. */
export const FIELD_MESSAGES = {
  'password.too_short': {
    az: 'Şifrə ən azı {min} simvoldan ibarət olmalıdır.',
    ru: 'Пароль должен содержать не менее {min} символов.',
    en: 'The password must have at least {min} characters.',
  },
  'password.too_long': {
    az: 'Şifrə ən çoxu {max} simvol ola bilər.',
    ru: 'Пароль может содержать не более {max} символов.',
    en: 'The password can have at most {max} characters.',
  },
  'password.common': {
    az: 'Bu şifrə çox geniş yayılıb, başqasını seçin.',
    ru: 'Этот пароль слишком распространён, выберите другой.',
    en: 'This password is too common; choose another.',
  },
  'password.contains_login': {
    az: 'Şifrədə istifadəçi adı olmamalıdır.',
    ru: 'Пароль не должен содержать имя пользователя.',
    en: 'The password must not contain the user name.',
  },
  'password.too_simple': {
    az: 'Şifrədə ən azı 3 növ simvol olmalıdır: kiçik hərf, böyük hərf, rəqəm, digər işarə.',
    ru: 'Пароль должен содержать не менее 3 типов символов: строчные, заглавные буквы, цифры, другие знаки.',
    en: 'The password needs at least 3 kinds of characters: lower case, upper case, digits, other symbols.',
  },
  'password.same_as_current': {
    az: 'Yeni şifrə cari şifrədən fərqli olmalıdır.',
    ru: 'Новый пароль должен отличаться от текущего.',
    en: 'The new password must differ from the current one.',
  },
  'password.wrong_current': {
    az: 'Cari şifrə yanlışdır.',
    ru: 'Текущий пароль неверен.',
    en: 'The current password is wrong.',
  },
  'login.format': {
    az: 'İstifadəçi adı 3–64 simvol olmalıdır: latın hərfləri, rəqəmlər, nöqtə, tire, alt xətt, @.',
    ru: 'Имя пользователя: 3–64 символа — латинские буквы, цифры, точка, дефис, подчёркивание, @.',
    en: 'The user name must be 3–64 characters: Latin letters, digits, dot, hyphen, underscore, @.',
  },
  'organisation.unknown': {
    az: 'Belə təşkilat yoxdur və ya deaktivdir.',
    ru: 'Такой организации нет или она деактивирована.',
    en: 'No such organisation, or it is deactivated.',
  },
  'measure.link_other_plan': {
    az: 'Yalnız başqa planın tədbirinə davam kimi bağlamaq olar.',
    ru: 'Связать как продолжение можно только с мероприятием другого плана.',
    en: 'A measure can only continue a measure of another plan.',
  },
  'review.comment_required': {
    az: 'Geri qaytarmanın səbəbini yazın.',
    ru: 'Укажите причину возврата.',
    en: 'Write why the entry is returned.',
  },
  'period.half_required': {
    az: 'Yarımil dövrü üçün yarımili seçin.',
    ru: 'Для полугодового периода выберите полугодие.',
    en: 'Choose the half of the year for a half-year period.',
  },
  'totp.invalid': {
    az: 'Kod yanlışdır.',
    ru: 'Неверный код.',
    en: 'The code is wrong.',
  },
} as const;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;
