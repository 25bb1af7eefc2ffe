/** A small colour key beside a name; decorative, the name carries the meaning. */
export function Swatch({ color }: { color: string }) {
  return <span className="hwa-swatch" style={{ backgroundColor: color }} aria-hidden="true" />;
}
