/// The names of the TOML 1.0 document model read by ``TOMLParser``:
/// ``Value``, ``Table`` and ``DateTime``.
///
/// They live in this namespace rather than at the top level so that they
/// cannot collide with the same-named types of a TOML library imported
/// into the module.
enum TOML {}
