/**
 * Catches an exception thrown while rendering, so the pane never goes blank: it shows the failure
 * with a copyable detail and a "try again" button that renders the pane afresh.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorDetail } from '../errors';
import { useStrings } from '../strings';
import { FailureMessage } from './FailureMessage';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  componentStack: string;
  /** Bumped on "try again" so the children mount afresh. */
  generation: number;
}

function BoundaryFallback(props: { detail: string; onRetry: () => void }) {
  const { t } = useStrings();
  return (
    <FailureMessage text={{ title: t.boundaryTitle, action: t.boundaryAction }} detail={props.detail} onRetry={props.onRetry} />
  );
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, componentStack: '', generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown render error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  private readonly retry = () => {
    this.setState((s) => ({ error: undefined, componentStack: '', generation: s.generation + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error !== undefined) {
      const detail = [errorDetail(this.state.error), this.state.componentStack].filter(Boolean).join('\n');
      return <BoundaryFallback detail={detail} onRetry={this.retry} />;
    }
    return <div key={this.state.generation}>{this.props.children}</div>;
  }
}
