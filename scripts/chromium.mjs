// How the explainer's tools start Chromium on a closed network: one list for tests and bench.
// Without the background-networking flags Chromium floods the network with requests that fail.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
