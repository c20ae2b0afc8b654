/**
 * Raw HTTP calls to the tRPC endpoint, as any client (or attacker) could make them, without the web app's
 * client. Queries go by POST like the web app sends them (methodOverride), so inputs stay out of URLs.
 */
type TrpcError = {
  message: string;
  data: { code: string; httpStatus: number; fieldErrors: Record<string, string>; ruleCodes: string[] };
};
export type TrpcResponse = {
  status: number;
  body: string;
  /** The result's data as sent on the wire (superjson's `json` part: dates are strings), read by assertions. */
  data: any;
  error: TrpcError | undefined;
  setCookie: string | null;
};

export async function trpc(
  baseUrl: string,
  procedure: string,
  input: unknown,
  options: { cookie?: string; locale?: 'da' | 'en' } = {},
): Promise<TrpcResponse> {
  const response = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.locale ? { 'x-skranke-locale': options.locale } : {}),
    },
    body: JSON.stringify({ json: input }),
  });
  const body = await response.text();
  const parsed = JSON.parse(body) as { result?: { data: { json: unknown } }; error?: { json: TrpcError } };
  return {
    status: response.status,
    body,
    data: parsed.result?.data.json,
    error: parsed.error?.json,
    setCookie: response.headers.get('set-cookie'),
  };
}

/** Logs in and returns the `name=value` pair to send as the Cookie header. */
export async function login(baseUrl: string, username: string, password = 'skranke-demo'): Promise<string> {
  const response = await trpc(baseUrl, 'auth.login', { username, password });
  if (!response.setCookie) throw new Error(`login failed: ${response.body}`);
  return response.setCookie.split(';')[0]!;
}
