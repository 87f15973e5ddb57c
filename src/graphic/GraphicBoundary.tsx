// If a graphic throws, keep the words: show a short static note in its place instead.
import { Component, type ContextType, type ReactNode } from 'react';
import { GraphicLiveContext } from './live';

export type GraphicBoundaryProps = {
  /** Shown instead of the graphic after an error. */
  fallback: ReactNode;
  children: ReactNode;
};

export class GraphicBoundary extends Component<GraphicBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override contextType = GraphicLiveContext;
  declare context: ContextType<typeof GraphicLiveContext>;

  static getDerivedStateFromError() {
    return { failed: true };
  }

  // The reader sees the note; the console (and whatever watches it) gets the error itself.
  override componentDidCatch(error: unknown) {
    // eslint-disable-next-line no-console -- an error the reader is shielded from must still be seen
    console.error('[graphic]', error);
    // The note is the graphic now: nothing of the prerendered picture is left to match.
    this.context?.();
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
