#pragma once

#include <QtGlobal>

#include <functional>

namespace ap {

// A long work's progress, told as it goes on the work's own thread: done of total in the work's
// unit (tasks written, pages read). Its answer false asks the work to stop: it then stops soon,
// keeps nothing and says it was stopped. An empty one is never asked.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ap
