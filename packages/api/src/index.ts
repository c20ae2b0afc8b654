export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
export { createContext, localeFrom, type ApiDeps, type Context, type CookieJar } from './context.js';
export { closeEndedLoginRuns } from './auth/loginThrottle.js';
export { purgeExpiredSessions, resumeSession, sessionCookie } from './auth/sessions.js';
export { openExport, exportErrorResponse, csvOptions, type OpenedExport } from './exports/openExport.js';
export { exportResources, type ExportResource } from './exports/resources.js';
export { abortStaleVisits } from './features/visits/services.js';
