<#--
  Тексты справки, русский язык. См. templates/README.md.
  Каждая строка:   ключ = текст   ; строка с отступом продолжает текст предыдущей.
  Значения приходят уже отформатированными (${turnover.value} = «49,7 млрд долл. США»); пропуск печатается как «н/д».
-->
<#-- Названия сторон по-русски: код из данных → название. Нет кода в списке — берётся название из данных. -->
<#assign names = {
  "KAZ": "Казахстан",
  "EU27": "Европейский союз (ЕС-27)",
  "EU": "Европейский союз",
  "CHN": "Китай",
  "RUS": "Россия",
  "TUR": "Турция",
  "USA": "США"
}>
<#assign reporterName = names[reporter.code]!reporter.name>
<#assign partnerName = names[partner.code]!partner.name>
<#assign partnerShort = {"EU27": "ЕС-27", "EU": "ЕС"}[partner.code]!partner.code>
<#-- «2024 г. по сравнению с 2023 г.» читается для года, полугодия и квартала; для месяцев – в скобках, чтобы не склонять -->
<#if ["YEAR", "HALF", "QUARTER"]?seq_contains(period.type)>
  <#assign versus = "${period.label} по сравнению с ${comparison.label}">
<#else>
  <#assign versus = "${period.label} (период сравнения – ${comparison.label})">
</#if>
<#-- ===== свойства документа ===== -->
meta.title = ${reporterName} – ${partnerName}: справка о торговле и партнёрстве, ${period.label}
meta.subject = Торговля товарами: ${reporterName} – ${partnerName}, ${versus}; новости партнёрства за период
meta.keywords = ${reporterName}, ${partnerName}, ${pairKey}, торговля товарами, экспорт, импорт, товарооборот, торговый баланс, ${period.label}, справка
meta.creator = partnership-reports (ночное задание)

<#-- ===== на каждой странице ===== -->
header.left = ${reporterName} – ${partnerName} · ${period.label}
header.right = Справка · ${issuingUnit}
footer.sources = Источники: ${sources}
footer.dates = Данные получены ${retrievedDate} · Дата формирования ${runDate}
<#-- {0} = номер страницы, {1} = число страниц -->
footer.page = Стр. {0} из {1}

<#-- ===== страница 1 ===== -->
title.kicker = СПРАВКА О ТОРГОВЛЕ И ПАРТНЁРСТВЕ
title = ${reporterName} – ${partnerName}
subtitle = Торговля товарами, ${versus}
issued = Подготовлено: ${issuingUnit}, ${runDate}. Данные отчитывающейся стороны (${reporterName}), в долларах США.

section.keyFigures = Основные показатели, ${period.label}
kf.turnover = ТОВАРООБОРОТ
kf.exports = ЭКСПОРТ В ${partnerShort}
kf.imports = ИМПОРТ ИЗ ${partnerShort}
kf.balance = ТОРГОВЫЙ БАЛАНС
kf.yoy = <#if period.type == "YEAR">к ${comparison.label}<#else>г/г</#if>
<#-- {0} = значение периода сравнения -->
kf.previous = ${comparison.label}: {0}
kf.coverage = Коэффициент покрытия (экспорт / импорт): ${coverageRatio}
kf.partnerShare = Доля партнёра во внешней торговле: ${partnerShare}
kf.unit = Товарооборот = экспорт + импорт; баланс = экспорт − импорт. Изменения – к соответствующему периоду предыдущего года.

section.highlights = Главное
highlight.1 = <#if turnover.hasValue>Товарооборот за ${period.label} составил ${turnover.value}<#if turnover.hasYoy><#if turnover.flat>,
    как и за ${comparison.label}<#else>, что на ${turnover.yoyAbs} <#if turnover.up>больше<#else>меньше</#if>, чем за ${comparison.label}</#if></#if>.<#else>Данных о торговле за ${period.label} пока нет.</#if>
