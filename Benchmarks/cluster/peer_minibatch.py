"""Peer for Benchmarks/cluster: scikit-learn TfidfVectorizer + MiniBatchKMeans given the true k, on the
customer text followed by the answer. Prints one JSON object: seconds, peak memory (MiB), NMI, ARI, accuracy."""
import csv
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def accuracy(truth, found):
    _, truth_ids = np.unique(truth, return_inverse=True)
    _, found_ids = np.unique(found, return_inverse=True)
    table = np.zeros((found_ids.max() + 1, truth_ids.max() + 1), dtype=np.int64)
    np.add.at(table, (found_ids, truth_ids), 1)
    rows, cols = linear_sum_assignment(-table)
    return table[rows, cols].sum() / len(truth)


def main(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] + "\n" + row["answer"] for row in rows]
    truth = [row["label"] for row in rows]
    k = len(set(truth))
    start = time.perf_counter()
    vectors = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(texts)
    found = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096).fit_predict(vectors)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds, "peakMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "nmi": normalized_mutual_info_score(truth, found), "ari": adjusted_rand_score(truth, found),
        "accuracy": accuracy(truth, found), "clusters": k,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
