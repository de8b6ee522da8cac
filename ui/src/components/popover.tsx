import { useEffect, useRef, useState, type ReactNode } from "react";

/** A button that opens a panel under it; Escape or a click elsewhere closes it. */
export function Popover({ label, title, children, className }: { label: ReactNode; title?: string; className?: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("mousedown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);
  return (
    <div className={`popover ${className ?? ""}`} ref={root}>
      <button type="button" className="button" aria-expanded={open} title={title} onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      {open ? <div className="popover-panel">{children(() => setOpen(false))}</div> : null}
    </div>
  );
}
