"""Synthetic labelled tickets for Benchmarks/cluster: TOPICS problems, each with its own product
words, asked in random mixes of them with common filler, and answered with the topic's fix, reworded.

    python3 synthetic.py N TOPICS OUT.csv      (columns text,label,answer; fixed seed)
"""
import csv
import random
import sys


def words(rng, count, length=(4, 9)):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(*length))) for _ in range(count)]


def main(n, topics, out):
    rng = random.Random(8)
    filler = words(rng, 400)
    verbs = words(rng, 60)
    topic_words = [words(rng, 10) for _ in range(topics)]
    fixes = [words(rng, 12) for _ in range(topics)]
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "answer"])
        for number in range(n):
            topic = rng.randrange(topics)
            own = topic_words[topic]
            subject = " ".join(rng.sample(own, 2) + rng.sample(filler, 1))
            body = [rng.choice(own) if rng.random() < 0.3 else rng.choice(filler) for _ in range(rng.randint(8, 25))]
            fix = fixes[topic]
            answer = [w for w in fix if rng.random() < 0.8] + rng.sample(verbs, 3)
            rng.shuffle(answer)
            writer.writerow([subject + "\n\n" + " ".join(body), f"topic-{topic}", " ".join(answer)])


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
