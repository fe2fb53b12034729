// The link to one record that "Share" sends: this page's address with an
// anchor, #camino=<organisation>/<office>. An anchor, not a query parameter,
// because a browser never sends it to the server: the site's logs do not learn
// which shelter a link was for. Opening the link opens the record.

/** Query parameters that tell who sent a visitor or which ad they clicked: never passed on. */
const TRACKING = /^(utm_|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_[ce]id|igshid|yclid|_ga$|_gl$)/i;

/** A host's hash router owns the anchor ("#/services", "#!/a"): a link must keep it, or it would open another page. */
const ROUTE = /^#[/!]/;

export interface RecordRef {
  org: string;
  location?: string;
}

/**
 * This page's address pointing at a record, without tracking parameters. On a
 * page whose anchor is a route of its own router, the page's own address
 * (without the record): the router's page matters more than the record.
 */
export function recordLink({ org, location: office }: RecordRef): string {
  const url = new URL(location.href);
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  if (!ROUTE.test(url.hash)) url.hash = `camino=${[org, office].filter(Boolean).map((id) => encodeURIComponent(id!)).join('/')}`;
  return url.href;
}

/** The record the page's anchor names (#camino=org or #camino=org/office), if any. */
export function linkedRecord(): RecordRef | undefined {
  const match = /^#camino=([^/]+)(?:\/(.+))?$/.exec(location.hash);
  try {
    return match ? { org: decodeURIComponent(match[1]), location: match[2] && decodeURIComponent(match[2]) } : undefined;
  } catch {
    return undefined; // a malformed %-escape: not a link Camino made
  }
}