highlight.2 = <#if exports.hasValue && imports.hasValue>Экспорт составил ${exports.value}<#if exports.hasYoy> (${exports.yoy})</#if>,
    импорт – ${imports.value}<#if imports.hasYoy> (${imports.yoy})</#if>;
    <#if balance.surplus>положительное сальдо – ${balance.valueAbs}<#elseif balance.deficit>отрицательное сальдо – ${balance.valueAbs}<#else>торговля сбалансирована</#if>.</#if>
highlight.3 = <#if topExport.hasValue>На товары группы ${topExport.code} («${topExport.name}») пришлось ${topExport.share} экспорта<#if topImport.hasValue>;
    в импорте первое место у группы ${topImport.code} («${topImport.name}», ${topImport.share})</#if>.<#elseif topTopic.hasValue>Чаще
    всего пресса писала о теме «${topTopic.name}» (${topTopic.stories} сюжетов, ${topTopic.share}).</#if>
<#-- раздел ТН ВЭД с наибольшим вкладом в изменение каждого потока, в п.п. итога прошлого года -->
highlight.4 = <#if topExportSection.hasValue>Наибольший вклад в изменение экспорта за ${productsPeriod.label} (${topExportSection.growth})
    внёс раздел ${topExportSection.code} ТН ВЭД («${topExportSection.name}», ${topExportSection.contribution})<#if topImportSection.hasValue>;
    в изменение импорта (${topImportSection.growth}) – раздел ${topImportSection.code} («${topImportSection.name}»,
    ${topImportSection.contribution})</#if>.<#elseif topImportSection.hasValue>Наибольший вклад в изменение импорта за
    ${productsPeriod.label} (${topImportSection.growth}) внёс раздел ${topImportSection.code} ТН ВЭД («${topImportSection.name}»,
    ${topImportSection.contribution}).</#if>
highlight.press = <#if press.hasAny>Проверка прессы: расхождений с данными – ${press.disagrees}, подтверждено – ${press.agrees} (стр. 2).</#if>

section.trend = Торговля товарами<#if trend.hasValue>, ${trend.first}–${trend.last} гг.</#if>
trend.none = Нет полных годовых данных для динамики.
chart.exports = Экспорт
chart.imports = Импорт
chart.turnover = Товарооборот
chart.unit = млрд долл. США
annual.unit = млрд долл. США
annual.exports = Экспорт
annual.imports = Импорт
annual.turnover = Товарооборот
annual.balance = Сальдо
annual.turnoverYoy = Товарооборот, изменение к предыдущему году
source.trade = Источник: ${sources}. Годовые данные, только полные годы; подпись – товарооборот последнего года.

notes.title = Примечания
note.composition = ${compositionNote}
note.valuation = Экспорт – в ценах ФОБ, импорт – СИФ, по данным таможенной статистики; состав группы партнёров одинаков для всех лет.
note.incomplete = Период ${period.label} ещё не завершён: данные изменятся.
note.comparisonIncomplete = За ${comparison.label} данные неполные: изменения к предыдущему году не показаны.
note.na = н/д – нет данных (период отсутствует или неполон, либо показатель не определён, например, нет мировых итогов для доли). Нулём не показывается.

<#-- ===== страница 2 ===== -->
section.products = Основные товары, ${productsPeriod.label}
products.exports = Экспорт в ${partnerShort}
products.imports = Импорт из ${partnerShort}
products.none = Нет данных по товарам за ${productsPeriod.label}.
chart.share = Доля в потоке, %
source.products = Источник: ${sources}. Разделы/группы ТН ВЭД; доля в итоге потока; изменение – к тому же периоду прошлого года.
col.code = Код
col.product = Товар
col.value = млн долл.
col.share = Доля
col.yoy = Изм.

