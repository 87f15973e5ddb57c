// Fault injection for the fault-tolerance tests. Only a build made with VITE_FAULT=1 carries it:
// there, `?fault=map` (or `timeline`, `graphic`, comma-separated) makes that part throw when it
// renders in the browser, so the tests can see the error boundaries keep the story. Every other
// build gets an empty function, and none of this code ships.
export type FaultPart = 'map' | 'timeline' | 'graphic';

export const fault: (part: FaultPart) => void = import.meta.env.VITE_FAULT
  ? (part) => {
      if (typeof window === 'undefined') return;
      const parts = new URLSearchParams(window.location.search).get('fault')?.split(',') ?? [];
      if (parts.includes(part)) throw new Error(`injected fault: ${part}`);
    }
  : () => {};
