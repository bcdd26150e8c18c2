// GLPK's C interface as Debian's libglpk-dev installs it. Only the tests link it:
// they solve the linear programs of docs/ResourceArbitrage.md, known answer (c).
#include <glpk.h>
