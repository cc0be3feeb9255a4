<#--
  Briefing texts, English. See templates/README.md.
  Each line is   key = text   ; an indented line continues the text above it.
  Values arrive already formatted (e.g. ${turnover.value} = "49.7 bn USD"); a missing one prints "n/a".
-->
<#-- ===== document properties (File > Properties in a PDF viewer) ===== -->
meta.title = ${reporter.name} – ${partner.name}: trade and partnership briefing, ${period.label}
meta.subject = Trade in goods between ${reporter.name} and ${partner.name}, ${period.label} compared with ${comparison.label}, with the partnership news of the period
meta.keywords = ${reporter.name}, ${partner.name}, ${pairKey}, trade in goods, exports, imports, turnover, trade balance, ${period.label}, briefing
meta.creator = partnership-reports nightly job

<#-- ===== every page ===== -->
header.left = ${reporter.name} – ${partner.name} · ${period.label}
header.right = Briefing · ${issuingUnit}
footer.sources = Sources: ${sources}
footer.dates = Data retrieved ${retrievedDate} · Run date ${runDate}
<#-- {0} = this page, {1} = number of pages -->
footer.page = Page {0} of {1}

<#-- ===== page 1 ===== -->
title.kicker = TRADE AND PARTNERSHIP BRIEFING
title = ${reporter.name} – ${partner.name}
subtitle = Trade in goods, ${period.label} compared with ${comparison.label}
issued = Issued by ${issuingUnit} on ${runDate}. Figures as reported by ${reporter.name}, in US dollars.

section.keyFigures = Key figures, ${period.label}
kf.turnover = TURNOVER
kf.exports = EXPORTS TO ${partner.code}
kf.imports = IMPORTS FROM ${partner.code}
kf.balance = TRADE BALANCE
kf.yoy = <#if period.type == "YEAR">on ${comparison.label}<#else>year on year</#if>
<#-- {0} = the comparison value -->
kf.previous = ${comparison.label}: {0}
kf.coverage = Coverage ratio (exports / imports): ${coverageRatio}
kf.partnerShare = Share of ${partner.name} in ${reporter.name}'s trade: ${partnerShare}
kf.unit = Turnover = exports + imports; balance = exports − imports. Changes are year on year, against the same period one year earlier.

section.highlights = Highlights
highlight.1 = <#if turnover.hasValue>Turnover reached ${turnover.value} in ${period.label}<#if turnover.hasYoy>,
    <#if turnover.up>up<#elseif turnover.down>down<#else>unchanged</#if><#if !turnover.flat> ${turnover.yoyAbs}</#if> on ${comparison.label}</#if>.<#else>No trade figures for ${period.label} yet.</#if>
highlight.2 = <#if exports.hasValue && imports.hasValue>${reporter.name} exported ${exports.value}<#if exports.hasYoy> (${exports.yoy})</#if>
    and imported ${imports.value}<#if imports.hasYoy> (${imports.yoy})</#if>,
    <#if balance.surplus>a surplus of ${balance.valueAbs}<#elseif balance.deficit>a deficit of ${balance.valueAbs}<#else>a balanced trade</#if>.</#if>
highlight.3 = <#if topExport.hasValue>${topExport.name} (HS ${topExport.code}) made up ${topExport.share} of exports<#if topImport.hasValue>;
    ${topImport.name} (HS ${topImport.code}) led imports with ${topImport.share}</#if>.<#elseif topTopic.hasValue>The press
    wrote most about ${topTopic.name} (${topTopic.stories} stories, ${topTopic.share} of all).</#if>
<#-- the HS section that contributed most to each flow's change, in percentage points of last year's total -->
highlight.4 = <#if topExportSection.hasValue>By HS section, ${topExportSection.name?uncap_first} (${topExportSection.code})
    contributed ${topExportSection.contribution} to the ${topExportSection.growth} change in exports<#if topImportSection.hasValue>;
    ${topImportSection.name?uncap_first} (${topImportSection.code}) ${topImportSection.contribution} to the
    ${topImportSection.growth} change in imports</#if> (${productsPeriod.label} on ${productsComparison.label}).<#elseif topImportSection.hasValue>By
    HS section, ${topImportSection.name?uncap_first} (${topImportSection.code}) contributed ${topImportSection.contribution}
    to the ${topImportSection.growth} change in imports (${productsPeriod.label} on ${productsComparison.label}).</#if>
