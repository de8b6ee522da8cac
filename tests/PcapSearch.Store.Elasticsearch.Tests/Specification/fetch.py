#!/usr/bin/env python3
"""Copies the specification fixtures from a checkout of elastic/elasticsearch-specification.

Usage: fetch.py SPEC_CHECKOUT  (a git repository; the fixtures are taken from its HEAD commit)

Writes types.ts (output/typescript/types.ts, verbatim) and examples/*.json: each example's `value` (the
request or response body, as the YAML holds it) with its source path, so the tests need no YAML reader.
"""
import json, subprocess, sys, yaml, os

EXAMPLES = [
    "specification/_global/search/examples/200_response/SearchResponseExample1.yaml",
    "specification/_global/search/examples/request/SearchRequestExample1.yaml",
    "specification/_global/search/examples/request/SearchRequestExample2.yaml",
    "specification/_global/bulk/examples/request/BulkRequestExample1.yaml",
    "specification/_global/bulk/examples/response/BulkResponseExample1.yaml",
    "specification/_global/bulk/examples/response/BulkResponseExample2.yaml",
    "specification/_global/bulk/examples/response/BulkResponseExample3.yaml",
    "specification/_global/open_point_in_time/examples/response/OpenPointInTimeResponseExample1.yaml",
    "specification/_global/close_point_in_time/examples/request/ClosePointInTimeRequestExample1.yaml",
    "specification/_global/delete_by_query/examples/response/DeleteByQueryResponseExample1.yaml",
    "specification/_global/get/examples/response/GetResponseExample1.yaml",
    "specification/_global/info/examples/response/RootNodeInfoResponseExample1.yaml",
    "specification/indices/put_index_template/examples/request/IndicesPutIndexTemplateRequestExample1.yaml",
    "specification/indices/put_index_template/examples/request/IndicesPutIndexTemplateRequestExample2.yaml",
    "specification/ilm/put_lifecycle/examples/request/PutLifecycleRequestExample1.yaml",
]

class NoDates(yaml.SafeLoader):
    """YAML's timestamps stay text, as the JSON bodies hold them."""

NoDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

def show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True, capture_output=True, text=True).stdout

def main(repo):
    here = os.path.dirname(os.path.abspath(__file__))
    commit = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    with open(os.path.join(here, "types.ts"), "w") as out:
        out.write(show(repo, "output/typescript/types.ts"))
    os.makedirs(os.path.join(here, "examples"), exist_ok=True)
    for path in EXAMPLES:
        example = yaml.load(show(repo, path), Loader=NoDates)
        record = {"source": path, "commit": commit, "method_request": example.get("method_request"), "value": example["value"]}
        name = os.path.splitext(os.path.basename(path))[0] + ".json"
        with open(os.path.join(here, "examples", name), "w") as out:
            json.dump(record, out, indent=2)
            out.write("\n")
    print(commit)

if __name__ == "__main__":
    main(sys.argv[1])
