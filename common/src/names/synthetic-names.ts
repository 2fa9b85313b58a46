/**
 * Names for the synthetic persons of `synthetic.ts`: each as its register spelling (Latin
 * Azerbaijani for Azerbaijani names, the passport Latin for foreign ones) and the Russian
 * Cyrillic spelling a Russian-language register writes, by Russian conventions rather than
 * letter for letter (Məmmədov → Мамедов, Hüseynov → Гусейнов, Cəfərov → Джафаров). Lists are in
 * rough order of frequency: the generator draws the first names of a list more often.
 */

export type Origin = 'az' | 'ru' | 'central_asia' | 'ge' | 'ir' | 'tr' | 'south_asia' | 'ph' | 'other';

export interface NameForm {
  /** Register spelling: Latin Azerbaijani, or the passport Latin for foreign names. */
  latin: string;
  /** Russian Cyrillic spelling. */
  cyrillic: string;
}

export interface OriginNames {
  origin: Origin;
  /** Share of victims of this origin. */
  share: number;
  /** Citizenships, the first most common. */
  citizenships: readonly string[];
  male: readonly NameForm[];
  female: readonly NameForm[];
  /** Male surname forms; female forms follow the rules of `femaleSurname` in the generator. */
  surnames: readonly NameForm[];
  /** Whether registers give persons of this origin a patronymic. */
  patronymic: 'azerbaijani' | 'russian' | 'none';
}

const list = (text: string): NameForm[] =>
  text
    .trim()
    .split(/\s*\|\s*/)
    .map((pair) => {
      const [latin = '', cyrillic = ''] = pair.split(':');
      return { latin, cyrillic };
    });

