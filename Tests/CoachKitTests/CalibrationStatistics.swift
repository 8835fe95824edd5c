import Foundation

/// Agreement between phase scores and human grades (0–4), for the calibration corpora: Spearman's
/// rank correlation, quadratic weighted kappa (QWK) and the mean of (score bucket − grade), where a
/// score's bucket is min(4, score ÷ 20). No command line, no I/O: the lead's notes corpus and the prose
/// corpus are both measured with it.
struct CalibrationStatistics: Equatable {
    var count: Int
    var spearman: Double
    var qwk: Double
    /// Mean of bucket − grade: negative when the scorer sits below the graders.
    var meanBias: Double
    /// Mean score per grade, for the closing note.
    var meanScoreByGrade: [Int: Double]

    static func bucket(_ score: Int) -> Int { min(4, max(0, score / 20)) }

    init(scores: [Int], grades: [Int]) {
        precondition(scores.count == grades.count)
        count = scores.count
        let buckets = scores.map(Self.bucket)
        spearman = Self.spearman(scores.map(Double.init), grades.map(Double.init))
        qwk = Self.quadraticWeightedKappa(buckets, grades, categories: 5)
        meanBias = count == 0 ? 0 : Double(zip(buckets, grades).map { $0 - $1 }.reduce(0, +)) / Double(count)
        var byGrade: [Int: [Int]] = [:]
        for (score, grade) in zip(scores, grades) { byGrade[grade, default: []].append(score) }
        meanScoreByGrade = byGrade.mapValues { Double($0.reduce(0, +)) / Double($0.count) }
    }

    /// Cohen's kappa with quadratic weights over `categories` ordered classes 0…categories−1.
    static func quadraticWeightedKappa(_ a: [Int], _ b: [Int], categories: Int) -> Double {
        guard a.count == b.count, !a.isEmpty, categories > 1 else { return 0 }
        var observed = Array(repeating: Array(repeating: 0.0, count: categories), count: categories)
        var histA = Array(repeating: 0.0, count: categories), histB = Array(repeating: 0.0, count: categories)
        for (x, y) in zip(a, b) {
            let i = min(categories - 1, max(0, x)), j = min(categories - 1, max(0, y))
            observed[i][j] += 1
            histA[i] += 1
            histB[j] += 1
        }
        let n = Double(a.count)
        var numerator = 0.0, denominator = 0.0
        for i in 0..<categories {
            for j in 0..<categories {
                let weight = Double((i - j) * (i - j)) / Double((categories - 1) * (categories - 1))
                numerator += weight * observed[i][j]
                denominator += weight * histA[i] * histB[j] / n
            }
        }
        return denominator == 0 ? 1 : 1 - numerator / denominator
    }

    /// Spearman's rank correlation: Pearson correlation of the ranks, ties sharing their mean rank.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        pearson(ranks(a), ranks(b))
    }

    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            for k in i...j { ranks[order[k]] = Double(i + j) / 2 + 1 }
            i = j + 1
        }
        return ranks
    }

    static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count, a.count > 1 else { return 0 }
        let meanA = a.reduce(0, +) / Double(a.count), meanB = b.reduce(0, +) / Double(b.count)
        var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return varianceA > 0 && varianceB > 0 ? covariance / (varianceA * varianceB).squareRoot() : 0
    }

    var summary: String {
        let grades = meanScoreByGrade.keys.sorted().map { String(format: "grade %d: %.1f", $0, meanScoreByGrade[$0]!) }
        return String(format: "%d answers, Spearman %.3f, QWK %.3f, mean bucket−grade %+.2f; mean score by ", count, spearman, qwk, meanBias)
            + grades.joined(separator: ", ")
    }
}
