/// Which rule a scenario's learners learn by (`docs/LearningTraders.md`).
///
/// ```
/// epsilon_greedy:  ε-greedy contextual bandit   (``EpsilonGreedyBandit``)
/// softmax:         Boltzmann contextual bandit  (``SoftmaxBandit``)
/// q_learning:      tabular Q-learning, ε-greedy (``QLearningPolicy``)
/// ```
public enum LearnerKind: String, CaseIterable, Sendable, ParameterChoice {
    /// ε-greedy bandit.
    case epsilonGreedy = "epsilon_greedy"
    /// Softmax bandit.
    case softmax
    /// Q-learning.
    case qLearning = "q_learning"
}
