/** A thin horizontal bar for a share of a whole (facet values, progress). */
export function ShareBar({ share, label }: { share: number; label?: string }) {
  const percent = Math.max(0, Math.min(100, share * 100));
  return (
    <div className="share-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)}>
      <div className="share-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