section.topics = Темы в прессе, ${period.label}
topics.none = Статей о партнёрстве за ${period.label} нет.
topics.more = Ещё тем: {0} – в рабочей книге.
col.topic = Тема
col.stories = Сюжеты
col.articles = Статьи
col.shareStories = % сюжетов

section.events = Ключевые события
events.after = После периода ${period.label}, по ${runDate}
events.inPeriod = ${period.label}
events.none = В статьях не найдено событий с начала периода ${period.label}.
events.more = Ещё {0} – в рабочей книге.
events.participants = Участники: {0}
col.date = Дата
col.source = Источник
col.development = Событие
col.type = Тип

section.press = Цифры из прессы в сравнении с данными
press.disagrees = Цифры, расходящиеся с данными
press.agrees = Подтверждены данными:
press.notComparable = Ещё {0} цифр(ы) сравнить нельзя (иной охват, период или единица).
press.more = ещё {0} – в рабочей книге
press.none = Цифр из прессы для проверки нет.
col.article = Статья
col.metric = Показатель
col.quoted = В прессе
col.computed = Данные
col.diff = Разн.
col.note = Примечание

<#-- ===== подписи кодов: ключ = префикс.КОД (product., hsSection., topic., eventType., metric.) ===== -->
eventType.MEETING = Встреча
eventType.VISIT = Визит
eventType.AGREEMENT = Соглашение
eventType.STATEMENT = Заявление
eventType.SUMMIT = Саммит
eventType.INVESTMENT = Инвестиции
metric.TURNOVER = Товарооборот
metric.EXPORTS = Экспорт
metric.IMPORTS = Импорт
metric.BALANCE = Сальдо
metric.FDI = ПИИ
<#-- товарные группы ТН ВЭД (двузначные коды); коды, которых здесь нет, печатаются с названием из данных -->
product.10 = Злаки
product.22 = Напитки алкогольные и безалкогольные
product.26 = Руды, шлак и зола
product.27 = Топливо минеральное, нефть и продукты их перегонки
product.28 = Продукты неорганической химии
product.30 = Фармацевтическая продукция
product.33 = Эфирные масла, парфюмерные и косметические средства
product.38 = Прочие химические продукты
product.39 = Пластмассы и изделия из них
product.71 = Драгоценные металлы и камни
product.72 = Черные металлы
product.73 = Изделия из черных металлов
product.74 = Медь и изделия из нее
product.76 = Алюминий и изделия из него
product.79 = Цинк и изделия из него
product.84 = Машины и механическое оборудование
product.85 = Электрические машины и оборудование
product.87 = Средства наземного транспорта, кроме железнодорожного
product.90 = Оптические, измерительные и медицинские приборы
product.99 = Прочие товары
<#-- разделы ТН ВЭД (римские цифры), краткие названия для таблицы вкладов -->
hsSection.I = Продукты животного происхождения
hsSection.II = Продукты растительного происхождения
hsSection.III = Жиры и масла
hsSection.IV = Пищевые продукты, напитки, табак
hsSection.V = Минеральные продукты
hsSection.VI = Продукция химической промышленности
hsSection.VII = Пластмассы и каучук
hsSection.VIII = Кожевенное сырьё, кожа, мех
hsSection.IX = Древесина и пробка
hsSection.X = Бумага и картон
hsSection.XI = Текстиль
hsSection.XII = Обувь, головные уборы
hsSection.XIII = Камень, керамика, стекло
hsSection.XIV = Драгоценные камни и металлы
hsSection.XV = Недрагоценные металлы
hsSection.XVI = Машины и оборудование
hsSection.XVII = Транспортные средства
hsSection.XVIII = Приборы, часы
hsSection.XIX = Оружие и боеприпасы
hsSection.XX = Разные промышленные товары
hsSection.XXI = Произведения искусства, антиквариат
hsSection.OTHER = Прочие / не классифицированные
hsSection.UNALLOCATED = Без разбивки по группам
<#-- темы: topic.КОД = название, например:  topic.ENERGY = Энергетика -->
