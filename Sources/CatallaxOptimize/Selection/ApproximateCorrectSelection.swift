import CatallaxSweep
import Foundation

/// The approximate probability that `selected` is truly the best of
/// alternatives with these sample means, standard deviations and counts
/// (APCS-B, the Bonferroni bound of OCBA; Chen and Lee 2011, ch. 3):
///
/// ```
/// APCS = 1 − Σ_{i ≠ b} Φ(−|X̄ᵢ − X̄_b| / √(s_b²/n_b + sᵢ²/nᵢ)),  clamped to [0, 1]
/// ```
///
/// An alternative that beats `selected` counts as a separation of zero
/// (`Φ(0) = ½`): the bound then says the selection is doubtful.
/// - Precondition: equal lengths, every count ≥ 1.
public func approximateCorrectSelection(
    selected b: Int, means: [Double], standardDeviations: [Double], counts: [Int], order: ObjectiveOrder
) -> Double {
    precondition(means.count == standardDeviations.count && means.count == counts.count)
    var missed = 0.0
    for i in means.indices where i != b {
        let lead = order == .ascending ? means[i] - means[b] : means[b] - means[i]
        let spread = (standardDeviations[b] * standardDeviations[b] / Double(counts[b])
            + standardDeviations[i] * standardDeviations[i] / Double(counts[i])).squareRoot()
        let z = spread > 0 ? max(0, lead) / spread : (lead > 0 ? Double.infinity : 0)
        missed += 0.5 * erfc(z / 2.0.squareRoot())   // Φ(−z)
    }
    return min(1, max(0, 1 - missed))
}
