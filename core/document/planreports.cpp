// PlanDocument's progress reports and period locks (月调度 / 季督导), apart from plandocument.cpp,
// which keeps the plan's own edits: who may report on what, a report added or taken back, a lock,
// the reports a removal holds for its undo, and others' reports read as a server plan tells them.
#include "plandocument.h"

#include "reportrules.h"
#include "serversession.h"
#include "storage/store.h"

#include <QSet>

#include <algorithm>

namespace ap {

void PlanDocument::readChangesElsewhere(const QSet<QString> &tables)
{
    static const QStringList reportTables = {QStringLiteral("checkin"), QStringLiteral("checkin_value"),
                                             QStringLiteral("evidence"), QStringLiteral("period_lock"), QStringLiteral("assessment_mark"),
                                             QStringLiteral("assessment_award")};
    // Versions and reasons are beside the plan: read again here, the plan itself untouched.
    static const QStringList versionTables = {QStringLiteral("plan_version"), QStringLiteral("adjustment_reason")};
    if (std::any_of(tables.cbegin(), tables.cend(), [](const QString &t) { return versionTables.contains(t); })) {
        PlanVersions versions;
        QString error;
        if (m_store->rows().loadVersions(&versions, &error) && (versions.list != m_versions.list
                                                                || versions.reasons != m_versions.reasons)) {
            m_versions = std::move(versions);
            Q_EMIT versionsChanged();
        }
    }
    if (std::any_of(tables.cbegin(), tables.cend(),
                    [](const QString &t) { return !reportTables.contains(t) && !versionTables.contains(t); }))
        Q_EMIT planChangedElsewhere();
    if (std::none_of(tables.cbegin(), tables.cend(), [](const QString &t) { return reportTables.contains(t); }))
        return;
    ReportLog log;
    QString error;
    if (!m_store->rows().loadReports(&log, &error))
        return;   // the next notification, or the next open, reads them
    // The tasks whose reports are not what they were, each told once.
    auto byTask = [](const ReportLog &l) {
        QHash<Id, QList<ProgressReport>> m;
        for (const ProgressReport &c : l.entries)
            m[c.taskId].append(c);
        return m;
    };
    const QHash<Id, QList<ProgressReport>> before = byTask(m_reports), after = byTask(log);
    QSet<Id> changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed.insert(it.key());
    const bool locksChanged = log.locks != m_reports.locks;
    const bool assessmentChanged = log.assessment != m_reports.assessment;
    changeReports() = std::move(log);
    for (Id t : std::as_const(changed))
        Q_EMIT reportsChanged(t);
    if (locksChanged)
        Q_EMIT periodLocksChanged();
    if (assessmentChanged)
        Q_EMIT this->assessmentChanged();
    if (!changed.isEmpty())
        Q_EMIT reportsArrived(int(changed.size()));
}

bool PlanDocument::readEvidence(Id evidenceId, QByteArray *content, QString *error) const
{
    return m_store->rows().readEvidence(evidenceId, content, error);
}

QSet<Id> PlanDocument::knownReports(const QList<Id> &taskIds) const
{
    const QSet<Id> tasks(taskIds.cbegin(), taskIds.cend());
    QSet<Id> out;
    for (const ProgressReport &c : m_reports.entries)
        if (tasks.contains(c.taskId))
            out.insert(c.id);
    return out;
}

bool PlanDocument::mayReportOn(Id taskId) const
{
    const auto it = m_plan.tasks.constFind(taskId);
    return it != m_plan.tasks.cend() && m_store->rights().mayReportOn(*it);
}

QList<Id> PlanDocument::reportableTasks() const
{
    QList<Id> out;
    for (Id section : m_plan.sectionsInOrder())
        for (Id t : m_plan.sectionTasks.value(section))
            if (mayReportOn(t))
                out.append(t);
    return out;
}

bool PlanDocument::applyAddReport(ProgressReport &report)
{
    // The rules every report meets (its task, its period and lock, its figures), refused in their words.
    ProgressReport c = report;
    if (!ReportRules::admit(m_plan, m_reports.locks, &c, &m_lastError)
        || !ReportRules::admitEvidence(m_reports, c, &m_lastError)) {
        m_lastCode = StoreError::ReadOnly;
        m_lastKept = false;
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    // On a server plan the report is on this computer's disk before it is sent, with the key the
    // server keeps it once by: what was typed survives a lost connection, a lost confirmation and
    // a crash, and is sent again later (sendWaitingReports).
    WaitingReport waiting{c.requestKey, c, QDateTime::currentDateTimeUtc(), m_plan.tasks.value(c.taskId).title, QString()};
    if (m_outbox) {
        QString why;
        if (!m_outbox->keep(waiting, &why)) {
            m_lastError = why;
            m_lastCode = StoreError::WriteFailed;
            m_lastKept = false;
            Q_EMIT writeFailed(m_lastError);
            return false;
        }
        c.requestKey = waiting.key;
        Q_EMIT waitingReportsChanged();
        if (isDisconnected())
            return failKept(tr("The server cannot be reached now, so your report is kept on this computer (reports waiting "
                               "to be sent) and sent by itself once the server answers again. Nothing needs to be typed again."));
    }
    if (!write([&](PlanRows &rows) { return rows.insertReport(c); }, m_outbox ? Telling::Quiet : Telling::Tell)) {
        if (!m_outbox)
            return false;
        if (m_lastCode == StoreError::Disconnected)
            return failKept(tr("The server did not confirm your report, so it is kept on this computer (reports waiting to be "
                               "sent) and sent by itself once the server answers again; the server keeps it once however "
                               "often it is sent. Nothing needs to be typed again."));
        // The server refused it: kept with the reason, for the clerk to read, copy or discard.
        waiting.refusal = m_lastError;
        m_outbox->keep(waiting, nullptr);
        return failKept(tr("%1\nYour report is kept on this computer with the reason (reports waiting to be sent), where "
                           "its words can be copied or it can be discarded.")
                            .arg(m_lastError));
    }
    if (m_outbox && m_outbox->remove(waiting.key))
        Q_EMIT waitingReportsChanged();
    report = c;
    rememberReport(c);
    return true;
}

void PlanDocument::rememberReport(const ProgressReport &c)
{
    // A report sent again may be one the plan read from the server meanwhile.
    const bool known = std::any_of(m_reports.entries.cbegin(), m_reports.entries.cend(),
                                   [&c](const ProgressReport &r) { return r.id == c.id; });
    if (!known) {
        QList<ProgressReport> &entries = changeReports().entries;
        entries.append(c);
        // The log holds a file's details; its bytes stay with the command that added it.
        for (EvidenceFile &f : entries.last().evidence)
            f.content.clear();
    }
    Q_EMIT reportsChanged(c.taskId);
}

bool PlanDocument::failKept(const QString &message)
{
    m_lastCode = StoreError::Disconnected;
    m_lastKept = true;
    m_lastError = message;
    Q_EMIT writeFailed(m_lastError);
    return false;
}

QList<WaitingReport> PlanDocument::waitingReports() const
{
    return m_outbox ? m_outbox->waiting() : QList<WaitingReport>();
}

int PlanDocument::sendWaitingReports(int *refused, bool refusedToo)
{
    int sent = 0, refusedNow = 0;
    if (m_outbox && !isDisconnected() && m_store->rights().addReports) {
        for (WaitingReport &w : m_outbox->waiting()) {
            if (!w.refusal.isEmpty() && !refusedToo)
                continue;
            QString why;
            const bool confirmed = sendWaiting(w, &why);
            // Its files' bytes go once it is sent (they stay on the disk while it waits).
            for (EvidenceFile &f : w.report.evidence)
                f.content.clear();
            if (confirmed) {
                ++sent;
                continue;
            }
            if (isDisconnected())
                break;   // the rest wait for the server with it
            w.refusal = why;
            m_outbox->keep(w, nullptr);
            ++refusedNow;
        }
    }
    if (sent || refusedNow)
        Q_EMIT waitingReportsChanged();
    if (refused)
        *refused = refusedNow;
    return sent;
}

bool PlanDocument::sendWaiting(WaitingReport &waiting, QString *why)
{
    if (!m_outbox->readEvidence(waiting, why))
        return false;
    ProgressReport c = waiting.report;
    c.requestKey = waiting.key;
    if (!ReportRules::admit(m_plan, m_reports.locks, &c, why) || !ReportRules::admitEvidence(m_reports, c, why))
        return false;
    PlanRows &rows = m_store->rows();
    PlanRows::Transaction tx(rows);
    if (!tx.isActive() || !rows.insertReport(c) || !tx.commit(nullptr)) {
        *why = rows.lastError();
        if (m_session && rows.lastErrorCode() != StoreError::Denied)
            m_session->check();   // a lost server leaves it waiting, not refused
        return false;
    }
    m_outbox->remove(waiting.key);
    rememberReport(c);
    return true;
}

bool PlanDocument::keepReportToSend(const ProgressReport &report, QString *error)
{
    ProgressReport c = report;
    if (!m_outbox)
        return false;
    if (!ReportRules::admit(m_plan, m_reports.locks, &c, error))
        return false;
    WaitingReport waiting{c.requestKey, c, QDateTime::currentDateTimeUtc(), m_plan.tasks.value(c.taskId).title, QString()};
    if (!m_outbox->keep(waiting, error))
        return false;
    Q_EMIT waitingReportsChanged();
    return true;
}

bool PlanDocument::discardWaitingReport(const QString &key)
{
    if (!m_outbox || !m_outbox->remove(key))
        return false;
    Q_EMIT waitingReportsChanged();
    return true;
}

bool PlanDocument::applyRemoveReport(Id id)
{
    const auto it = std::find_if(m_reports.entries.cbegin(), m_reports.entries.cend(),
                                 [id](const ProgressReport &c) { return c.id == id; });
    if (it == m_reports.entries.cend())
        return false;
    const Id task = it->taskId;
    if (!write([&](PlanRows &rows) { return rows.deleteReport(id); }))
        return false;
    QList<ProgressReport> &entries = changeReports().entries;
    entries.removeIf([id](const ProgressReport &c) { return c.id == id; });
    for (ProgressReport &c : entries)
        if (c.supersedesId == id)
            c.supersedesId = 0;
    Q_EMIT reportsChanged(task);
    return true;
}

bool PlanDocument::applyPeriodLock(const QString &period, const std::optional<PeriodLock> &lock)
{
    if (!write([&](PlanRows &rows) { return (lock ? rows.writePeriodLock(*lock) : rows.deletePeriodLock(period)); }))
        return false;
    if (lock)
        changeReports().locks.insert(period, *lock);
    else
        changeReports().locks.remove(period);
    Q_EMIT periodLocksChanged();
    return true;
}

bool PlanDocument::readEvidenceOn(PlanRows &rows, const QList<Id> &tasks, QHash<Id, QByteArray> *out) const
{
    const QSet<Id> on(tasks.cbegin(), tasks.cend());
    for (const ProgressReport &c : m_reports.entries)
        if (on.contains(c.taskId))
            for (const EvidenceFile &f : c.evidence) {
                QByteArray bytes;
                QString why;
                if (!rows.readEvidence(f.id, &bytes, &why)) {
                    rows.failWith(StoreError::WriteFailed,
                                  tr("The task is not removed: its reports' evidence could not be kept for an undo. %1").arg(why));
                    return false;
                }
                out->insert(f.id, bytes);
            }
    return true;
}

void PlanDocument::holdReports(const QList<Id> &taskIds, const QHash<Id, QByteArray> &evidence)
{
    if (m_held.hold(taskIds, changeReports(), evidence))
        for (Id t : taskIds)
            Q_EMIT reportsChanged(t);
}

void PlanDocument::giveBackReports(const QList<Id> &taskIds)
{
    if (m_held.giveBack(taskIds, changeReports()))
        for (Id t : taskIds)
            Q_EMIT reportsChanged(t);
}

} // namespace ap
