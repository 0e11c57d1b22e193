// Where the password may be sent: an https:// URL, or plain http:// only to
// this machine (a local servlet in tests). Anything else would put the login
// on the network in clear text.

/** 127.0.0.0/8, ::1 (also as an IPv4-mapped address), localhost and its subdomains. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  if (host === '::1' || /^(0{0,4}:){7}0{0,3}1$/.test(host)) return true;
  // ::ffff:127.x.y.z, which the URL parser writes as ::ffff:7fxx:yyzz.
  return /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
}

/** Why `url` may not receive the credentials, or undefined when it may. */
export function endpointProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `Unexpected endpoint ${JSON.stringify(url)}, expected an https:// URL`;
  }
  if (parsed.username || parsed.password) return `Unexpected credentials inside the endpoint URL ${parsed.host}, expected them in GALLEY_CROSSREF_LOGIN and GALLEY_CROSSREF_PASSWORD only`;
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return undefined;
  const shown = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  return parsed.protocol === 'http:'
    ? `Unexpected plain http:// endpoint ${shown}, expected https:// (http is allowed only on loopback: 127.0.0.0/8, ::1, localhost)`
    : `Unexpected ${parsed.protocol} endpoint ${shown}, expected an https:// URL`;
}
