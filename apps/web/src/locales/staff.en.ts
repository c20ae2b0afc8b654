import type { staffDa } from './staff.da';

/** The admins' pages in English. */
export const staffEn: Record<keyof typeof staffDa, string> = {
  'administration.menu': 'Administration',
  'staff.menu': 'Staff',
  'staff.list.title': 'Staff',
  'staff.list.count': '{{count}} staff members',
  'staff.create.title': 'New staff member',
  'staff.edit.title': 'Edit staff member',
  'staff.show.failed': 'The staff member cannot be shown',
  'staff.show.history': 'History',
  'staff.backToMember': 'Back to the staff member',

  'staff.fields.username': 'Username',
  'staff.fields.displayName': 'Name',
  'staff.fields.role': 'Role',
  'staff.fields.email': 'E-mail',
  'staff.fields.state': 'State',
  'staff.fields.password': 'Password',
  'staff.fields.createdAt': 'Created',
  'staff.state.active': 'Active',
  'staff.state.inactive': 'Deactivated',
  'staff.password.chosen': 'Chosen by the staff member',
  'staff.password.oneTimeUntil': 'One-time password, valid until {{time}}',

  'staff.filters.label': 'Search and filter staff',
  'staff.filters.q': 'Name, username or e-mail',
  'staff.filters.all': 'All',
  'staff.filters.reset': 'Reset filters',

  'staff.form.usernameHelp': 'The name the staff member logs in with, e.g. initials or an e-mail address. It cannot be changed later.',
  'staff.form.usernameFixed': 'The username cannot be changed.',
  'staff.form.roleHelp': 'Caseworkers serve citizens; supervisors decide cases and read the log; administrators manage accounts and settings.',
  'staff.form.save': 'Save',

  'staff.oneTimePassword.title': 'One-time password',
  'staff.oneTimePassword.shownOnce': 'The password is shown only this once. Print it, or give it to the staff member now.',
  'staff.oneTimePassword.slip': 'Slip with the one-time password',
  'staff.oneTimePassword.heading': 'Your access to Skranke',
  'staff.oneTimePassword.label': 'One-time password',
  'staff.oneTimePassword.expires': 'Valid until',
  'staff.oneTimePassword.instructions':
    'Log in at {{address}} with your username and the one-time password. You will be asked to choose your own password straight away.',
  'staff.oneTimePassword.print': 'Print',
  'staff.oneTimePassword.done': 'Done',

  'staff.actions.cancel': 'Cancel',
  'staff.reset.action': 'New one-time password',
  'staff.reset.confirm': 'Make a new one-time password for {{name}}?',
  'staff.reset.explain': 'The current password stops working, and the staff member is logged out everywhere.',
  'staff.deactivate.action': 'Deactivate',
  'staff.deactivate.confirm': 'Deactivate {{name}}?',
  'staff.deactivate.explain': 'The staff member is logged out at once and cannot log in again until the account is reactivated.',
  'staff.deactivate.done': '{{name}} is deactivated and logged out',
  'staff.reactivate.action': 'Reactivate',

  'staff.history.changed': '{{field}}: {{before}} → {{after}}',
  'staff.history.set': '{{field}}: {{value}}',
};
