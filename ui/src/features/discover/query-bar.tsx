import { useEffect, useRef, useState } from "react";

/** The KQL input: Enter runs the query; "/" anywhere else focuses it (as in Kibana). */
export function QueryBar({ value, onSubmit, placeholder }: { value: string; onSubmit: (q: string) => void; placeholder?: string }) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    const slash = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== "/" || target.closest("input, textarea, select, [contenteditable]")) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", slash);
    return () => document.removeEventListener("keydown", slash);
  }, []);
  return (
    <form
      className="query-bar"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text);
      }}
    >
      <input
        ref={input}
        className="query-input"
        aria-label="KQL query"
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder ?? 'KQL, e.g. destination.port:443 and not source.ip:10.0.0.0/8   (press / to focus, Enter to run)'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button primary">
        Search
      </button>
    </form>
  );
}
