// If a graphic throws, keep the words: show a short static note in its place instead.
import { Component, type ReactNode } from 'react';

export type GraphicBoundaryProps = {
  /** Shown instead of the graphic after an error. */
  fallback: ReactNode;
  children: ReactNode;
};

export class GraphicBoundary extends Component<GraphicBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  // The reader sees the note; the console (and whatever watches it) gets the error itself.
  override componentDidCatch(error: unknown) {
    // eslint-disable-next-line no-console -- an error the reader is shielded from must still be seen
    console.error('[graphic]', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
