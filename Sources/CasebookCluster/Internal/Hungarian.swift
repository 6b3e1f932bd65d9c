/// The Kuhn–Munkres (Hungarian) algorithm with potentials, O(r²·c) for r ≤ c: the assignment of rows
/// to distinct columns with the least total cost. Rectangular matrices are fine.
enum Hungarian {
    /// For each row, its column in a minimum-cost assignment (nil when there are more rows than
    /// columns and the row is left out). `cost` must be rectangular.
    static func minimumCostAssignment(_ cost: [[Double]]) -> [Int?] {
        let rows = cost.count
        let columns = cost.first?.count ?? 0
        guard rows > 0, columns > 0 else { return Array(repeating: nil, count: rows) }
        if rows > columns {
            let transposed = (0..<columns).map { column in (0..<rows).map { cost[$0][column] } }
            var assignment = [Int?](repeating: nil, count: rows)
            for (column, row) in minimumCostAssignment(transposed).enumerated() {
                if let row { assignment[row] = column }
            }
            return assignment
        }
        // 1-based potentials u (rows), v (columns); owner[j] is the row matched to column j.
        var u = [Double](repeating: 0, count: rows + 1)
        var v = [Double](repeating: 0, count: columns + 1)
        var owner = [Int](repeating: 0, count: columns + 1)
        var way = [Int](repeating: 0, count: columns + 1)
        for row in 1...rows {
            owner[0] = row
            var column0 = 0
            var slack = [Double](repeating: .infinity, count: columns + 1)
            var used = [Bool](repeating: false, count: columns + 1)
            repeat {
                used[column0] = true
                let row0 = owner[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...columns where !used[column] {
                    let reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
                    if reduced < slack[column] {
                        slack[column] = reduced
                        way[column] = column0
                    }
                    if slack[column] < delta {
                        delta = slack[column]
                        column1 = column
                    }
                }
                for column in 0...columns {
                    if used[column] {
                        u[owner[column]] += delta
                        v[column] -= delta
                    } else {
                        slack[column] -= delta
                    }
                }
                column0 = column1
            } while owner[column0] != 0
            repeat {
                let column1 = way[column0]
                owner[column0] = owner[column1]
                column0 = column1
            } while column0 != 0
        }
        var assignment = [Int?](repeating: nil, count: rows)
        for column in 1...columns where owner[column] != 0 {
            assignment[owner[column] - 1] = column - 1
        }
        return assignment
    }

    /// The assignment with the greatest total of `score`.
    static func maximumScoreAssignment(_ score: [[Double]]) -> [Int?] {
        minimumCostAssignment(score.map { $0.map { -$0 } })
    }
}
