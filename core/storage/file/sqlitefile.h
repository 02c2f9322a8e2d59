#pragma once

#include <QString>
#include <QtGlobal>

// The SQLite file on disk, looked at without a connection that could change it: its 100-byte
// header, its journal, the locks of writers, and leftovers of writers that died.
namespace ap::sqlite {

struct Header
{
    bool sqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Header parseHeader(const QByteArray &h);
// The header as an undamaged file of applicationId has it, with a size that agrees.
bool looksWhole(const Header &h, qint64 size, quint32 applicationId);
// Reads size and header again while holding SQLite's shared lock, which waits (busy timeout) for
// a writer's commit to end and keeps the next one out.
void readUnderSharedLock(const QString &path, qint64 *size, Header *h);

// True while a connection, in any process, is writing to the file: it holds SQLite's RESERVED lock.
bool writerIsActive(const QString &path);
bool journalExists(const QString &path);
// A journal left by a writer that died in the middle of a change (SQLite's own rule).
bool hasHotJournal(const QString &path);
// Rolls back the journal a dead writer left, on a connection of its own, so that a reader can
// read the file as it was before the interrupted change. True when no hot journal is left.
bool recoverHotJournal(const QString &path);

// The file and its folder may be written (SQLite writes its journal beside the file).
bool fileIsWritable(const QString &path);
// A lock file QLockFile left without an owner, which no process holds.
bool isOwnerlessLeftover(const QString &lockPath);

} // namespace ap::sqlite
