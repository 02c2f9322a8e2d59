#pragma once

#include <QByteArray>
#include <QString>

// Reading an input the user names (a document to import, a table, a return form, plan JSON):
// only an ordinary file is read, never a folder, a pipe or a device (a pipe would wait forever,
// with the plan's lock held), and never more than the caller's limit.
namespace ap::fs {

// True with the file's bytes; otherwise *error says why, in the user's language.
bool readInput(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

} // namespace ap::fs
