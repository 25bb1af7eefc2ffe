import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from './errors';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** Keeps the frame (header, navigation) usable when a screen fails to render. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A screen failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section className="hw-screen hw-failure" aria-labelledby="hw-failure-title">
        <h2 id="hw-failure-title">This screen could not be shown</h2>
        <p>{describeError(this.state.error)}</p>
        <button type="button" className="hw-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
