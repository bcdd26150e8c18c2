/// CatallaxOptimize: searching a scenario's parameter space instead of
/// ranking a grid — CMA-ES and space-filling baselines, ranking and
/// selection under noise, and global sensitivity analysis (issue 12,
/// `docs/Optimization.md`). It builds on Sweep (runs, seeds, journals) and
/// Reduce (statistics), and never on the command line.
public enum CatallaxOptimize {}
