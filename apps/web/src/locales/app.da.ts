/**
 * The app shell's Danish texts (menu, header, login, common buttons, Refine's own `buttons.*` and `notifications.*`).
 * Keys are flat (i18next's key separator is off) so the domain's keys (`cpr.format`, …) sit beside them.
 */
export const appDa = {
  'app.name': 'Skranke',
  'app.navigation': 'Hovedmenu',
  'app.notifications': 'Beskeder',
  'app.loading': 'Indlæser …',

  'header.language': 'Sprog',
  'header.logout': 'Log ud',
  'roles.caseworker': 'Sagsbehandler',
  'roles.supervisor': 'Teamleder',
  'roles.admin': 'Administrator',
  'staff.colleague': '{{name}} ({{role}})',

  'login.title': 'Log ind på Skranke',
  'login.username': 'Brugernavn',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.demoHint': 'Demo: caseworker / supervisor / admin, adgangskode skranke-demo',

  'changePassword.title': 'Skift adgangskode',
  'changePassword.dueTitle': 'Vælg din egen adgangskode',
  'changePassword.dueText': 'Du er logget ind med en engangsadgangskode. Vælg din egen adgangskode, før du kan fortsætte.',
  'changePassword.current': 'Nuværende adgangskode',
  'changePassword.currentIsOneTime': 'Engangsadgangskoden, du har fået udleveret.',
  'changePassword.new': 'Ny adgangskode',
  'changePassword.newHint': 'Mindst {{minimum}} tegn. Nogle tilfældige ord er lette at huske og svære at gætte.',
  'changePassword.repeat': 'Gentag ny adgangskode',
  'changePassword.repeatMismatch': 'De to nye adgangskoder er ikke ens.',
  'changePassword.submit': 'Gem adgangskode',
  'changePassword.changed': 'Din adgangskode er skiftet.',

  'forbidden.title': 'Ingen adgang',
  'notFound.title': 'Siden findes ikke',
  'notFound.text': 'Tjek adressen, eller gå til forsiden.',
  'notFound.home': 'Til forsiden',
  'common.notGiven': 'Ikke oplyst',
  'common.actions': 'Handlinger',
  'actions.show': 'Vis',
  'actions.edit': 'Ret',
  'actions.showNamed': 'Vis {{name}}',
  'actions.editNamed': 'Ret {{name}}',
  'actions.backToList': 'Til listen',

  'date.placeholder': 'DD.MM.ÅÅÅÅ',
  'audit.filters.fromDate': 'Fra dato',
  'audit.filters.toDate': 'Til dato',
  'audit.visit.create': 'Betjening startet',
  'audit.visit.read': 'Betjening vist',
  'audit.visit.complete': 'Identitet godkendt',
  'audit.visit.refuse': 'Betjening afvist',
  'audit.visit.abort': 'Betjening afbrudt',

  'citizenSelect.placeholder': 'Søg på navn eller CPR-nummer',
  'citizenSelect.hint': 'Skriv mindst 2 tegn, og vælg borgeren på listen.',
  'citizenSelect.searching': 'Søger …',
  'citizenSelect.none': 'Ingen borgere fundet.',
  'citizenSelect.option': '{{name}}, {{cpr}}',

  'error.network': 'Kunne ikke få forbindelse til serveren. Tjek netværket, og prøv igen.',

  // Refine's own keys
  'buttons.save': 'Gem',
  'warnWhenUnsavedChanges': 'Vil du forlade siden? Dine ændringer er ikke gemt.',
  'notifications.success': 'Udført',
  'notifications.error': 'Fejl (statuskode {{statusCode}})',
  'notifications.createSuccess': '{{resource}} er oprettet.',
  'notifications.createError': '{{resource}} blev ikke oprettet.',
  'notifications.editSuccess': 'Ændringerne er gemt.',
  'notifications.editError': 'Ændringerne blev ikke gemt.',
};
