import { useEffect, useRef } from "react";
import { Route, Router, Switch, useLocation } from "wouter";
import { useHashLocation } from "wouter/use-hash-location";
import { ActorPage } from "../actors/ActorPage";
import { CommitmentsPage } from "../commitments/CommitmentsPage";
import { PledgedDelivered } from "../commitments/PledgedDelivered";
import { EngagementPage } from "../engagements/EngagementPage";
import { CitationPage } from "../provenance/CitationPage";
import { SearchBox } from "../search/SearchBox";
import { links } from "./links";

const decode = (value: string | undefined) => decodeURIComponent(value ?? "");

/** Moves focus to the new page after navigation (not on first load), so keyboard and screen-reader users land on it. */
function FocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(location);
  useEffect(() => {
    if (location === first.current) return;
    first.current = "";
    document.getElementById("main")?.focus();
    window.scrollTo(0, 0);
  }, [location]);
  return null;
}

function Home() {
  return (
    <article>
      <h2>Explore</h2>
      <p>
        Search above for an actor, a meeting, a statement or a commitment. Every statement, commitment and engagement
        opens the source it comes from, with the cited passage highlighted.
      </p>
      <PledgedDelivered filter={{}} title="All commitments, pledged vs delivered" />
    </article>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <button type="button" className="skip" onClick={() => document.getElementById("main")?.focus()}>
        Skip to content
      </button>
      <header className="site-header">
        <h1>
          <a href={links.home()}>Accord explorer</a>
        </h1>
        <SearchBox />
        <nav aria-label="Elsewhere">
          <a href="/graphql">GraphQL API</a>
        </nav>
      </header>
      <FocusOnNavigate />
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/actor/:id">{(params) => <ActorPage key={params.id} id={decode(params.id)} />}</Route>
          <Route path="/engagement/:id">{(params) => <EngagementPage key={params.id} id={decode(params.id)} />}</Route>
          <Route path="/citation/:id">{(params) => <CitationPage key={params.id} id={decode(params.id)} />}</Route>
          <Route path="/commitments/:committer/:beneficiary/:currency">
            {(params) => (
              <CommitmentsPage
                committer={decode(params.committer)}
                beneficiary={decode(params.beneficiary)}
                currency={decode(params.currency)}
              />
            )}
          </Route>
          <Route>
            <Home />
          </Route>
        </Switch>
      </main>
    </Router>
  );
}
