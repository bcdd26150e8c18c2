// The lane operations are static inline functions in the header, inlined into
// Swift through the module map; this translation unit compiles the header once
// so that a mistake in it is reported by the build, not first by an importer.
#include "CLaneArithmetic.h"
