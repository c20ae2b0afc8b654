import { useNotificationProvider as useAntdNotificationProvider } from '@refinedev/antd';
import type { NotificationProvider } from '@refinedev/core';

/** Refine's key for the notification `useLogin` opens on a failed login. */
const loginErrorKey = 'login-error';

/** antd notifications, except a failed login: the login page shows that inline, next to the form (role=alert). */
export function useNotificationProvider(): NotificationProvider {
  const notifications = useAntdNotificationProvider();
  return {
    ...notifications,
    open: (params) => {
      if (params.key !== loginErrorKey) notifications.open(params);
    },
  };
}
