import { Component, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { RetryButton } from './retry-button';

interface State {
  error: Error | null;
}

/** Keeps one broken panel from blanking the page; the rest of the app stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <PanelCrashed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}

function PanelCrashed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="m-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p>{t('errors.panelCrashed', { message: error.message })}</p>
      <RetryButton onRetry={onRetry} />
    </div>
  );
}