export const ORIGINS: readonly OriginNames[] = [
  {
    origin: 'az',
    share: 0.7,
    citizenships: ['AZ'],
    patronymic: 'azerbaijani',
    surnames: list(`Məmmədov:Мамедов | Əliyev:Алиев | Həsənov:Гасанов | Hüseynov:Гусейнов | Quliyev:Кулиев |
      İsmayılov:Исмаилов | Hacıyev:Гаджиев | Rzayev:Рзаев | Abbasov:Аббасов | Nəsirov:Насиров | Kərimov:Керимов |
      Babayev:Бабаев | Cəfərov:Джафаров | Orucov:Оруджев | Vəliyev:Велиев | Süleymanov:Сулейманов |
      Mustafayev:Мустафаев | Qasımov:Касумов | Rəhimov:Рагимов | Əhmədov:Ахмедов | Abdullayev:Абдуллаев |
      Bayramov:Байрамов | Musayev:Мусаев | Qurbanov:Курбанов | Nağıyev:Нагиев | Sadıqov:Садыхов | Zeynalov:Зейналов |
      Şükürov:Шукюров | Salmanov:Салманов | Səfərov:Сафаров | İbrahimov:Ибрагимов | Məhərrəmov:Магеррамов |
      Əsədov:Асадов | Kazımov:Кязимов | Tağıyev:Тагиев | Yusifov:Юсифов | Allahverdiyev:Аллахвердиев |
      Novruzov:Новрузов | Paşayev:Пашаев | Həmidov:Гамидов | Qafarov:Гафаров | Rüstəmov:Рустамов |
      Fərzəliyev:Фарзалиев | Şirinov:Ширинов | Bağırov:Багиров | Əsgərov:Аскеров | Hümbətov:Гумбатов |
      Qəhrəmanov:Кахраманов | Mehdiyev:Мехтиев | Cavadov:Джавадов | Xəlilov:Халилов | Məlikov:Меликов |
      Heydərov:Гейдаров | Nəbiyev:Набиев | Sultanov:Султанов | Əzizov:Азизов | Rəsulov:Расулов | Osmanov:Османов |
      Əkbərov:Акперов | Eyvazov:Эйвазов | Dadaşov:Дадашов | Vəlizadə:Велизаде | Həsənli:Гасанлы | Məmmədli:Мамедли |
      Əlizadə:Ализаде`),
    female: list(`Aysel:Айсель | Günel:Гюнель | Leyla:Лейла | Nərgiz:Наргиз | Səbinə:Сабина | Ülviyyə:Ульвия |
      Könül:Кёнуль | Xədicə:Хадиджа | Zəhra:Захра | Fidan:Фидан | Nigar:Нигяр | Aynur:Айнур | Sevinc:Севиндж |
      Gülnar:Гюльнар | Lalə:Лала | Nazlı:Назлы | Aytən:Айтен | Şəlalə:Шалала | Vüsalə:Вюсаля | Aygün:Айгюн |
      Səadət:Саадат | Aidə:Аида | Turanə:Турана | Jalə:Жала | Məleykə:Малейка | Sevda:Севда | Fatimə:Фатима |
      Rəna:Рена | Təranə:Терана | Nərmin:Нармин | Elnarə:Эльнара | Kəmalə:Кямаля | Arzu:Арзу | Mehriban:Мехрибан |
      Gülşən:Гюльшан | Ramilə:Рамиля | Samirə:Самира | Dilarə:Дилара | Nurlanə:Нурлана | Röya:Роя | Ləman:Ламан |
      Çinarə:Чинара | İlahə:Илаха | Humay:Гумай | Zərifə:Зарифа | Şəbnəm:Шабнам | Pərvin:Парвин | Gülər:Гюляр |
      Tamilla:Тамилла | Elmira:Эльмира | Sona:Сона | Afaq:Афаг`),
    male: list(`Elçin:Эльчин | Rəşad:Рашад | Tural:Турал | Vüqar:Вугар | Aydın:Айдын | Şahin:Шахин | Əli:Али |
      Həsən:Гасан | Hüseyn:Гусейн | Məmməd:Мамед | Orxan:Орхан | Elnur:Эльнур | Ramil:Рамиль | Kamran:Камран |
      Anar:Анар | Rüstəm:Рустам | Fərid:Фарид | Cavid:Джавид | Tofiq:Тофик | Namiq:Намик | Elvin:Эльвин |
      Səbuhi:Сабухи | Zaur:Заур | Emin:Эмин | Mübariz:Мубариз | İlham:Ильхам | Ceyhun:Джейхун | Xəyal:Хаял |
      Nicat:Ниджат | Ruslan:Руслан | Murad:Мурад | Samir:Самир | Fuad:Фуад | Vüsal:Вюсал | Elşən:Эльшан | Rauf:Рауф |
      Cəlil:Джалил | Kənan:Кянан | Yusif:Юсиф | Vaqif:Вагиф | Ağa:Ага | Azər:Азер | Natiq:Натик | Elxan:Эльхан |
      Teymur:Теймур | Qabil:Габил | Mahir:Махир | Bəhruz:Бехруз | Zamin:Замин | Rəhim:Рагим | İsmayıl:Исмаил |
      Nurlan:Нурлан | Arif:Ариф | Eldar:Эльдар | Ələkbər:Алекпер | Sənan:Санан | Tərlan:Тарлан | Ayxan:Айхан | Əziz:Азиз`),
  },
  {
    origin: 'ru',
    share: 0.05,
    citizenships: ['RU', 'AZ', 'UA', 'BY'],
    patronymic: 'russian',
    surnames: list(`Ivanov:Иванов | Smirnov:Смирнов | Kuznetsov:Кузнецов | Popov:Попов | Vasilyev:Васильев |
      Petrov:Петров | Sokolov:Соколов | Mikhaylov:Михайлов | Novikov:Новиков | Fedorov:Фёдоров | Morozov:Морозов |
      Volkov:Волков | Lebedev:Лебедев | Kozlov:Козлов | Pavlov:Павлов | Zaytsev:Зайцев | Orlov:Орлов | Nikitin:Никитин |
      Ilyin:Ильин | Kovalenko:Коваленко | Shevchenko:Шевченко | Bondarenko:Бондаренко | Tkachuk:Ткачук`),
    male: list(`Aleksandr:Александр | Sergey:Сергей | Dmitriy:Дмитрий | Andrey:Андрей | Aleksey:Алексей | Ivan:Иван |
      Mikhail:Михаил | Nikolay:Николай | Vladimir:Владимир | Yevgeniy:Евгений | Pavel:Павел | Oleg:Олег`),
    female: list(`Yelena:Елена | Natalya:Наталья | Olga:Ольга | Tatyana:Татьяна | Irina:Ирина | Svetlana:Светлана |
      Anna:Анна | Mariya:Мария | Yuliya:Юлия | Oksana:Оксана | Lyudmila:Людмила | Anastasiya:Анастасия | Yekaterina:Екатерина`),
  },
  {
    origin: 'central_asia',
    share: 0.08,
    citizenships: ['UZ', 'TJ', 'KG', 'KZ', 'TM'],
    patronymic: 'russian',
    surnames: list(`Karimov:Каримов | Rakhimov:Рахимов | Yusupov:Юсупов | Tursunov:Турсунов | Nazarov:Назаров |
      Rahmonov:Рахмонов | Sharipov:Шарипов | Mirzoyev:Мирзоев | Abdullaev:Абдуллаев | Usmonov:Усмонов | Asanov:Асанов |
      Toktogulov:Токтогулов | Bakirov:Бакиров | Ergashev:Эргашев | Kurbonov:Курбонов | Saidov:Саидов`),
    male: list(`Rustam:Рустам | Jamshid:Джамшид | Bekzod:Бекзод | Sherzod:Шерзод | Farrukh:Фаррух | Dilshod:Дильшод |
      Azamat:Азамат | Bakyt:Бакыт | Nurlan:Нурлан | Firdavs:Фирдавс | Umed:Умед | Otabek:Отабек | Timur:Тимур | Ulugbek:Улугбек`),
    female: list(`Dilnoza:Дилноза | Gulnora:Гульнора | Nilufar:Нилуфар | Madina:Мадина | Zarina:Зарина | Aigul:Айгуль |
      Gulnara:Гульнара | Shahnoza:Шахноза | Mohira:Мохира | Aizhan:Айжан | Nodira:Нодира | Malika:Малика`),
  },
  {
    origin: 'ge',
    share: 0.03,
    citizenships: ['GE'],
    patronymic: 'none',
    surnames: list(`Beridze:Беридзе | Kapanadze:Капанадзе | Gelashvili:Гелашвили | Maisuradze:Майсурадзе | Lomidze:Ломидзе |
      Tsiklauri:Циклаури | Giorgadze:Гиоргадзе | Bolkvadze:Болквадзе | Nozadze:Нозадзе | Abashidze:Абашидзе |
      Javakhishvili:Джавахишвили | Kvaratskhelia:Кварацхелия`),
    male: list(`Giorgi:Гиорги | Davit:Давит | Levan:Леван | Irakli:Ираклий | Zurab:Зураб | Nikoloz:Николоз | Lasha:Лаша | Tornike:Торнике`),
    female: list(`Nino:Нино | Tamar:Тамар | Mariam:Мариам | Ketevan:Кетеван | Natia:Натия | Salome:Саломе | Eka:Эка | Tamta:Тамта`),
  },
  {
    origin: 'ir',
    share: 0.04,
    citizenships: ['IR'],
    patronymic: 'none',
    surnames: list(`Mohammadi:Мохаммади | Hosseini:Хосейни | Rezaei:Резаи | Ahmadi:Ахмади | Moradi:Моради | Karimi:Карими |
      Jafari:Джафари | Rahimi:Рахими | Hashemi:Хашеми | Ghorbani:Горбани | Sadeghi:Садеги | Najafi:Наджафи`),
    male: list(`Mohammad:Мохаммад | Ali:Али | Reza:Реза | Hossein:Хосейн | Mehdi:Мехди | Amir:Амир | Hamid:Хамид | Saeed:Саид`),
    female: list(`Fatemeh:Фатеме | Zahra:Захра | Maryam:Марьям | Sara:Сара | Leila:Лейла | Narges:Наргес | Parisa:Париса | Shirin:Ширин`),
  },
  {
    origin: 'tr',
    share: 0.03,
    citizenships: ['TR'],
    patronymic: 'none',
    surnames: list(`Yılmaz:Йылмаз | Kaya:Кая | Demir:Демир | Şahin:Шахин | Çelik:Челик | Yıldız:Йылдыз | Yıldırım:Йылдырым |
      Öztürk:Озтюрк | Aydın:Айдын | Arslan:Арслан | Doğan:Доган | Kılıç:Кылыч | Koç:Коч | Kurt:Курт`),
    male: list(`Mehmet:Мехмет | Mustafa:Мустафа | Ahmet:Ахмет | Emre:Эмре | Burak:Бурак | Murat:Мурат | Hasan:Хасан | Yusuf:Юсуф`),
    female: list(`Ayşe:Айше | Fatma:Фатма | Emine:Эмине | Elif:Элиф | Zeynep:Зейнеп | Merve:Мерве | Özlem:Озлем | Hatice:Хатидже`),
  },
  {
    origin: 'south_asia',
    share: 0.04,
    citizenships: ['NP', 'IN', 'BD', 'PK'],
    patronymic: 'none',
    surnames: list(`Gurung:Гурунг | Tamang:Таманг | Thapa:Тхапа | Shrestha:Шрестха | Rai:Раи | Magar:Магар |
      Bhattarai:Бхаттараи | Adhikari:Адхикари | Sharma:Шарма | Singh:Сингх | Kumar:Кумар | Patel:Патель |
      Gupta:Гупта | Reddy:Редди | Nair:Наир | Das:Дас | Rahman:Рахман | Hossain:Хоссейн`),
    male: list(`Ram:Рам | Bikash:Бикаш | Suman:Суман | Prakash:Пракаш | Dipak:Дипак | Rahul:Рахул | Amit:Амит |
      Rajesh:Раджеш | Suresh:Суреш | Vijay:Виджай | Arjun:Арджун | Imran:Имран`),
    female: list(`Sita:Сита | Gita:Гита | Sunita:Сунита | Anita:Анита | Sabina:Сабина | Puja:Пуджа | Priya:Прия |
      Anjali:Анджали | Neha:Неха | Kavita:Кавита | Lakshmi:Лакшми | Fatema:Фатема`),
  },
  {
    origin: 'ph',
    share: 0.02,
    citizenships: ['PH'],
    patronymic: 'none',
    surnames: list(`Santos:Сантос | Reyes:Рейес | Cruz:Крус | Bautista:Баутиста | Garcia:Гарсия | Mendoza:Мендоса |
      Ramos:Рамос | Aquino:Акино | Villanueva:Вильянуэва | Castillo:Кастильо`),
    male: list(`Jose:Хосе | Juan:Хуан | Mark:Марк | John:Джон | Ramon:Рамон | Carlo:Карло | Rodel:Родел`),
    female: list(`Maria:Мария | Ana:Ана | Jennifer:Дженнифер | Grace:Грейс | Rosalie:Розали | Maricel:Марисель | Jocelyn:Джоселин`),
  },
  {
    origin: 'other',
    share: 0.01,
    citizenships: ['NG', 'MD', 'CM', 'LK'],
    patronymic: 'none',
    surnames: list(`Okafor:Окафор | Adeyemi:Адейеми | Mensah:Менса | Ciobanu:Чобану | Rusu:Русу | Perera:Перера |
      Fernando:Фернандо | Nkemelu:Нкемелу`),
    male: list(`Chinedu:Чинеду | Emeka:Эмека | Kwame:Кваме | Ion:Ион | Vasile:Василе | Nuwan:Нуван`),
    female: list(`Blessing:Блессинг | Chioma:Чиома | Ama:Ама | Elena:Елена | Nadia:Надия | Dilani:Дилани`),
  },
];
