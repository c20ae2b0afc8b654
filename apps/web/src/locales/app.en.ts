import type { appDa } from './app.da';

/** The app shell's English texts; typed against the Danish keys so neither language can miss one. */
export const appEn: Record<keyof typeof appDa, string> = {
  'app.name': 'Skranke',
  'app.navigation': 'Main menu',
  'app.notifications': 'Messages',
  'app.loading': 'Loading …',

  'header.language': 'Language',
  'header.logout': 'Log out',
  'roles.caseworker': 'Caseworker',
  'roles.supervisor': 'Supervisor',
  'roles.admin': 'Administrator',
  'staff.colleague': '{{name}} ({{role}})',

  'login.title': 'Log in to Skranke',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.demoHint': 'Demo: caseworker / supervisor / admin, password skranke-demo',

  'home.title': 'Welcome',
  'home.adminLater': 'The tools for managing users and rules are coming later.',
  'forbidden.title': 'No access',
  'notFound.title': 'Page not found',
  'notFound.text': 'Check the address, or go to the front page.',
  'notFound.home': 'To the front page',
  'common.notGiven': 'Not given',
  'common.actions': 'Actions',
  'actions.show': 'View',
  'actions.edit': 'Edit',
  'actions.showNamed': 'View {{name}}',
  'actions.editNamed': 'Edit {{name}}',
  'actions.backToList': 'To the list',

  'date.placeholder': 'DD/MM/YYYY',
  'audit.filters.fromDate': 'From date',
  'audit.filters.toDate': 'To date',
  'audit.visit.create': 'Visit started',
  'audit.visit.read': 'Visit viewed',
  'audit.visit.complete': 'Identity verified',
  'audit.visit.refuse': 'Visit refused',
  'audit.visit.abort': 'Visit aborted',

  'citizenSelect.placeholder': 'Search by name or CPR number',
  'citizenSelect.hint': 'Type at least 2 characters and pick the citizen from the list.',
  'citizenSelect.searching': 'Searching …',
  'citizenSelect.none': 'No citizens found.',
  'citizenSelect.option': '{{name}}, {{cpr}}',

  'error.network': 'Could not reach the server. Check the network and try again.',

  'buttons.save': 'Save',
  'warnWhenUnsavedChanges': 'Leave the page? Your changes have not been saved.',
  'notifications.success': 'Done',
  'notifications.error': 'Error (status code {{statusCode}})',
  'notifications.createSuccess': '{{resource}} has been created.',
  'notifications.createError': '{{resource}} was not created.',
  'notifications.editSuccess': 'The changes have been saved.',
  'notifications.editError': 'The changes were not saved.',
};
