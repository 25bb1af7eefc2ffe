import { useId, useRef } from 'react';
import { percent } from '../../shared/engine/format';
import type { WeightProvenance } from '../../shared/engine/types';
import { TipButton } from '../analysis/TipButton';
import { useLabels } from '../catalog/labels';
import { provenanceLines, provenanceSummary } from './provenance';

/** The range of a raw weight the slider offers; derived weights above it show at the end. */
export const sliderMax = 5;

interface Props {
  provenance: WeightProvenance;
  /** The raw weight the profile asks for now (it may be ahead of the evaluation while a slider moves). */
  value: number;
  overridden: boolean;
  onChange: (value: number | null) => void;
}

/** One criterion in two lines: its name, where its weight comes from (in full on hover or focus) and its share; the slider. */
export function WeightRow({ provenance, value, overridden, onChange }: Props) {
  const id = useId();
  const whyId = `${id}-why`;
  const slider = useRef<HTMLInputElement>(null);
  // Reset disables itself: focus moves to the slider it reset rather than falling to the page.
  const reset = () => {
    onChange(null);
    slider.current?.focus();
  };
  const labels = useLabels();
  const name = labels.criterion(provenance.criterion);
  const share = percent(provenance.weight);
  return (
    <li className={overridden ? 'hw-weight hw-weight-overridden' : 'hw-weight'}>
      <div className="hw-weight-head">
        <label htmlFor={id}>{name}</label>
        <TipButton className="hw-weight-why" tipId={whyId} tip={<ProvenanceTip name={name} provenance={provenance} />}>
          <span className="hw-sr-only">{name}: </span>
          {provenanceSummary(provenance)}
        </TipButton>
        <span className="hw-weight-share">{share}</span>
      </div>
      <div className="hw-weight-control">
        <input
          ref={slider}
          id={id}
          type="range"
          min={0}
          max={sliderMax}
          step={0.1}
          value={Math.min(value, sliderMax)}
          aria-describedby={whyId}
          aria-valuetext={`raw weight ${value.toFixed(1)}, ${share} of the decision`}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        {/* The slider's value text says this already; shown for sighted users only. */}
        <span className="hw-weight-raw" aria-hidden="true">
          {value.toFixed(1)}
        </span>
        <button type="button" className="hw-button hw-small" disabled={!overridden} onClick={reset} aria-label={`Reset ${name}`}>
          Reset
        </button>
      </div>
    </li>
  );
}

function ProvenanceTip({ name, provenance }: { name: string; provenance: WeightProvenance }) {
  const labels = useLabels();
  return (
    <>
      <strong className="hwa-evidence-title">Where the weight of {name} comes from</strong>
      {provenanceLines(provenance, labels).map((line) => (
        <span key={line} className="hwa-evidence-line">
          {line}
        </span>
      ))}
    </>
  );
}
