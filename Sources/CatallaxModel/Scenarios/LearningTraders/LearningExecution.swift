/// How a step's orders execute in `learning-traders`
/// (`docs/LearningTraders.md`, "Execution"): the continuous curve market or
/// the market-clearing one, a call auction at one price per step.
///
/// ```
/// continuous:    serially, in agent index order (rule agents, then learners)
/// call_auction:  one batch; the net n = Σ buys − Σ sells executes, every order at p̄ = (R(S + n) − R(S))/n
/// ```
public enum LearningExecution: String, CaseIterable, Sendable, ParameterChoice {
    /// Serially, in agent order.
    case continuous
    /// One uniform-price batch per step.
    case callAuction = "call_auction"
}
