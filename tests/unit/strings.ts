// Every string in a nested copy object, with its path (".steps.capture.heading").
export const strings = (o: unknown, path = ''): [string, string][] =>
  typeof o === 'string'
    ? [[path, o]]
    : Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => strings(v, `${path}.${k}`));
