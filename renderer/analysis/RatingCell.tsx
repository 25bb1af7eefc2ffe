import type { ReactNode } from 'react';
import type { OptionId } from '../../shared/catalog';
import type { Contribution } from '../../shared/engine/types';
import { Citation } from './Citation';
import { percent, points, rating, signed } from './format';
import type { Labels } from './labels';
import { TipButton } from './TipButton';

interface RatingProps {
  option: OptionId;
  contribution: Contribution;
  labels: Labels;
}

/** An option's rating on one criterion and the points it earns; its evidence in a tooltip. */
export function RatingCell({ option, contribution, labels }: RatingProps) {
  const adjusted = contribution.adjustedRating !== contribution.rating;
  const title = `${labels.option(option)} on ${labels.criterion(contribution.criterion)}: ${rating(contribution.adjustedRating)}`;
  return (
    <TipButton
      className="hwa-rating"
      tip={<RatingEvidence option={option} contribution={contribution} labels={labels} title={title} linked={false} />}
    >
      <span className="hwa-rating-value">
        {adjusted ? (
          <>
            <span className="hw-sr-only">catalogue rating {rating(contribution.rating)}, adjusted to </span>
            <del aria-hidden="true">{contribution.rating}</del>{' '}
          </>
        ) : null}
        {rating(contribution.adjustedRating)}
      </span>
      <span className="hwa-rating-points">{points(contribution.points)} pts</span>
    </TipButton>
  );
}

interface RatingEvidenceProps extends RatingProps {
  title: ReactNode;
  /** Links to public sources; off inside a tooltip, which cannot hold anything to click. */
  linked: boolean;
}

/** Why a rating is what it is: the catalogue's rationale and source, this workload's adjustments, the points. */
export function RatingEvidence({ option, contribution, labels, title, linked }: RatingEvidenceProps) {
  const source = labels.rating(option, contribution.criterion);
  return (
    <>
      <strong className="hwa-evidence-title">{title}</strong>
      {source ? (
        <span className="hwa-evidence-line">
          {source.rationale} <Citation citation={source.citation} linked={linked} />
        </span>
      ) : null}
      {contribution.adjustments.map((adjustment) => (
        <span className="hwa-evidence-line" key={`${adjustment.questionId}/${adjustment.answerId}`}>
          For this workload {signed(adjustment.delta)}: {adjustment.reason}
        </span>
      ))}
      <span className="hwa-evidence-line hwa-muted">
        Weight {percent(contribution.weight)} × {rating(contribution.adjustedRating)} = {points(contribution.points)} points
      </span>
    </>
  );
}
