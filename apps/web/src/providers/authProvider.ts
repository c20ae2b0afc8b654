import type { AuthProvider } from '@refinedev/core';
import type { RouterInputs, RouterOutputs } from '@skranke/api';
import { api } from '../api/client';
import { toHttpError } from './httpError';

export type Staff = NonNullable<RouterOutputs['auth']['me']>;
export type LoginParams = RouterInputs['auth']['login'];

/**
 * Who is logged in, asked once and shared: the header, the menu and every access check need it.
 * `check` asks again, since that is where an expired session must be noticed.
 */
let staffRequest: Promise<Staff | null> | null = null;

export function currentStaff(): Promise<Staff | null> {
  staffRequest ??= api.auth.me.query().catch(() => null);
  return staffRequest;
}

/** After anything that changes who is logged in or what they may do (logging in, choosing a password). */
export function forgetStaff() {
  staffRequest = null;
}

export const authProvider: AuthProvider = {
  login: async ({ username, password }: LoginParams) => {
    forgetStaff();
    try {
      await api.auth.login.mutate({ username, password });
      return { success: true, redirectTo: '/' };
    } catch (error) {
      return { success: false, error: toHttpError(error) };
    }
  },

  logout: async () => {
    // Ending the session may fail if it already expired; the user is logged out either way.
    await api.auth.logout.mutate().catch(() => undefined);
    // A full page load, not a client-side redirect: it drops every cached citizen record from memory,
    // so the next person at a shared counter PC finds nothing of the last one's work.
    window.location.assign('/login');
    return { success: true };
  },

  check: async () => {
    forgetStaff();
    const staff = await currentStaff();
    return staff ? { authenticated: true } : { authenticated: false, redirectTo: '/login' };
  },

  getIdentity: currentStaff,

  // An expired session shows up as 401 on any call; logging out takes the user to the login page.
  onError: async (error: { statusCode?: number }) => (error.statusCode === 401 ? { logout: true } : {}),
};
