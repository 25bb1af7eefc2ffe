import type { ReactNode } from 'react';
import type { OptionId } from '../../shared/catalog';
import type { Contribution } from '../../shared/engine/types';
import type { Labels } from '../catalog/labels';
import { Citation } from './Citation';
import { percent, points, rating, ratingRange, signed } from './format';
import { TipButton } from './TipButton';

interface RatingProps {
  option: OptionId;
  contribution: Contribution;
  labels: Labels;
}

/** An option's rating on one criterion, likely value with its range, and the points it earns; its evidence in a tooltip. */
export function RatingCell({ option, contribution, labels }: RatingProps) {
  const adjusted = contribution.adjustedRating !== contribution.rating;
  const title = `${labels.option(option)} on ${labels.criterion(contribution.criterion)}: ${ratingRange(contribution.range)}`;
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
        {ratingRange(contribution.range)}
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

/** Why a rating is what it is: the catalogue's rationale and basis, this workload's adjustments and theirs, the points. */
export function RatingEvidence({ option, contribution, labels, title, linked }: RatingEvidenceProps) {
  const source = labels.rating(option, contribution.criterion);
  return (
    <>
      <strong className="hwa-evidence-title">{title}</strong>
      {source ? (
        <span className="hwa-evidence-line">
          {source.rationale} <Citation citation={labels.citation(source.basis)} linked={linked} />
        </span>
      ) : null}
      {contribution.adjustments.map((adjustment) => {
        const rule = labels.rule(adjustment.rule);
        return (
          <span className="hwa-evidence-line" key={adjustment.rule}>
            For this workload {signed(adjustment.delta)}: {adjustment.reason}{' '}
            {rule ? <Citation citation={labels.citation(rule.basis)} linked={linked} /> : null}
          </span>
        );
      })}
      <span className="hwa-evidence-line hwa-muted">
        Weight {percent(contribution.weight)} × {rating(contribution.adjustedRating)} = {points(contribution.points)} points
      </span>
    </>
  );
}
