// A new task: lets the browser paint and handle input between pieces of start-up work. A message,
// not a timer, where it can be: timers in a frame out of view may wait a second each.
// (scheduler.yield() measured worse here: its continuations run ahead of other queued work.)
export const nextTask = (): Promise<void> => {
  if (typeof window !== 'undefined' && typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
};
