#include "store.h"

namespace ap {

Store::~Store() = default;

} // namespace ap
