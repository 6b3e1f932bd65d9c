"""Peer for `Benchmarks/cluster-eval`: scikit-learn TF-IDF (1-2 grams) + k-means, GIVEN the true k.

Prints one JSON object with the same figures `casebook eval clusters --json` prints.
"""
import csv
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def accuracy(truth, found):
    labels, truth_ids = np.unique(truth, return_inverse=True)
    clusters, found_ids = np.unique(found, return_inverse=True)
    table = np.zeros((len(clusters), len(labels)), dtype=np.int64)
    np.add.at(table, (found_ids, truth_ids), 1)
    rows, cols = linear_sum_assignment(-table)
    return table[rows, cols].sum() / len(truth)


def main(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    label_key = "label" if "label" in rows[0] else "category"
    texts = [row["text"] for row in rows]
    truth = [row[label_key] for row in rows]
    k = len(set(truth))
    start = time.perf_counter()
    vectors = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit_transform(texts)
    found = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "documents": len(texts), "trueLabels": k, "clustersFound": k,
        "nmi": normalized_mutual_info_score(truth, found), "ari": adjusted_rand_score(truth, found),
        "accuracy": accuracy(truth, found), "seconds": seconds,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
