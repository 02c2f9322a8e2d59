#pragma once

#include "outputtarget.h"

#include <QByteArray>
#include <QString>

#include <functional>

// The ground floor for files that appear complete or not at all: an output is written under a
// temporary name beside its target, flushed to the disk, renamed over the target (atomic on one
// file system) and the folder flushed too, so that neither a crash nor a power cut can leave a
// part of it under the target's name. Backups, PDF, Word, XLSX, CSV and return forms all come here.
namespace ap::fs {

// "<target>.part-<pid>", in the target's folder so the rename stays on one file system.
QString partPath(const QString &target);
// The part path of an output about to be written, after removing what dead writers of the same
// target left (removeLeftoverParts).
QString beginPart(const QString &target);

// fsync of a file, and of the folder that holds a path (so a rename in it is durable).
bool syncFile(const QString &path);
bool syncDirectoryOf(const QString &path);

// Flushes part, asks OutputTarget once more whether target may be replaced (a plan may have been
// opened there meanwhile), renames part over it and flushes the folder. On failure part is
// removed and *error says why, in the user's language. source: the plan the output is made from.
bool commitPart(const QString &part, const QString &target, OutputTarget::Kind kind, QString *error,
                const QString &source = QString());

// Writes bytes to target through a part file as above.
bool writeFile(const QString &target, const QByteArray &bytes, OutputTarget::Kind kind, QString *error);

// Writes target through a part file with a writer that can only write a file by its name
// (libxlsxwriter, QPdfWriter, SQLite's VACUUM INTO): write makes the part at the path it is
// given, or says why not; then commitPart. Nothing is left behind on failure.
bool writeByName(const QString &target, OutputTarget::Kind kind,
                 const std::function<bool(const QString &part, QString *why)> &write, QString *error,
                 const QString &source = QString());

// Removes the part files and new-plan files in path's folder whose process is gone and that
// have not changed for a minute: what a killed writer left behind.
void removeLeftoverParts(const QString &path);

} // namespace ap::fs
