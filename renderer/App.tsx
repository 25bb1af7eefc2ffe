import { ActivityProvider } from './app/activity';
import { ErrorBoundary } from './app/ErrorBoundary';
import { FileDrop } from './app/FileDrop';
import { Header } from './app/Header';
import { NotFound } from './app/NotFound';
import { NotifyProvider } from './app/notify';
import { PushProvider } from './app/pushes';
import { useRoute, type Route } from './app/router';
import { StoreNotice } from './app/StoreNotice';
import { StoreStatusProvider } from './app/store-status';
import { CompareScreen } from './compare/CompareScreen';
import { ProfileScreen } from './editor/ProfileScreen';
import { ImportProvider } from './library/import/ImportProvider';
import { LibraryScreen } from './library/LibraryScreen';
import { PortfolioScreen } from './portfolio/PortfolioScreen';
import { RulesScreen } from './rules/RulesScreen';

function Screen({ route }: { route: Exclude<Route, { name: 'report' }> }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'profile':
      return <ProfileScreen key={route.id} id={route.id} />;
    case 'rules':
      return <RulesScreen />;
    case 'portfolio':
      return <PortfolioScreen />;
    case 'compare':
      return <CompareScreen key={`${route.a}/${route.b}`} a={route.a} b={route.b} />;
    case 'not-found':
      return <NotFound hash={route.hash} />;
  }
}

/**
 * The workspace: header (with what the app is busy with), store notice, the screen of the current route,
 * alerts and toasts; the import and file drops work over every screen.
 */
export function App() {
  const route = useRoute();
  if (route.name === 'report') return null;
  return (
    <div className="hw-app">
      <NotifyProvider>
        <ActivityProvider>
          <StoreStatusProvider>
            <PushProvider>
              <ImportProvider>
                <Header route={route} />
                <StoreNotice />
                <main className="hw-main">
                  {/* Keyed by the route so a failed screen recovers when the user goes elsewhere. */}
                  <ErrorBoundary key={JSON.stringify(route)}>
                    <Screen route={route} />
                  </ErrorBoundary>
                </main>
                <FileDrop />
              </ImportProvider>
            </PushProvider>
          </StoreStatusProvider>
        </ActivityProvider>
      </NotifyProvider>
    </div>
  );
}
