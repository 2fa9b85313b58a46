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
  'date.invalid': {
    az: 'Tarix düzgün deyil (il-ay-gün).',
    ru: 'Неверная дата (год-месяц-день).',
    en: 'Not a valid date (year-month-day).',
  },
  'identification.unknown_indicator': {
    az: 'Bu göstərici yoxlama siyahısında yoxdur.',
    ru: 'Этого индикатора нет в контрольном списке.',
    en: 'This indicator is not on the checklist.',
  },
  'identification.before_first_contact': {
    az: 'Qərar tarixi ilk təmasdan əvvəl ola bilməz.',
    ru: 'Дата решения не может быть раньше первого контакта.',
    en: 'The decision date cannot be before the first contact.',
  },
  'identification.checklist_replaced': {
    az: 'Yoxlama siyahısının yeni versiyası dərc olunub; səhifəni yeniləyin və yenidən qiymətləndirin.',
    ru: 'Опубликована новая версия контрольного списка; обновите страницу и оцените заново.',
    en: 'A new version of the checklist has been published; reload and assess again.',
  },
  'reflection.not_started': {
    az: 'Düşünmə müddəti hələ başlanmayıb.',
    ru: 'Период размышления ещё не начат.',
    en: 'The reflection period has not been started.',
  },
  'reflection.before_end': {
    az: 'Qərar düşünmə müddəti bitdikdən sonra verilir.',
    ru: 'Решение принимается по окончании периода размышления.',
    en: 'The decision is made when the reflection period ends.',
  },
  'date.in_future': {
    az: 'Tarix gələcəkdə ola bilməz.',
    ru: 'Дата не может быть в будущем.',
    en: 'The date cannot be in the future.',
  },
  'date.before_start': {
    az: 'Son tarix başlanğıcdan əvvəl ola bilməz.',
    ru: 'Дата окончания не может быть раньше начала.',
    en: 'The end date cannot be before the start.',
  },
  'country.unknown': {
    az: 'Naməlum ölkə kodu (ISO 3166, məs. AZ).',
    ru: 'Неизвестный код страны (ISO 3166, напр. AZ).',
    en: 'Unknown country code (ISO 3166, e.g. AZ).',
  },
  'case.born_after_contact': {
    az: 'Doğum tarixi ilk təmas tarixindən sonra ola bilməz.',
    ru: 'Дата рождения не может быть позже даты первого контакта.',
    en: 'The date of birth cannot be after the first contact.',
  },
  'case.before_birth': {
    az: 'Bu tarix doğum tarixindən əvvəldir.',
    ru: 'Эта дата раньше даты рождения.',
    en: 'This date is before the date of birth.',
  },
  'case.age_contradicts_birth': {
    az: 'Təxmini yaş doğum tarixinə uyğun gəlmir.',
    ru: 'Примерный возраст не соответствует дате рождения.',
    en: 'The estimated age does not match the date of birth.',
  },
  'case.decision_date_required': {
    az: 'Qurban kimi tanınma qərarının tarixini göstərin.',
    ru: 'Укажите дату решения о признании жертвой.',
    en: 'Give the date of the decision identifying the victim.',
  },
  'case.industry_without_forced_labour': {
    az: 'Sahə yalnız məcburi əmək üçün göstərilir.',
    ru: 'Отрасль указывается только для принудительного труда.',
    en: 'An industry is given only for forced labour.',
  },
  'case.sex_type_without_sexual_exploitation': {
    az: 'Növ yalnız cinsi istismar üçün göstərilir.',
    ru: 'Вид указывается только для сексуальной эксплуатации.',
    en: 'A type is given only for sexual exploitation.',
  },
  'case.child_flag_contradicts': {
    az: 'Doğum tarixinə görə tanınma günü şəxsin yaşı «uşaq» əlamətinə uyğun gəlmir.',
    ru: 'Возраст на день идентификации по дате рождения не соответствует признаку «ребёнок».',
    en: 'By the date of birth, the age at identification does not match the child flag.',
  },
  'hotline.started_in_future': {
    az: 'Müraciətin başlama vaxtı gələcəkdədir; kompüterin saatını yoxlayın.',
    ru: 'Время начала обращения в будущем; проверьте часы компьютера.',
    en: 'The contact starts in the future; check the computer\'s clock.',
  },
  'hotline.identity_without_consent': {
    az: 'Zəng edənin adı yalnız onun razılığı ilə saxlanılır.',
    ru: 'Имя обратившегося сохраняется только с его согласия.',
    en: 'The caller\'s name is kept only with their consent.',
  },
  'hotline.case_unknown': {
    az: 'Belə qeyd yoxdur və ya onu görmək icazəniz yoxdur.',
    ru: 'Такой записи нет, или у вас нет доступа к ней.',
    en: 'There is no such record, or you may not see it.',
  },
  'hotline.non_substantive_referral': {
    az: 'Səssiz, səhv nömrə, zarafat və ya təhqiramiz zəng göndərilmir; əvvəlcə kateqoriyanı dəyişin.',
    ru: 'Молчащий, ошибочный, шуточный или оскорбительный звонок не направляется; сначала измените категорию.',
    en: 'A silent, wrong-number, prank or abusive contact is not referred; change the category first.',
  },
  'hotline.due_in_past': {
    az: 'Geri zəngin vaxtı keçmişdədir.',
    ru: 'Время обратного звонка уже прошло.',
    en: 'The callback\'s due time is in the past.',
  },
  'hotline.assignee_unknown': {
    az: 'Geri zəngi yalnız qaynar xəttin aktiv operatoruna tapşırmaq olar.',
    ru: 'Обратный звонок можно поручить только действующему оператору горячей линии.',
    en: 'A callback can only be given to an active operator of the hotline.',
  },
  'hotline.range_reversed': {
    az: 'Son tarix başlanğıc tarixindən əvvəl ola bilməz.',
    ru: 'Конечная дата не может быть раньше начальной.',
    en: 'The end date cannot be before the start date.',
  },
  'hotline.range_too_long': {
    az: 'Ən çoxu 366 günlük dövr seçin.',
    ru: 'Выберите период не длиннее 366 дней.',
    en: 'Choose a period of at most 366 days.',
  },
  'referral.same_body': {
    az: 'Qeydi öz qurumunuza göndərə bilməzsiniz.',
    ru: 'Нельзя направить запись в собственный орган.',
    en: 'You cannot refer a record to your own body.',
  },
  'text.unstorable': {
    az: 'Mətndə saxlanıla bilməyən simvol var (NUL və ya yarımçıq Unicode simvolu).',
    ru: 'В тексте есть символ, который нельзя сохранить (NUL или неполный символ Юникода).',
    en: 'The text holds a character that cannot be stored (NUL or a broken Unicode character).',
  },
  'referral.unknown_body': {
    az: 'Belə aktiv qurum yoxdur.',
    ru: 'Такого действующего органа нет.',
    en: 'There is no such active body.',
  },
  'referral.no_consent': {
    az: 'Bu iş üzrə şəxsin məlumatlarının digər qurumlarla paylaşılmasına razılığı qeydə alınmayıb. Əvvəlcə razılığı qeyd edin və ya razılıq olmadan paylaşmanın hüquqi əsasını göstərin.',
    ru: 'В этом деле не записано согласие лица на передачу его данных другим органам. Сначала запишите согласие или укажите правовое основание для передачи без него.',
    en: 'No consent of the person to sharing their data with other bodies is recorded in this case. Record the consent first, or give the legal ground for sharing without it.',
  },
  'referral.legal_ground_required': {
    az: 'Razılıq olmadan paylaşmanın əsaslandığı hüquqi normanı göstərin.',
    ru: 'Укажите правовую норму, на которой основана передача без согласия.',
    en: 'Name the legal provision that sharing without consent relies on.',
  },
  'referral.decline_reason_required': {
    az: 'İmtinanın səbəbini yazın: göndərən qurum bunu görəcək.',
    ru: 'Укажите причину отказа: направивший орган её увидит.',
    en: 'Give the reason for declining: the sending body will see it.',
  },
  'placement.exit_before_entry': {
    az: 'Çıxış tarixi giriş tarixindən əvvəl ola bilməz.',
    ru: 'Дата выезда не может быть раньше даты заезда.',
    en: 'The exit cannot be before the entry.',
  },
  'date.before_first_contact': {
    az: 'Tarix ilk təmas tarixindən əvvəl ola bilməz.',
    ru: 'Дата не может быть раньше первого контакта.',
    en: 'The date cannot be before the first contact.',
  },
  'placement.category_required': {
    az: 'Şəxsin cinsi məlum deyil: qadın və ya kişi yerlərindən birini seçin.',
    ru: 'Пол человека не указан: выберите женские или мужские места.',
    en: 'The person\'s sex is not recorded: choose women\'s or men\'s places.',
  },
  'placement.category_contradicts': {
    az: 'Yer kateqoriyası şəxsin cinsinə və yaşına uyğun deyil.',
    ru: 'Категория мест не соответствует полу и возрасту человека.',
    en: 'The category of places does not match the person\'s sex and age.',
  },
  'placement.same_shelter': {
    az: 'Şəxs artıq bu sığınacaqdadır.',
    ru: 'Человек уже находится в этом приюте.',
    en: 'The person is already in this shelter.',
  },
  'placement.unknown_shelter': {
    az: 'Belə sığınacaq yoxdur.',
    ru: 'Такого приюта нет.',
    en: 'There is no such shelter.',
  },
  'shelter.unknown_body': {
    az: 'Belə aktiv qurum yoxdur.',
    ru: 'Такого действующего органа нет.',
    en: 'There is no such active body.',
  },
  'shelter.registry_only': {
    az: 'Bunu yalnız Milli Koordinatorun aparatı dəyişə bilər.',
    ru: 'Это может изменить только аппарат Национального координатора.',
    en: 'Only the National Coordinator\'s office can change this.',
  },
  'service.provider_required': {
    az: 'Xidməti kimin göstərdiyini qeyd edin.',
    ru: 'Укажите, кто оказывает услугу.',
    en: 'Name who provides the service.',
  },
  'service.start_required': {
    az: 'Xidmətin başlandığı tarixi qeyd edin.',
    ru: 'Укажите дату начала оказания услуги.',
    en: 'Give the day the service began.',
  },
  'service.completion_required': {
    az: 'Xidmətin göstərilib başa çatdığı tarixi qeyd edin.',
    ru: 'Укажите дату, когда услуга была оказана.',
    en: 'Give the day the service was completed.',
  },
  'service.before_request': {
    az: 'Xidmət istənilməzdən əvvəl başlaya bilməz.',
    ru: 'Услуга не может начаться раньше запроса.',
    en: 'The service cannot begin before it was requested.',
  },
  'plan.review_not_after': {
    az: 'Növbəti baxış tarixi bu baxışdan sonra olmalıdır.',
    ru: 'Следующий пересмотр должен быть позже этого.',
    en: 'The next review must come after this one.',
  },
  'repatriation.step_order': {
    az: 'Addımların tarixləri ardıcıl olmalıdır: bu addım əvvəlki addımdan əvvəl və ya sonrakıdan sonra ola bilməz.',
    ru: 'Даты шагов должны идти по порядку: этот шаг не может быть раньше предыдущего или позже следующего.',
    en: 'Steps happen in order: this one cannot come before an earlier step or after a later one.',
  },
  'repatriation.travel_first': {
    az: 'Əvvəlcə səfəri (yola düşməni) qeyd edin.',
    ru: 'Сначала отметьте поездку (отъезд).',
    en: 'Record the travel (departure) first.',
  },
  'repatriation.country_azerbaijan': {
    az: 'Başqa ölkə seçin: repatriasiya Azərbaycandan xaricə və ya xaricdən Azərbaycana olur.',
    ru: 'Выберите другую страну: репатриация ведётся из-за рубежа в Азербайджан или из Азербайджана за рубеж.',
    en: 'Choose another country: a repatriation is between Azerbaijan and another country.',
  },
  'amount.invalid': {
    az: 'Məbləği manatla, ən çoxu iki onluq rəqəmlə yazın (məsələn, 1500.50); sıfırdan böyük olmalıdır.',
    ru: 'Укажите сумму в манатах, не более двух знаков после точки (например, 1500.50); она должна быть больше нуля.',
    en: 'Give the amount in manats with at most two decimals (for example 1500.50); it must be more than zero.',
  },
  'compensation.unknown_proceeding': {
    az: 'Bu icraat bu qeydə aid deyil.',
    ru: 'Это производство не относится к этой записи.',
    en: 'This proceeding does not belong to this case.',
  },
  'compensation.amount_required': {
    az: 'Təmin edilmiş məbləği daxil edin.',
    ru: 'Укажите присуждённую сумму.',
    en: 'Give the amount awarded.',
  },
  'compensation.partly_less': {
    az: 'Qismən təmin ediləndə məbləğ tələb olunandan az olmalıdır.',
    ru: 'При частичном удовлетворении сумма должна быть меньше заявленной.',
    en: 'A partly awarded amount is less than the amount claimed.',
  },
  'compensation.over_claim': {
    az: 'Təmin edilmiş məbləğ tələb olunandan çox ola bilməz.',
    ru: 'Присуждённая сумма не может превышать заявленную.',
    en: 'The amount awarded cannot be more than the amount claimed.',
  },
  'compensation.before_claim': {
    az: 'Qərar tələbdən əvvəl ola bilməz.',
    ru: 'Решение не может быть раньше требования.',
    en: 'The decision cannot come before the claim.',
  },
  'compensation.before_decision': {
    az: 'Ödəniş qərardan əvvəl ola bilməz.',
    ru: 'Выплата не может быть раньше решения.',
    en: 'A payment cannot come before the decision.',
  },
  'inspection.unknown_item': {
    az: 'Bu bənd yoxlama siyahısında yoxdur.',
    ru: 'Этого пункта нет в контрольном списке.',
    en: 'This item is not on the checklist.',
  },
  'child.guardian_name_required': {
    az: 'Qəyyumun adını daxil edin.',
    ru: 'Укажите имя опекуна.',
    en: 'Enter the guardian\'s name.',
  },
  'child.review_not_after': {
    az: 'Növbəti baxış tarixi qiymətləndirmə tarixindən sonra olmalıdır.',
    ru: 'Дата следующего пересмотра должна быть позже даты оценки.',
    en: 'The review date must be after the assessment date.',
  },
  'identification.duplicate_code': {
    az: 'Bu kod siyahıda artıq var; hər göstəricinin kodu fərqli olmalıdır.',
    ru: 'Такой код уже есть в списке; у каждого индикатора свой код.',
    en: 'This code is already on the list; every indicator needs its own code.',
  },
} as const;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;
