export * from './cpr.js';
export * from './isoDate.js';
export * from './policy.js';
export * from './roles.js';
export * from './list.js';
export * from './fields.js';
export * from './citizen.js';
export * from './messages.js';
