import Testing

/// The root of the market tests, so `swift test --filter Markets` runs
/// them all: every market suite is nested in an extension of it.
@Suite enum Markets {}
