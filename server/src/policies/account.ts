import { definePolicy, isAuthenticated } from './policy.js';

/** A user's own session and account: anyone logged in, for themselves only. */
export const accountPolicy = definePolicy('account', {
  readSession: isAuthenticated,
  logout: isAuthenticated,
  changePassword: isAuthenticated,
  setLocale: isAuthenticated,
  manageSecondFactor: isAuthenticated,
  readNotifications: isAuthenticated,
});

/** What a user who must change their password may still do. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['account.readSession', 'account.logout', 'account.changePassword', 'account.setLocale']);
