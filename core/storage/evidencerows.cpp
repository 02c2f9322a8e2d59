// The files progress reports carry (佐证材料, schema 9): PlanRows' write step and the read of one
// file's bytes, and RowReader's read of every file's details with the reports. Apart from
// reportrows.cpp and rowreader.cpp, which keep the reports' own rows.
#include "planrows.h"
#include "rowquery.h"
#include "rowreader.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ap {

bool PlanRows::insertEvidence(Id reportId, QList<EvidenceFile> &files, int firstPosition)
{
    if (files.isEmpty())
        return true;
    if (m_schemaVersion < 9) {
        setLastError(StoreError::ReadOnly, tr("This plan is kept in an older format that holds no evidence files."));
        return false;
    }
    for (int i = 0; i < files.size(); ++i) {
        EvidenceFile &f = files[i];
        // A file is written whole or not at all: never its details without its bytes.
        if (f.content.size() != f.size || f.content.isEmpty()) {
            setLastError(StoreError::WriteFailed, tr("The evidence file “%1” is not at hand to be written.").arg(f.name));
            return false;
        }
        QSqlQuery &q = query(QStringLiteral("INSERT INTO evidence (id, checkin_id, position, name, kind, size, sha256, content) "
                                            "VALUES (%1, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                                 .arg(m_dialect.newId(QStringLiteral("evidence"))));
        q.addBindValue(sqlvalue::idOrNull(f.id));
        q.addBindValue(reportId);
        q.addBindValue(firstPosition + i);
        q.addBindValue(f.name);
        q.addBindValue(f.kind);
        q.addBindValue(f.size);
        q.addBindValue(f.sha256);
        q.addBindValue(f.content);
        if (!execute(q))
            return false;
        if (q.next())
            f.id = q.value(0).toLongLong();
        q.finish();
    }
    return true;
}

bool PlanRows::readEvidence(Id evidenceId, QByteArray *content, QString *error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT content, size, sha256 FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec()) {
        if (error)
            *error = tr("The evidence file could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("The evidence file is no longer in the plan.");
        return false;
    }
    const QByteArray bytes = q.value(0).toByteArray();
    // What the plan says the file is must hold: a changed or cut file is told, never opened.
    if (bytes.size() != q.value(1).toLongLong()
        || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != q.value(2).toString().toLatin1()) {
        if (error)
            *error = tr("The evidence file in the plan is damaged (its size or checksum is not what was kept), so it is "
                        "not opened.");
        return false;
    }
    *content = bytes;
    return true;
}

bool RowReader::evidence(ReportLog &log, const QHash<Id, int> &index, QString *error)
{
    if (m_schemaVersion < 9)
        return true;
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT id, checkin_id, name, kind, size, sha256 FROM evidence ORDER BY checkin_id, position, id")))
        return fail(q, error);
    const QString table = QStringLiteral("evidence");
    qint64 total = 0;
    while (q.next()) {
        EvidenceFile f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(2).toString();
        f.kind = q.value(3).toString();
        f.size = q.value(4).toLongLong();
        f.sha256 = q.value(5).toString();
        if (f.name.isEmpty() || f.name.size() > evidence::kMaxNameLength
            || std::any_of(f.name.cbegin(), f.name.cend(), [](QChar c) { return c.unicode() < 0x20; }))
            return refuse(table, q.value(0), QStringLiteral("name"), q.value(2), error);
        if (!evidence::kinds().contains(f.kind))
            return refuse(table, q.value(0), QStringLiteral("kind"), q.value(3), error);
        if (f.size <= 0 || f.size > evidence::kMaxFileBytes)
            return refuse(table, q.value(0), QStringLiteral("size"), q.value(4), error);
        // Past a report's or the plan's limit: no plan of ours holds that.
        total += f.size;
        if (total > evidence::kMaxPlanBytes)
            return refuse(table, q.value(0), QStringLiteral("size"), q.value(4), error);
        const auto it = index.constFind(q.value(1).toLongLong());
        if (it == index.cend())
            continue;
        QList<EvidenceFile> &files = log.entries[*it].evidence;
        if (files.size() >= evidence::kMaxFilesPerReport)
            return refuse(table, q.value(0), QStringLiteral("checkin_id"), q.value(1), error);
        files.append(f);
    }
    return !readFailed(error);
}

} // namespace ap
