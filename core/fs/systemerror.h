#pragma once

#include <QString>

// An operating-system error (errno) in the user's language: the C library's own texts are
// English ("Read-only file system") whatever the program's language.
namespace ap::fs {

QString systemErrorText(int error);

} // namespace ap::fs
