// Hostile addresses: a value for every parameter the explainer reads, in every place it reads
// one. The parsers are tested with all of them (tests/unit/addresses.test.ts); the browser with
// a sample (tests/browser/security.test.ts).
/** Hostile values for every parameter the explainer reads; `kxm` marks the ones that must never reach the page. */
export const VALUES = [
  '',
  // Huge, but within what servers accept in a request line (8 KB).
  'kxm'.repeat(600),
  '💥ğ中文kxm',
  '<script>kxm()</script>',
  'javascript:kxm(1)',
  '%00kxm',
  '%E0%A4%A',
  '../../etc/kxm',
  '-1',
  '99999999999999999999',
  'NaN',
  '"><img src=x onerror=kxm(1)>',
  '__proto__',
  'constructor',
  ' ',
  '\u202ekxm',
  'null',
  'undefined',
  '1e999',
  'Infinity',
  '0',
  'capture',
  'next',
  'ko',
  'KO',
  'en-US',
  '\\kxm',
  '//evil.example/kxm',
  'data:text/html,kxm',
  '<svg/onload=kxm()>',
  '${kxm}',
  "'kxm'",
  '%2e%2e%2fkxm',
  'glossary',
];
export const KEYS = ['step', 'lang', 'embed', 'present', 'childId'];

export const hostileAddresses = (() => {
  const out: string[] = [];
  for (const key of KEYS) for (const v of VALUES) out.push(`?${key}=${encodeURIComponent(v)}`);
  for (const v of VALUES) out.push(`#${encodeURIComponent(v)}`);
  for (const v of VALUES) out.push(`?present#${encodeURIComponent(v)}`);
  for (const v of VALUES) out.push(`embed.html?childId=${encodeURIComponent(v)}&step=${encodeURIComponent(v)}`);
  // Repeated keys and raw, unencoded junk.
  out.push('?step=capture&step=next&step=%3Cscript%3E', '?lang=ko&lang=uk&lang=xx', '?present&present=1&present=<b>');
  out.push('?step=<script>kxm</script>', '#<img src=x onerror=kxm(1)>', '?%=%&&==', '?step=%', '#%');
  return out;
})();

/** About fifteen of them, one of each kind, for the real browser. */
export const sampleAddresses = [
  '?step=%3Cscript%3Ekxm()%3C%2Fscript%3E',
  `?step=${'kxm'.repeat(600)}`,
  '?lang=%22%3E%3Cimg%20src%3Dx%20onerror%3Dkxm(1)%3E',
  '?lang=KO',
  '?embed=javascript%3Akxm(1)',
  '?present=%25E0%25A4%25A',
  '?childId=..%2F..%2Fetc%2Fkxm',
  '#%3Csvg%2Fonload%3Dkxm()%3E',
  '#__proto__',
  '?present#99999999999999999999',
  '?present#%24%7Bkxm%7D',
  'embed.html?childId=%2F%2Fevil.example%2Fkxm&step=%2F%2Fevil.example%2Fkxm',
  '?step=capture&step=next&step=%3Cscript%3E',
  '?present&present=1&present=<b>',
  '#<img src=x onerror=kxm(1)>',
  '?%=%&&==',
  '#%',
];
