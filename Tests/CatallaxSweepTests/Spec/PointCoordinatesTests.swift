import CatallaxSweep
import Testing

/// Points' coordinates kept as one text give back the values put in.
@Suite struct PointCoordinatesTests {
    @Test func valuesComeBackAsGiven() {
        let values = [["linear", "1e-06", "", "0.5"], ["power", "", "2.0", "π ≈ 3.14"], ["", "", "", ""]]
        #expect(Array(PointCoordinates(values)) == values)
    }

    @Test func oneValueIsTheOneAmongAll() {
        let values = [["linear", "1e-06", "", "0.5"], ["", "", "2.0", ""]]
        let coordinates = PointCoordinates(values)
        for p in values.indices {
            for c in values[p].indices { #expect(coordinates.value(ofPoint: p, column: c) == values[p][c]) }
        }
    }

    @Test func pointsWithoutColumnsHaveNoValues() {
        let coordinates = PointCoordinates([[], []])
        #expect(coordinates.count == 2)
        #expect(coordinates[1] == [])
    }

    @Test func appendingKeepsEachPointsValues() {
        var coordinates = PointCoordinates([["a", "1"]])
        coordinates.append(contentsOf: PointCoordinates([["b", "2"], ["c", "3"]]))
        coordinates.append(["d", "4"])
        #expect(Array(coordinates) == [["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"]])
    }
}
