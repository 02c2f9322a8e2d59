#include "plandocument.h"

#include "domain/planlabels.h"

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

#include "reportrules.h"
#include "domain/numbering.h"
#include "serversession.h"
#include "storage/server/serverstore.h"
#include "storage/file/cleancopy.h"

namespace ap {

PlanDocument::PlanDocument(std::unique_ptr<Store> store, PlanLocation location)
    : m_store(std::move(store))
    , m_location(std::move(location))
{
}

PlanDocument::~PlanDocument()
{
    // Commands point at the document; drop them before the document goes.
    m_undo.clear();
}

std::unique_ptr<PlanDocument> PlanDocument::fromStore(std::unique_ptr<Store> store, const PlanLocation &location,
                                                      QString *error, StoreError *code)
{
    if (!store)
        return nullptr;
    std::unique_ptr<PlanDocument> doc(new PlanDocument(std::move(store), location));
    if (!doc->m_store->read(&doc->m_plan, &doc->m_reports, error)
        || !doc->m_store->rows().loadVersions(&doc->m_versions, error)) {
        if (code)
            *code = StoreError::Damaged;
        return nullptr;
    }
    return doc;
}

void PlanDocument::prepareToOpen()
{
    PlanStore::prepareToOpen();
}

std::unique_ptr<PlanDocument> PlanDocument::open(const PlanLocation &where, Mode mode, QString *error,
                                                 StoreError *code, LockOwner *owner)
{
    if (!where.isServer())
        return fromStore(PlanStore::open(where.filePath(), mode, error, code, owner,
                                         PlanStore::ContentCheckTime::AlongsideFirstRead),
                         where, error, code);
    std::unique_ptr<ServerStore> server = ServerStore::open(where.address(), error, code);
    ServerStore *store = server.get();
    std::unique_ptr<PlanDocument> doc = fromStore(std::move(server), where, error, code);
    if (doc)
        doc->attendServer(*store);
    return doc;
}

PlanDocument::OpenAttempt PlanDocument::tryOpen(const PlanLocation &where, Mode mode)
{
    OpenAttempt attempt;
    StoreError code = StoreError::None;
    attempt.document = open(where, mode, &attempt.error, &code);
    attempt.openElsewhere = !attempt.document && code == StoreError::Locked;
    attempt.notOurSchema = !attempt.document && code == StoreError::Foreign;
    attempt.loginRefused = !attempt.document && code == StoreError::LoginRefused;
    return attempt;
}

bool PlanDocument::makeCleanCopy(const QString &source, const QString &target, QString *report, QString *error)
{
    CleanCopyReport kept;
    if (!CleanCopy::make(source, target, &kept, error))
        return false;
    if (report)
        *report = kept.text();
    return true;
}

PlanDocument::WriteFailure PlanDocument::lastFailure() const
{
    return m_lastKept                                ? WriteFailure::Kept
        : m_lastCode == StoreError::Conflict     ? WriteFailure::ChangedElsewhere
        : m_lastCode == StoreError::Disconnected ? WriteFailure::ConnectionLost
                                                 : WriteFailure::Refused;
}

void PlanDocument::attendServer(ServerStore &store)
{
    m_session = std::make_unique<ServerSession>(store);
    connect(m_session.get(), &ServerSession::changed, this, &PlanDocument::readChangesElsewhere);
    connect(m_session.get(), &ServerSession::lost, this, &PlanDocument::connectionLost);
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const PlanInfo &info, QString *error,
                                                   StoreError *code)
{
    return fromStore(PlanStore::create(path, info, error, code), PlanLocation::file(path), error, code);
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const PlanData &content, QString *error,
                                                   StoreError *code)
{
    return fromStore(PlanStore::create(path, content.info, error, code, &content), PlanLocation::file(path), error,
                     code);
}

bool PlanDocument::createFile(const QString &path, const PlanData &content, QString *error, StoreError *code,
                              const Progress &progress)
{
    return PlanStore::createFile(path, content.info, error, code, &content, nullptr, nullptr, {}, progress);
}

QString PlanDocument::folder() const
{
    return m_shown ? m_shownFrom.folder() : m_location.folder();
}

QString PlanDocument::displayName() const
{
    return m_shown ? tr("%1 · %2").arg(m_shownFrom.displayName(), m_shown->name) : m_location.displayName();
}

QString PlanDocument::baseName() const
{
    if (!m_shown)
        return m_location.baseName();
    // A version's name may hold what a file name may not.
    return m_shownFrom.baseName() + QStringLiteral("-") + PlanLocation::fileNameSafe(m_shown->name);
}

bool PlanDocument::isDisconnected() const
{
    return m_session && m_session->isLost();
}

bool PlanDocument::isReadOnly() const
{
    return isDisconnected() || !m_store->rights().editPlan;
}

bool PlanDocument::mayAddReports() const
{
    // A lost server's plan takes reports into the outbox: they are sent once it answers.
    return (m_outbox || !isDisconnected()) && m_store->rights().addReports;
}

void PlanDocument::useOutbox()
{
    if (isOnServer() && !m_outbox)
        m_outbox = std::make_unique<ReportOutbox>(m_location.address());
}

bool PlanDocument::editsPlan() const
{
    return m_store->rights().editPlan;
}

bool PlanDocument::isOwner() const
{
    return !isDisconnected() && m_store->rights().owner;
}

Id PlanDocument::reportingDepartment() const
{
    return m_store->rights().reportingDepartment;
}

int PlanDocument::schemaVersion() const
{
    return m_store->rows().schemaVersion();
}

bool PlanDocument::write(const std::function<bool(PlanRows &rows)> &steps, Telling telling)
{
    PlanRows &rows = m_store->rows();
    PlanRows::Transaction tx(rows);
    if (!tx.isActive() || !steps(rows) || !tx.commit(nullptr))
        return fail(telling);
    return true;
}

bool PlanDocument::fail(Telling telling)
{
    m_lastKept = false;
    m_keptRefused = false;
    m_lastError = m_store->rows().lastError();
    m_lastCode = m_store->rows().lastErrorCode();
    // A write that fails on a server that no longer answers is said as that, not as its SQL.
    if (m_session && m_lastCode != StoreError::Conflict && m_lastCode != StoreError::Denied && !m_session->check()) {
        m_lastCode = StoreError::Disconnected;
        m_lastError = tr("The connection to the server is lost, so the change was not saved. Nothing can be changed "
                         "until the server answers again; the plan is then read again from the server.");
    }
    if (telling == Telling::Tell)
        Q_EMIT writeFailed(m_lastError);
    return false;
}

QString PlanDocument::sectionLabel(Id sectionId) const
{
    return planlabels::sectionLabel(m_plan, sectionId);
}

QString PlanDocument::taskLabel(Id taskId) const
{
    return planlabels::taskLabel(m_plan, taskId);
}

QString PlanDocument::taskPlace(Id taskId) const
{
    QStringList labels;
    for (Id s = m_plan.taskSection.value(taskId); s != 0; s = m_plan.sections.value(s).parentId)
        labels.prepend(sectionLabel(s));
    return labels.join(QString()) + taskLabel(taskId);
}

QString PlanDocument::departmentNames(const Task &task, DepartmentRole role, const QString &separator) const
{
    return planlabels::departmentNames(m_plan, task, role, separator);
}

bool PlanDocument::isInSubtree(Id candidate, Id root) const
{
    for (Id id = candidate; id != 0; id = m_plan.sections.value(id).parentId)
        if (id == root)
            return true;
    return false;
}

SectionSnapshot PlanDocument::snapshot(Id sectionId) const
{
    SectionSnapshot snap;
    for (Id id : m_plan.sectionSubtree(sectionId)) {
        snap.sections.append(m_plan.sections.value(id));
        for (Id t : m_plan.sectionTasks.value(id))
            snap.tasks.append({id, m_plan.tasks.value(t)});
    }
    return snap;
}

} // namespace ap
