#pragma once

#include "domain/progressreport.h"
#include "domain/serveraddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The reports of a server plan typed on this machine and not yet confirmed by its server (发件箱):
// each kept on the disk before it is sent, and taken out only once the server has it, so that a
// report typed while the server is away, or whose confirmation was lost on the way, is never typed
// again. One file per report (written whole or not at all, core/fs), named by the report's request
// key, in a folder of the plan's and login's own; the server keeps one report per key and login
// (server format 9), so sending one again never makes a second. A report the server refused when
// it was sent later stays, with the reason, until the clerk discards it.
namespace ap {

struct WaitingReport
{
    QString key;                 // the request key the report is sent with (a UUID)
    ProgressReport report;       // as typed (no id yet)
    QDateTime typedAt;           // UTC
    QString taskTitle;           // for the list when the plan is not at hand
    QString refusal;             // why the server refused it when it was sent later ("": not refused)
};

class ReportOutbox
{
    Q_DECLARE_TR_FUNCTIONS(ap::ReportOutbox)
public:
    // The outbox of a server plan as address's login sees it, under root (the user's data folder,
    // .../annualplan/outbox, unless given).
    explicit ReportOutbox(const ServerAddress &address, const QString &root = QString());

    static QString defaultRoot();
    // The request key of a report taken from a document rather than typed (a return form): the same
    // report of the same plan always has the same key, so a form taken in twice while the server is
    // away waits, and reaches the server, once. (The day it was taken in is not part of it.)
    static QString keyOf(const ProgressReport &report, const QString &planUid);
    QString folder() const { return m_folder; }

    // Keeps waiting on the disk (made whole or not at all; its key made when it has none). False,
    // and why, when it cannot be written: then nothing of it is kept.
    bool keep(WaitingReport &waiting, QString *error);
    // The report of key is confirmed (or discarded): its file goes.
    bool remove(const QString &key);
    // Those waiting, the oldest first. A file that is not a whole entry of ours is left alone.
    QList<WaitingReport> waiting() const;
    int count() const;
    // The bytes of waiting's evidence files, kept beside its entry, each checked against its
    // size and SHA-256; false and why when one is missing or changed.
    bool readEvidence(WaitingReport &waiting, QString *error) const;

private:
    QString pathOf(const QString &key) const;
    QString evidencePath(const QString &key, int index) const;

    QString m_folder;
};

} // namespace ap
