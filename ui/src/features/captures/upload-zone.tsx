import { useRef, useState } from "react";
import type { CaptureRecord, Problem } from "../../api/types";
import { ProblemNotice } from "../../components/notice";
import { ShareBar } from "../../components/share-bar";
import { formatBytes } from "../../lib/format";
import { uploadCaptures } from "./upload";

/** Drop captures here or pick them; shows the upload's progress and, when refused, the API's reason. */
export function UploadZone({ onUploaded }: { onUploaded: (records: CaptureRecord[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ names: string; sent: number; total: number } | null>(null);
  const [refusal, setRefusal] = useState<{ names: string; problem: Problem } | null>(null);

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    const names = files.map((f) => f.name).join(", ");
    setRefusal(null);
    setProgress({ names, sent: 0, total: files.reduce((n, f) => n + f.size, 0) });
    const result = await uploadCaptures(files, (sent, total) => setProgress((p) => p && { ...p, sent, total: total || p.total }));
    setProgress(null);
    if (result.ok) onUploaded(result.records);
    else setRefusal({ names, problem: result.problem });
    if (input.current) input.current.value = "";
  };

  return (
    <section
      className={`upload-zone${dragging ? " dragging" : ""}`}
      aria-label="Upload captures"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void upload([...e.dataTransfer.files]);
      }}
    >
      <p>
        Drop pcap or pcapng files here, or{" "}
        <button type="button" className="link-button" onClick={() => input.current?.click()}>
          choose files
        </button>
        .
      </p>
      <input ref={input} type="file" multiple hidden aria-label="Capture files" onChange={(e) => void upload([...(e.target.files ?? [])])} />
      {progress ? (
        <div className="upload-progress" role="status">
          Uploading {progress.names}: {formatBytes(progress.sent)} of {formatBytes(progress.total)}
          <ShareBar share={progress.total > 0 ? progress.sent / progress.total : 0} label="Upload progress" />
        </div>
      ) : null}
      {refusal ? <ProblemNotice what={`${refusal.names} was refused`} problem={refusal.problem} /> : null}
    </section>
  );
}
