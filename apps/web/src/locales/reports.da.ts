/**
 * The dashboard, the reports page, the audit-log viewer and the export button in Danish (English: `reports.en.ts`).
 * Column names, services, methods and outcomes are the domain's terms, as in the CSV files; refusal reasons are the
 * domain's rule messages.
 */
export const reportsDa = {
  'export.csv': 'Eksportér CSV',
  'export.csvNamed': 'Eksportér CSV: {{name}}',
  'export.failed': 'Eksporten mislykkedes',

  'dashboard.menu': 'Overblik',
  'dashboard.title': 'Overblik',
  'dashboard.caseworker': 'Sagsbehandler',
  'dashboard.everyone': 'Alle sagsbehandlere',
  'dashboard.own': 'Dine tal',
  'dashboard.today': 'I dag',
  'dashboard.week': 'Denne uge',
  'dashboard.periodLabel': '{{period}} ({{range}})',
  'dashboard.failed': 'Tallene kan ikke vises',

  'reports.menu': 'Rapporter',
  'reports.title': 'Rapporter',
  'reports.filters.label': 'Vælg periode og sagsbehandler',
  'reports.filters.range': 'Periode',
  'reports.filters.from': 'Fra dato',
  'reports.filters.to': 'Til dato',
  'reports.preset.today': 'I dag',
  'reports.preset.thisWeek': 'Denne uge',
  'reports.preset.thisMonth': 'Denne måned',
  'reports.preset.lastMonth': 'Sidste måned',
  'reports.preset.thisYear': 'I år',
  'reports.byOutcome': 'Betjeninger efter udfald',
  'reports.byMethod': 'Betjeninger efter metode',
  'reports.byService': 'Betjeninger efter ydelse',
  'reports.byCaseworker': 'Betjeninger efter sagsbehandler',
  'reports.perDay': 'Betjeninger pr. dag',
  'reports.refusalReasons': 'Afslagsgrunde',
  'reports.noData': 'Ingen betjeninger i perioden',

  'chart.showTable': 'Vis som tabel',
  'chart.showChart': 'Vis som diagram',
  'chart.loading': 'Indlæser diagram …',

  'audit.menu': 'Revisionslog',
  'audit.title': 'Revisionslog',
  'audit.filters.label': 'Filtrér revisionsloggen',
  'audit.filters.staff': 'Medarbejder',
  'audit.filters.action': 'Handling',
  'audit.filters.entity': 'Type',
  'audit.filters.cpr': 'Borgerens CPR-nummer',
  'audit.filters.cprHint': 'Søgningen logges med nummeret maskeret. Nummeret gemmes ikke i adressen.',
  'audit.filters.search': 'Søg',
  'audit.filters.all': 'Alle',
  'audit.filters.reset': 'Nulstil filtre',
  'audit.system': 'Systemet',
  'audit.list.count_one': '{{count}} hændelse',
  'audit.list.count_other': '{{count}} hændelser',

  'audit.citizenReads.open': 'Hvem har set borgeren?',
  'audit.citizenReads.title': 'Hvem har set {{name}}?',
  'audit.citizenReads.close': 'Luk',
};
