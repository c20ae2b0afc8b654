/**
 * The read access pages' texts in Danish, the default language (English: `texts.en.ts`, loaded when chosen). The names of
 * fields and values come from the domain's terms, shared with the server's letters and CSV files.
 */
export const da = {
  'readAccess.readAccess': 'Læseadgangen',
  'readAccess.section': 'Læseadgange',
  'readAccess.create.title': 'Opret læseadgang',
  'readAccess.none': 'Borgeren har ingen læseadgange.',
  'readAccess.form.visitPlaceholder': 'Vælg betjening',
  'readAccess.form.noVisits': 'Borgeren har ingen godkendte betjeninger i dag.',
  'readAccess.form.visitOption': 'Betjening nr. {{id}} · {{service}}',
  'readAccess.form.giver': 'Giver: {{name}}, {{cpr}}',
  'readAccess.form.needsCitizen': 'Åbn borgeren, og vælg "Opret læseadgang" derfra.',
  'readAccess.activate': 'Aktivér',
  'readAccess.activateNamed': 'Aktivér læseadgang for {{name}}',
  'readAccess.revoke': 'Tilbagekald',
  'readAccess.revokeNamed': 'Tilbagekald læseadgang for {{name}}',
  'readAccess.revokeTitle': 'Tilbagekald læseadgang for {{name}}',
  'readAccess.reason': 'Begrundelse',
  'readAccess.done': 'Læseadgangen har nu status {{status}}.',
  'readAccess.backToCitizen': 'Til borgeren',
};
