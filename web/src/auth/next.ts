/** Only same-site paths are followed after login (no open redirect). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}

export function loginPath(returnTo?: string): string {
  const next = safeNext(returnTo);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
