/** Catches a render failure so one bad state cannot take the whole screen down. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { BOUNDARY_HEALTHY_AFTER_MS, nextBoundaryStep } from './boundary-retry';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** A new value retries the children at once (the host pushed a new state, perhaps a fixed one). */
  resetKey: unknown;
  /** What to show meanwhile. */
  fallback: () => ReactNode;
  onError: (error: unknown) => void;
  /** After this many failures in a row, call `onGiveUp` instead of trying again. */
  giveUpAfter?: number;
  onGiveUp?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
  resetKey: unknown;
  /** Failures in a row; cleared once the children have rendered well for a while. */
  failures: number;
}

/**
 * Shows `fallback` after an error below it, and tries the children again by
 * itself on a backoff timer (5 s, 10 s, 20 s … 60 s) or as soon as `resetKey`
 * changes: a passing fault must not freeze a screen that nobody watches.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey, failures: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
    const failures = this.state.failures + 1;
    const step = nextBoundaryStep(failures, this.props.giveUpAfter);
    this.setState({ failures });
    this.schedule(
      () => {
        if (step.kind === 'give-up') this.props.onGiveUp?.();
        else this.setState({ failed: false });
      },
      step.kind === 'retry' ? step.delayMs : 0,
    );
  }

  override componentDidUpdate(_props: ErrorBoundaryProps, previous: ErrorBoundaryState): void {
    // Back on screen (by the timer or a new state): forget the failures once it has stayed up a while.
    if (previous.failed && !this.state.failed && this.state.failures > 0) {
      this.schedule(() => this.setState({ failures: 0 }), BOUNDARY_HEALTHY_AFTER_MS);
    }
  }

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback() : this.props.children;
  }

  private schedule(action: () => void, delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(action, delayMs);
  }
}
