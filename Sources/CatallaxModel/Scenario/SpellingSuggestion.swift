/// The word of `candidates` nearest to `word` by edit distance, if it is
/// close enough to be a misspelling: differing only in case, or by at most
/// `max(1, min(2, ⌊|word|/3⌋))` insertions, deletions or substitutions.
/// Ties go to the earlier candidate.
package func closestWord(to word: String, among candidates: [String]) -> String? {
    let limit = max(1, min(2, word.count / 3))
    var best: (word: String, distance: Int)?
    for candidate in candidates {
        let distance = candidate.lowercased() == word.lowercased() ? 0 : levenshteinDistance(candidate, word)
        if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.word
}

/// Levenshtein distance: the fewest single-character insertions, deletions
/// and substitutions turning `a` into `b`.
/// - Complexity: O(|a|·|b|).
package func levenshteinDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