highlight.press = <#if press.hasAny>Press check: ${press.disagrees} quoted figure<#if press.disagrees != "1">s</#if>
    disagree<#if press.disagrees == "1">s</#if> with the data, ${press.agrees} confirmed (page 2).</#if>

section.trend = Trade in goods<#if trend.hasValue>, ${trend.first}–${trend.last}</#if>
trend.none = No complete annual data for a trend.
chart.exports = Exports
chart.imports = Imports
chart.turnover = Turnover
chart.unit = bn USD
annual.unit = bn USD
annual.exports = Exports
annual.imports = Imports
annual.turnover = Turnover
annual.balance = Balance
annual.turnoverYoy = Turnover, change on previous year
source.trade = Source: ${sources}. Annual data, complete years only; label = turnover of the latest year.

notes.title = Notes
note.composition = ${compositionNote}
note.valuation = Exports FOB, imports CIF, as recorded by ${reporter.name}'s customs; partner group as named, same composition for every year.
note.incomplete = ${period.label} is not complete yet: figures will change.
note.comparisonIncomplete = ${comparison.label} has missing months: no year-on-year changes are shown.
note.na = n/a: not available in the data (missing or incomplete period, or not defined, e.g. no world totals for a share). Never shown as zero.

<#-- ===== page 2 ===== -->
section.products = Top products, ${productsPeriod.label}
products.exports = Exports to ${partner.name}
products.imports = Imports from ${partner.name}
products.none = No product breakdown for ${productsPeriod.label}.
chart.share = Share of the flow, %
source.products = Source: ${sources}. HS sections/chapters; share of the flow's total; YoY on the same period one year earlier.
col.code = HS
col.product = Product
col.value = m USD
col.share = Share
col.yoy = YoY

section.topics = Topics in the press, ${period.label}
topics.none = No articles on the partnership in ${period.label}.
topics.more = {0} more topics in the workbook.
col.topic = Topic
col.stories = Stories
col.articles = Articles
col.shareStories = % of stories

section.events = Key developments
events.after = After ${period.label}, up to ${runDate}
events.inPeriod = In ${period.label}
events.none = No events found in the articles since the start of ${period.label}.
<#-- {0} = number of events not shown -->
events.more = {0} more in the workbook.
events.participants = With {0}
col.date = Date
col.source = Source
col.development = Development
col.type = Type

section.press = Press figures checked against the data
press.disagrees = Quoted figures that disagree with the data
press.agrees = Confirmed by the data:
<#-- {0} = a number of rows -->
press.notComparable = {0} further quoted figure(s) could not be compared (other scope, period or unit).
press.more = {0} more in the workbook
press.none = No figures quoted in the press could be checked.
col.article = Article
col.metric = Figure
col.quoted = Quoted
col.computed = Data
col.diff = Diff.
col.note = Note

<#-- ===== labels for codes: key = prefix.CODE (product., hsSection., topic., eventType., metric.) ===== -->
eventType.MEETING = Meeting
eventType.VISIT = Visit
eventType.AGREEMENT = Agreement
eventType.STATEMENT = Statement
eventType.SUMMIT = Summit
eventType.INVESTMENT = Investment
metric.TURNOVER = Turnover
metric.EXPORTS = Exports
metric.IMPORTS = Imports
metric.BALANCE = Balance
metric.FDI = FDI
<#-- HS sections, short names for the contributions table (full names in the workbook) -->
hsSection.I = Animal products
hsSection.II = Vegetable products
hsSection.III = Fats and oils
hsSection.IV = Foodstuffs, beverages, tobacco
hsSection.V = Mineral products
hsSection.VI = Chemical products
hsSection.VII = Plastics and rubber
hsSection.VIII = Hides, leather, furskins
hsSection.IX = Wood and cork
hsSection.X = Pulp and paper
hsSection.XI = Textiles
hsSection.XII = Footwear, headgear
hsSection.XIII = Stone, ceramics, glass
hsSection.XIV = Precious stones and metals
hsSection.XV = Base metals
hsSection.XVI = Machinery and electrical equipment
hsSection.XVII = Transport equipment
hsSection.XVIII = Instruments, clocks
hsSection.XIX = Arms and ammunition
hsSection.XX = Miscellaneous manufactures
hsSection.XXI = Works of art, antiques
hsSection.OTHER = Other / not classified
hsSection.UNALLOCATED = Not broken down by chapter
