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
    az: 'Təşkilatın istifadəçiləri var və ya qeydlərdə adı çəkilir, onu silmək olmaz. Əvəzinə deaktiv edin.',
    ru: 'У организации есть пользователи или она упоминается в записях, её нельзя удалить. Деактивируйте её.',
    en: 'The organisation has users or is named in records and cannot be deleted. Deactivate it instead.',
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
  IMPORT_UNSAFE_ARCHIVE: {
    status: 422,
    az: 'Word sənədi oxunmadı: açılanda 100 MB-dan böyük olur və ya Word-un yazmadığı XML bəyannamələri (DOCTYPE, ENTITY) saxlayır. Sənədi Word-da açıb yenidən saxlayın və yükləyin.',
    ru: 'Документ Word не прочитан: в распакованном виде он больше 100 МБ или содержит объявления XML (DOCTYPE, ENTITY), которые Word не создаёт. Откройте документ в Word, сохраните заново и загрузите.',
    en: 'The Word document was not read: unpacked it is larger than 100 MB, or it holds XML declarations (DOCTYPE, ENTITY) that Word does not write. Open it in Word, save it again and upload it.',
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
  CASE_CONFLICT: {
    status: 409,
    az: 'Bu qeydi siz redaktə edərkən başqası dəyişdi. Yeni versiyanı yükləyib dəyişikliklərinizi yenidən daxil edin.',
    ru: 'Пока вы редактировали запись, её изменил другой пользователь. Загрузите новую версию и внесите изменения снова.',
    en: 'Someone else changed this record while you were editing it. Load the new version and enter your changes again.',
  },
  REFERRAL_STATE: {
    status: 409,
    az: 'Göndərişin indiki vəziyyətində bu addım mümkün deyil.',
    ru: 'В текущем состоянии направления этот шаг невозможен.',
    en: 'This step is not possible in the referral\'s current state.',
  },
  REFERRAL_CHANGED: {
    status: 409,
    az: 'Bu göndərişlə bağlı başqası sizdən əvvəl addım atıb; sizin addımınız tətbiq edilmədi. Göndərişin indiki vəziyyətinə baxın.',
    ru: 'Кто-то другой уже сделал шаг по этому направлению раньше вас; ваш шаг не применён. Посмотрите текущее состояние направления.',
    en: 'Someone else acted on this referral before you; your step was not applied. See the referral as it is now.',
  },
  REFERRAL_NOT_PARTY: {
    status: 403,
    az: 'Göndərişi yalnız qəbul edən qurum qəbul edə, ondan imtina edə və ya tamamlaya bilər; geri götürməyi isə yalnız göndərən qurum.',
    ru: 'Принять, отклонить или завершить направление может только принимающий орган, отозвать — только направивший.',
    en: 'Only the receiving body can accept, decline or complete a referral, and only the sending body can withdraw it.',
  },
  REFERRAL_ALREADY_OPEN: {
    status: 409,
    az: 'Bu iş artıq həmin quruma göndərilib və göndəriş açıqdır.',
    ru: 'Это дело уже направлено в этот орган, и направление открыто.',
    en: 'This case has already been referred to that body and the referral is open.',
  },
  REFERRAL_RECEIVER_UNSTAFFED: {
    status: 409,
    az: 'Qəbul edən qurumda sistemdə göndərişləri qəbul edə biləcək aktiv istifadəçi yoxdur. Göndərişi yalnız onlarla başqa yolla da əlaqə saxlayacağınız halda göndərin.',
    ru: 'В принимающем органе нет активных пользователей системы, которые могут принять направление. Отправляйте, только если свяжетесь с ними и другим способом.',
    en: 'Nobody at the receiving body can take the referral in the system: it has no active users who keep victims\' records. Send it only if you will also reach them another way.',
  },
  ACCESS_REQUEST_STATE: {
    status: 409,
    az: 'Bu müraciət artıq həll olunub.',
    ru: 'Этот запрос уже рассмотрен.',
    en: 'This request has already been decided.',
  },
  HOTLINE_CONFLICT: {
    status: 409,
    az: 'Bu müraciəti siz açandan sonra başqa operator dəyişib. Yenilənmiş variantı yükləyib dəyişikliklərinizi yenidən daxil edin.',
    ru: 'После того как вы открыли обращение, его изменил другой оператор. Загрузите обновлённую версию и внесите изменения снова.',
    en: 'Another operator changed this contact after you opened it. Load the saved version and enter your changes again.',
  },
  CALLBACK_CLOSED: {
    status: 409,
    az: 'Bu geri zəng artıq bağlanıb.',
    ru: 'Этот обратный звонок уже закрыт.',
    en: 'This callback has already been closed.',
  },
  CASE_PART_HIDDEN: {
    status: 403,
    az: 'Bu hissəni görmək və ya dəyişmək üçün səlahiyyətiniz yoxdur.',
    ru: 'У вас нет права видеть или изменять эту часть записи.',
    en: 'You may not see or change this part of the record.',
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
  MEETING_CONFLICT: {
    status: 409,
    az: 'Bu iclası siz açandan sonra başqası dəyişib. Saxlanmış variantı yükləyin və dəyişikliklərinizi yenidən daxil edin.',
    ru: 'После того как вы открыли заседание, его изменил кто-то другой. Загрузите сохранённую версию и внесите изменения снова.',
    en: 'Someone else changed this meeting after you opened it. Load the saved version and enter your changes again.',
  },
  MEETING_AGENDA_ITEM_UNKNOWN: {
    status: 422,
    az: 'Bu məsələ iclasın gündəliyində yoxdur.',
    ru: 'Этого вопроса нет в повестке заседания.',
    en: 'This item is not on the meeting\'s agenda.',
  },
  MEETING_MEASURE_UNKNOWN: {
    status: 422,
    az: 'Gündəlikdə göstərilən tədbir tapılmadı.',
    ru: 'Мероприятие, указанное в повестке, не найдено.',
    en: 'A measure named on the agenda was not found.',
  },
  ACTION_ITEM_CONFLICT: {
    status: 409,
    az: 'Bu tapşırığı siz açandan sonra başqası dəyişib. Yenilənmiş vəziyyəti yoxlayıb yenidən cəhd edin.',
    ru: 'После того как вы открыли поручение, его изменил кто-то другой. Проверьте обновлённое состояние и повторите.',
    en: 'Someone else changed this action item after you opened it. Check its new state and try again.',
  },
  ATTACHMENT_TYPE: {
    status: 415,
    az: 'Yalnız PDF, Word, Excel və şəkil (PNG, JPEG) faylları əlavə etmək olar.',
    ru: 'Можно прикреплять только файлы PDF, Word, Excel и изображения (PNG, JPEG).',
    en: 'Only PDF, Word, Excel and image (PNG, JPEG) files can be attached.',
  },
  EVENT_CONFLICT: {
    status: 409,
    az: 'Bu tədbiri siz açandan sonra başqası dəyişib. Yenilənmiş variantı yükləyib dəyişikliklərinizi yenidən daxil edin.',
    ru: 'После того как вы открыли мероприятие, его изменил кто-то другой. Загрузите обновлённую версию и внесите изменения снова.',
    en: 'Someone else changed this event after you opened it. Load the saved version and enter your changes again.',
  },
  EVENT_FROM_REPORT: {
    status: 409,
    az: 'Bu tədbir hesabatda bildirilib: onun növü, adı, tarixləri, yeri, iştirakçıları və tərəfdaşları hesabatda dəyişdirilir.',
    ru: 'Это мероприятие указано в отчёте: его вид, название, даты, место, участники и партнёры меняются в отчёте.',
    en: 'This event was reported in a report entry: its kind, title, dates, place, participants and partners are changed there.',
  },
  EVENT_REFERENCE_UNKNOWN: {
    status: 422,
    az: 'Göstərilən tədbir (plan bəndi) və ya qurum tapılmadı.',
    ru: 'Указанный пункт плана или орган не найден.',
    en: 'A measure or body named was not found.',
  },
  EVENT_LINK_NOT_ALLOWED: {
    status: 422,
    az: 'Fəaliyyəti yalnız qurumunuzun təşkil etdiyi və ya tərəfdaş olduğu, yaxud Milli Koordinatorun reyestrə daxil etdiyi tədbirə bağlamaq olar.',
    ru: 'Мероприятие можно связать только с событием, которое ваш орган организовал или в котором был партнёром, либо которое внёс в реестр Национальный координатор.',
    en: 'An activity can be linked only to an event your body organised or partnered in, or one the National Coordinator recorded in the register.',
  },
  DONOR_NAME_TAKEN: {
    status: 409,
    az: 'Bu adda donor artıq var.',
    ru: 'Донор с таким названием уже есть.',
    en: 'A donor with this name already exists.',
  },
  NEED_UNKNOWN: {
    status: 422,
    az: 'Bu ehtiyac artıq hesabatda yoxdur.',
    ru: 'Этой потребности больше нет в отчёте.',
    en: 'This need is no longer in the report entry.',
  },
  NEED_ALREADY_MATCHED: {
    status: 409,
    az: 'Bu ehtiyac artıq bu dəstəklə uyğunlaşdırılıb.',
    ru: 'Эта потребность уже сопоставлена с этой поддержкой.',
    en: 'This need is already matched to this support.',
  },
  INDICATOR_AREA_CODE_TAKEN: {
    status: 409,
    az: 'Bu kodla sahə artıq var.',
    ru: 'Область с таким кодом уже есть.',
    en: 'An area with this code already exists.',
  },
  INDICATOR_ASSESSED: {
    status: 409,
    az: 'Bu indikator qiymətləndirmələrdə istifadə olunub və silinə bilməz; mətnini dəyişə bilərsiniz.',
    ru: 'Этот индикатор уже оценивался и не может быть удалён; его текст можно изменить.',
    en: 'This indicator has been assessed and cannot be deleted; its text can be changed.',
  },
  INDICATOR_LINK_UNKNOWN: {
    status: 422,
    az: 'Göstərilən hesabat qeydi, tədbir, sahə, plan və ya tövsiyə tapılmadı.',
    ru: 'Указанная запись отчёта, мероприятие, область, план или рекомендация не найдены.',
    en: 'A report entry, measure, area, plan or recommendation named was not found.',
  },
  ASSESSMENT_CYCLE_TITLE_TAKEN: {
    status: 409,
    az: 'Bu adda qiymətləndirmə artıq var.',
    ru: 'Оценка с таким названием уже есть.',
    en: 'An assessment with this title already exists.',
  },
  ASSESSMENT_PUBLISHED: {
    status: 409,
    az: 'Qiymətləndirmə dərc olunub və dəyişdirilə bilməz. Dəyişmək üçün əvvəlcə dərcdən çıxarın.',
    ru: 'Оценка опубликована и не может быть изменена. Чтобы изменить её, сначала снимите с публикации.',
    en: 'The assessment is published and cannot be changed. Withdraw it from publication first.',
  },
  RECOMMENDATION_FROM_SOURCE: {
    status: 409,
    az: 'Mənbə sənəddən yüklənmiş tövsiyə silinmir; onu «qəbul edilməyib» kimi qeyd edin.',
    ru: 'Рекомендация, загруженная из документа-источника, не удаляется; отметьте её как «не принята».',
    en: 'A recommendation loaded from its source document is not deleted; mark it as not accepted instead.',
  },
  SHELTER_FULL: {
    status: 409,
    az: 'Sığınacaqda bu kateqoriya üzrə boş yer yoxdur. Yerləşdirmək üçün tutumun aşılmasını səbəbi ilə təsdiqləyin.',
    ru: 'В приюте нет свободных мест этой категории. Чтобы разместить, подтвердите превышение вместимости с указанием причины.',
    en: 'The shelter has no free place of this category. To place the person, confirm going over capacity and give the reason.',
  },
  SHELTER_INACTIVE: {
    status: 409,
    az: 'Bu sığınacaq fəaliyyət göstərmir: ora yerləşdirmək olmaz.',
    ru: 'Этот приют не действует: размещать в нём нельзя.',
    en: 'This shelter is not in operation: nobody can be placed there.',
  },
  SHELTER_NAME_TAKEN: {
    status: 409,
    az: 'Bu adda sığınacaq artıq reyestrdədir.',
    ru: 'Приют с таким названием уже есть в реестре.',
    en: 'A shelter with this name is already in the registry.',
  },
  SHELTER_CONFLICT: {
    status: 409,
    az: 'Bunu siz açandan sonra başqası dəyişib. Yenilənmiş variantı yükləyib dəyişikliklərinizi yenidən daxil edin.',
    ru: 'После того как вы это открыли, это изменил кто-то другой. Загрузите новую версию и внесите изменения снова.',
    en: 'Someone else changed this after you opened it. Load the new version and enter your changes again.',
  },
  PLACEMENT_NOT_REFERRED: {
    status: 409,
    az: 'Şəxsi yerləşdirmək olmaz: qeyd bu sığınacağın qurumuna göndərilməyib və ya göndəriş hələ qəbul edilməyib.',
    ru: 'Разместить нельзя: запись не направлена органу этого приюта или направление ещё не принято.',
    en: 'The person cannot be placed: the record has not been referred to this shelter\'s body, or the referral has not been accepted yet.',
  },
  PLACEMENT_NOT_OPERATOR: {
    status: 403,
    az: 'Yerləşdirmə, köçürmə və çıxışı yalnız sığınacağı idarə edən qurum qeyd edir.',
    ru: 'Размещение, перевод и выезд отмечает только орган, который ведёт приют.',
    en: 'Only the body that runs the shelter records placements, transfers and exits.',
  },
  PLACEMENT_OVERLAP: {
    status: 409,
    az: 'Şəxs bu tarixdə artıq sığınacaqdadır: əvvəlcə çıxışı və ya köçürməni qeyd edin.',
    ru: 'На эту дату человек уже находится в приюте: сначала отметьте выезд или перевод.',
    en: 'The person is already in a shelter on that date: record the exit or the transfer first.',
  },
  PLACEMENT_ENDED: {
    status: 409,
    az: 'Bu yerləşdirmə artıq başa çatıb.',
    ru: 'Это размещение уже завершено.',
    en: 'This placement has already ended.',
  },
  CARE_CONFLICT: {
    status: 409,
    az: 'Bu qeydi siz açandan sonra başqası dəyişib. Yenilənmiş variantı yükləyib dəyişikliklərinizi yenidən daxil edin.',
    ru: 'После того как вы открыли эту запись, её изменил кто-то другой. Загрузите новую версию и внесите изменения снова.',
    en: 'Someone else changed this record after you opened it. Load the new version and enter your changes again.',
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
  CHILD_PATH_ADULT: {
    status: 422,
    az: 'Bu şəxs 18 yaşdan böyükdür: qəyyum və uşağın maraqlarının qiymətləndirilməsi yalnız uşaqlar üçün qeyd olunur.',
    ru: 'Этому человеку 18 лет или больше: опекун и оценка наилучших интересов ребёнка записываются только для детей.',
    en: 'This person is 18 or older: a guardian and best-interests assessments are recorded for children only.',
  },
  REPATRIATION_OPEN: {
    status: 409,
    az: 'Bu qeyd üzrə artıq açıq repatriasiya var: əvvəlcə onu başa çatdırın və ya ləğv edin.',
    ru: 'По этой записи уже есть открытая репатриация: сначала завершите или отмените её.',
    en: 'This case already has an open repatriation: complete or cancel it first.',
  },
  REPATRIATION_CLOSED: {
    status: 409,
    az: 'Bu repatriasiya başa çatıb və ya ləğv edilib: onu artıq dəyişmək olmaz.',
    ru: 'Эта репатриация завершена или отменена: изменить её уже нельзя.',
    en: 'This repatriation is completed or cancelled and can no longer be changed.',
  },
  COMPENSATION_NOT_AWARDED: {
    status: 409,
    az: 'Ödəniş yalnız təmin edilmiş tələb üzrə qeyd olunur.',
    ru: 'Выплата записывается только по удовлетворённому требованию.',
    en: 'A payment can be recorded only on a claim that was awarded.',
  },
  COMPENSATION_OVERPAID: {
    status: 422,
    az: 'Ödənişlərin cəmi təmin edilmiş məbləğdən çox ola bilməz.',
    ru: 'Сумма выплат не может превышать присуждённую сумму.',
    en: 'The payments cannot add up to more than the amount awarded.',
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
