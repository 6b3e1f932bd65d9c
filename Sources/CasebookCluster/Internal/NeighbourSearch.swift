import Foundation

/// Each document's most similar other documents, found through an inverted index, never by
/// comparing all pairs.
///
/// Candidates come from the postings of the document's terms that are rare enough (a term in more
/// than `candidateScale·√n` documents names no problem and would make the search quadratic);
/// the best `neighbours × candidateFactor` candidates are then scored exactly on whole vectors.
/// Work is split over the processor's cores; the result does not depend on how.
struct NeighbourSearch: Sendable {
    /// Neighbours kept per document.
    var neighbours = 10
    /// Candidates rescored per neighbour kept.
    var candidateFactor = 4
    /// Terms in more than `candidateScale·√n` documents (and than `candidateFloor`) find no candidates,
    /// so the work per document grows as √n, not n.
    var candidateScale = 4.0
    var candidateFloor = 200
    /// Neighbours less similar than this share of the document's nearest one are not kept: a link
    /// far weaker than the document's own best is a shared word, not a shared problem.
    var relativeFloor = 0.25

    /// The symmetric k-nearest-neighbour graph of `vectors` (L2-normalised), weighted by cosine similarity.
    func graph(of vectors: [SparseVector]) -> NeighbourGraph {
        NeighbourGraph(symmetrising: lists(of: vectors))
    }

    /// Each document's neighbours with their similarity, most similar first (ties to the lower index).
    func lists(of vectors: [SparseVector]) -> [[(node: Int32, weight: Float)]] {
        let count = vectors.count
        let limit = max(candidateFloor, Int(candidateScale * Double(count).squareRoot()))
        let postings = Postings(vectors, limit: limit)
        let results = ResultBox(count: count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 256 + 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var scores = [Float](repeating: 0, count: count)
            var touched: [Int32] = []
            var start = worker
            while start < count {
                results.set(
                    start, search(start, vectors: vectors, postings: postings, scores: &scores, touched: &touched))
                start += workers
            }
        }
        return results.values
    }

    private func search(
        _ document: Int, vectors: [SparseVector], postings: Postings, scores: inout [Float], touched: inout [Int32]
    ) -> [(node: Int32, weight: Float)] {
        let vector = vectors[document]
        for (term, value) in zip(vector.indices, vector.values) {
            guard let range = postings.range(of: term) else { continue }
            let weight = Float(value)
            for position in range {
                let other = postings.documents[position]
                if scores[Int(other)] == 0 { touched.append(other) }
                scores[Int(other)] += weight * postings.values[position]
            }
        }
        let wanted = neighbours * candidateFactor
        var candidates: [(node: Int32, score: Float)] = []
        candidates.reserveCapacity(touched.count)
        for other in touched where Int(other) != document { candidates.append((other, scores[Int(other)])) }
        for other in touched { scores[Int(other)] = 0 }
        touched.removeAll(keepingCapacity: true)
        if candidates.count > wanted { candidates = Self.best(wanted, of: candidates) }
        var exact = candidates.map { (node: $0.node, weight: Float(vector.dot(vectors[Int($0.node)]))) }
        exact.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.node < $1.node }
        let floor = Float(relativeFloor) * (exact.first?.weight ?? 0)
        return Array(exact.prefix { $0.weight > 0 && $0.weight >= floor }.prefix(neighbours))
    }
}

extension NeighbourSearch {
    /// The `count` highest-scoring candidates (ties to the lower node), in no particular order: a
    /// min-heap of `count` entries, so selecting costs n·log(count), not a full sort.
    static func best(_ count: Int, of candidates: [(node: Int32, score: Float)]) -> [(node: Int32, score: Float)] {
        func worse(_ a: (node: Int32, score: Float), _ b: (node: Int32, score: Float)) -> Bool {
            a.score != b.score ? a.score < b.score : a.node > b.node
        }
        var heap = Array(candidates.prefix(count))
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count, worse(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count, worse(heap[right], heap[smallest]) { smallest = right }
                if smallest == parent { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        for candidate in candidates.dropFirst(count) where worse(heap[0], candidate) {
            heap[0] = candidate
            siftDown(0)
        }
        return heap
    }
}

/// The inverted index: for each term kept, the documents holding it and their weights, flat.
private struct Postings: Sendable {
    let offsets: [Int]
    let documents: [Int32]
    let values: [Float]

    /// Postings of every term held by at most `limit` documents.
    init(_ vectors: [SparseVector], limit: Int) {
        var frequency: [Int: Int] = [:]
        for vector in vectors {
            for term in vector.indices { frequency[term, default: 0] += 1 }
        }
        let terms = (frequency.keys.max() ?? -1) + 1
        var counts = [Int](repeating: 0, count: terms)
        for (term, count) in frequency where count <= limit { counts[term] = count }
        var offsets = [Int](repeating: 0, count: terms + 1)
        for term in 0..<terms { offsets[term + 1] = offsets[term] + counts[term] }
        var fill = Array(offsets.dropLast())
        var documents = [Int32](repeating: 0, count: offsets[terms])
        var values = [Float](repeating: 0, count: offsets[terms])
        for (document, vector) in vectors.enumerated() {
            for (term, value) in zip(vector.indices, vector.values) where counts[term] > 0 {
                documents[fill[term]] = Int32(document)
                values[fill[term]] = Float(value)
                fill[term] += 1
            }
        }
        self.offsets = offsets
        self.documents = documents
        self.values = values
    }

    func range(of term: Int) -> Range<Int>? {
        guard term + 1 < offsets.count, offsets[term] < offsets[term + 1] else { return nil }
        return offsets[term]..<offsets[term + 1]
    }
}

/// Per-document results written from several threads, each slot by one thread only.
private final class ResultBox: @unchecked Sendable {
    private(set) var values: [[(node: Int32, weight: Float)]]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [(node: Int32, weight: Float)]) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
