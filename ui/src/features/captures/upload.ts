import { readProblem } from "../../api/client";
import type { CaptureRecord, Problem } from "../../api/types";

export type UploadResult = { ok: true; records: CaptureRecord[] } | { ok: false; problem: Problem };

/**
 * Posts files as multipart/form-data; XMLHttpRequest rather than fetch because only it reports upload progress.
 * A refusal comes back as the API's problem details.
 */
export function uploadCaptures(files: readonly File[], onProgress: (sent: number, total: number) => void): Promise<UploadResult> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/captures");
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    request.onload = () => {
      const response = new Response(request.responseText, { status: request.status, statusText: request.statusText });
      if (request.status >= 200 && request.status < 300) {
        response.json().then((records: CaptureRecord[]) => resolve({ ok: true, records }));
      } else {
        readProblem(response).then((problem) => resolve({ ok: false, problem }));
      }
    };
    request.onerror = () => resolve({ ok: false, problem: { status: 0, title: "The upload did not reach the API", detail: "The connection failed." } });
    request.send(form);
  });
}
