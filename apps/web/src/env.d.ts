interface ImportMetaEnv {
  /** "false" hides the demo users' hint on the login page; shown otherwise (this is a demo build). */
  readonly VITE_SHOW_DEMO_LOGINS?: string;
}
