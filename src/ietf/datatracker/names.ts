// One file name per request, by the rule of ../shared/datatracker/README.md: the path without its
// leading and trailing "/", "/" turned into "_", then "__<raw query>" if there is one, then ".json"
// unless the path ends in it. The disk cache and the tests' fixture server both use it.

export function responseFileName(pathAndQuery: string): string {
  const [path, query] = splitQuery(pathAndQuery);
  const base = path.replace(/^\/+|\/+$/g, '').replace(/\//g, '_');
  const file = base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
  return `${file}${query ? `__${query}` : ''}.json`;
}

function splitQuery(pathAndQuery: string): [string, string] {
  const at = pathAndQuery.indexOf('?');
  return at < 0 ? [pathAndQuery, ''] : [pathAndQuery.slice(0, at), pathAndQuery.slice(at + 1)];
}
