import type { MethodFavourites, Recommendation } from '../../shared/engine/types';
import type { Labels } from '../catalog/labels';

const methodNames: Record<keyof MethodFavourites, string> = {
  weightedSum: 'Weighted sum',
  topsis: 'TOPSIS',
  promethee: 'PROMETHEE II',
};

/** Each method's favourite, and a warning when they do not all pick the same option. */
export function MethodsVerdict({ recommendation, labels }: { recommendation: Recommendation; labels: Labels }) {
  const { methods, methodsAgree } = recommendation;
  return (
    <section className="hwa-methods" aria-label="The three methods">
      <h3>Three methods</h3>
      {methodsAgree ? null : (
        <p className="hwa-warning" role="note" data-testid="methods-disagree">
          The methods disagree on the best option: the choice is closer than the margin suggests
          {recommendation.status === 'recommended' ? ', and the confidence is lowered for it' : ''}.
        </p>
      )}
      <dl className="hwa-facts" data-testid="methods-agree">
        {(Object.keys(methodNames) as (keyof MethodFavourites)[]).map((method) => (
          <div key={method}>
            <dt>{methodNames[method]}</dt>
            <dd>{labels.option(methods[method])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
