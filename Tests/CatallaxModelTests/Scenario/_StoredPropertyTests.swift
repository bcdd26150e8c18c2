@testable import CatallaxModel
import Testing

/// A stored property read and written at its byte offset, as through its key path.
@Suite struct StoredPropertyTests {
    struct Inner: Equatable {
        var count = 3
        var flag = false
    }

    struct Outer: Equatable {
        var name = "point"
        var rate = 0.25
        var inner = Inner()
        var doubled: Double {
            get { rate * 2 }
            set { rate = newValue / 2 }
        }
    }

    @Test func storedTrivialPathsHaveAnOffset() {
        #expect(_StoredProperty(\Outer.rate).offset != nil)
        #expect(_StoredProperty(\Outer.inner.count).offset != nil)
        #expect(_StoredProperty(\Outer.inner.flag).offset != nil)
    }

    @Test func computedAndNonTrivialPathsHaveNone() {
        #expect(_StoredProperty(\Outer.doubled).offset == nil)
        #expect(_StoredProperty(\Outer.name).offset == nil)
    }

    @Test func readsWhatTheKeyPathReads() {
        let point = Outer(name: "x", rate: -1.5e-7, inner: Inner(count: -42, flag: true))
        #expect(_StoredProperty(\Outer.rate).read(point) == point.rate)
        #expect(_StoredProperty(\Outer.inner.count).read(point) == -42)
        #expect(_StoredProperty(\Outer.inner.flag).read(point) == true)
        #expect(_StoredProperty(\Outer.doubled).read(point) == -3e-7)
        #expect(_StoredProperty(\Outer.name).read(point) == "x")
    }

    @Test func writesWhatTheKeyPathWrites() {
        var point = Outer(), expected = Outer()
        _StoredProperty(\Outer.rate).write(0.5, to: &point)
        _StoredProperty(\Outer.inner.count).write(7, to: &point)
        _StoredProperty(\Outer.inner.flag).write(true, to: &point)
        _StoredProperty(\Outer.name).write("y", to: &point)
        expected.rate = 0.5
        expected.inner = Inner(count: 7, flag: true)
        expected.name = "y"
        #expect(point == expected)
        _StoredProperty(\Outer.doubled).write(3, to: &point)
        #expect(point.rate == 1.5)
    }
}
