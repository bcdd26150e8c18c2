// OpenBLAS's CBLAS interface (with openblas_set_num_threads) and LAPACKE,
// as Debian's libopenblas-dev and liblapacke-dev install them.
#include <cblas.h>
#include <lapacke.h>
