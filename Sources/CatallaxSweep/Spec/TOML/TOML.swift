/// The names of the TOML 1.0 document model read by ``TOMLParser``:
/// ``Value``, ``Table`` and ``DateTime``.
///
/// They live in this namespace because `Value` or `Table` alone would say
/// nothing in the spec decoder that reads them.
package enum TOML {}
