import Testing
@testable import CatallaxModel

@Suite struct ParameterScheduleTests {
    @Test func theRampIsConstantThenLinearThenConstant() {
        let s = ParameterSchedule(from: 0.1, to: 0.3, startStep: 100, endStep: 300)
        #expect(s.value(atStep: 0) == 0.1 && s.value(atStep: 100) == 0.1)
        #expect(abs(s.value(atStep: 200) - 0.2) < 1e-15)
        #expect(s.value(atStep: 300) == 0.3 && s.value(atStep: 10_000) == 0.3)
        #expect(ParameterSchedule(constant: 2).value(atStep: 17) == 2)
    }
}
