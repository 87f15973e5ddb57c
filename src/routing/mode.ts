// Which layout the page shows, from its address: the scroll story, presentation mode
// (`?present`, one step per screen) or the presenter's notes window (`?present&presenter`).
// The address is the state, so Back, Forward and reload keep the mode and the step.
import { paramsOf } from './address';

export type PageMode = 'page' | 'present' | 'presenter';

const CHANGE = 'kx:mode';

export const modeOf = (search: string): PageMode => {
  const params = paramsOf(search);
  if (!params.has('present')) return 'page';
  return params.has('presenter') ? 'presenter' : 'present';
};

/** Calls `onChange` when the mode may have changed (Back, Forward, navigate()); returns the unsubscribe. */
export const onModeChange = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
};

/** The address of `mode` at slide or step `id`, keeping the other parameters (e.g. the language). */
export const addressFor = (href: string, mode: PageMode, id: string): string => {
  const url = new URL(href);
  url.searchParams.delete('present');
  url.searchParams.delete('presenter');
  url.searchParams.delete('step');
  if (mode !== 'page') url.searchParams.set('present', '');
  if (mode === 'presenter') url.searchParams.set('presenter', '');
  // `?present` reads better than `?present=`.
  url.search = url.searchParams.toString().replace(/=(?=&|$)/g, '');
  url.hash = id;
  return url.href;
};

/** Goes to `mode` at `id`, as a new history entry. */
export const navigate = (mode: PageMode, id: string, replace = false) => {
  const to = addressFor(window.location.href, mode, id);
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
};
