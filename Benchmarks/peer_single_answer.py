#!/usr/bin/env python3
"""The peer for Benchmarks/drafts: per problem, the solution is ONE ticket's resolving answer (the last
public agent reply of the problem's first resolved Zendesk ticket), as a help desk's "copy the best reply"
macro would have it. Scored with the truth file's rules: key facts in the solution, strings that must not
appear anywhere. Prints JSON: keyFactRecall, factsFound, facts, leaks."""
import json, re, sys
from pathlib import Path

truth_path = Path(sys.argv[1])
export = Path(sys.argv[2])
truth = json.loads(truth_path.read_text())
rows = list(csv_rows for csv_rows in (truth_path.parent / "clusters.csv").read_text().splitlines()[1:])
problem_of = {}
for row in rows:
    source, ticket_id, key = row.split(",")[:3]
    problem_of[(source, ticket_id)] = key
data = json.loads(export.read_text())
roles = {user["id"]: user["role"] for user in data["users"]}
answers = {}
for ticket in sorted(data["tickets"], key=lambda t: t["id"]):
    key = problem_of.get(("zendesk", str(ticket["id"])))
    if key is None or key in answers or ticket.get("status") not in ("solved", "closed"):
        continue
    replies = [c["body"] for c in ticket["comments"] if c["public"] and roles.get(c["author_id"]) in ("agent", "admin")]
    substantial = [r for r in replies if len(re.findall(r"\w", r)) >= 40]
    if substantial:
        answers[key] = substantial[-1] if len(substantial) == 1 else max(substantial, key=len)

def norm(text):
    return " ".join(text.replace("\\", "").lower().split())

facts = found = leaks = 0
for problem in truth["problems"]:
    if problem.get("draft") is False or not problem.get("key_facts"):
        continue
    text = norm(answers.get(problem["key"], ""))
    facts += len(problem["key_facts"])
    found += sum(1 for alternatives in problem["key_facts"] if any(norm(a) in text for a in alternatives))
    leaks += sum(1 for value in problem.get("must_not", []) if re.search(r"\b" + re.escape(norm(value)) + r"\b", text))
print(json.dumps({"keyFactRecall": found / facts if facts else 1.0, "factsFound": found, "facts": facts, "leaks": leaks}))
