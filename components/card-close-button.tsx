/** The × that closes an ActorCard or a ClaimCard (Esc does the same through useEscape). */
export function CardCloseButton({ onClose }: { onClose?: () => void }) {
  if (!onClose) return null;
  return (
    <button type="button" className="dr-card__close" aria-label="Close card" onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
