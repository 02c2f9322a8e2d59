#include "plansession.h"

#include "shell/errorbox.h"
#include "flows/backgroundwork.h"
#include "flows/recentplans.h"
#include "flows/sampleplan.h"
#include "flows/stepsafterdialogs.h"
#include "import/importkind.h"
#include "domain/invitation.h"

#include "document/serverplans.h"

#include "dialogs/planpropertiesdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/rollforwarddialog.h"
#include "server/choosepassworddialog.h"
#include "server/passwordkeyring.h"
#include "server/serverplandialog.h"

#include <QAction>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace ap {

PlanSession::PlanSession(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_afterDialogs(new StepsAfterDialogs(this))
{
    createActions();
    rebuildRecentMenu();
}

PlanSession::~PlanSession() = default;

void PlanSession::createActions()
{
    m_actions.add(this, tr("&New Plan…"), "NewPlanAction", ActionRule::Always, &PlanSession::newPlan)
        ->setShortcut(QKeySequence::New);
    m_actions.add(this, tr("&Open…"), "OpenAction", ActionRule::Always, &PlanSession::openDialog)
        ->setShortcut(QKeySequence::Open);
    m_actions.add(this, tr("Open S&hared Plan on a Server…"), "OpenServerPlanAction", ActionRule::Always, &PlanSession::openServerPlan);
    m_recentMenu = new QMenu(tr("Open &Recent"), m_window);
    m_recentMenu->setObjectName(QStringLiteral("RecentMenu"));
    m_actions.add(this, tr("Roll &Forward from Last Year's Plan…"), "RollForwardAction", ActionRule::Always,
                  &PlanSession::rollForward);
    m_actions.add(this, tr("Save &As…"), "SaveAsAction", ActionRule::PlanOpen, &PlanSession::saveAs)
        ->setShortcut(QKeySequence::SaveAs);
    m_actions.add(this, tr("&Back Up a Copy…"), "BackupAction", ActionRule::PlanOpen, &PlanSession::backupCopy);
    m_actions.add(this, tr("&Close"), "CloseAction", ActionRule::PlanOpen, &PlanSession::closePlan)
        ->setShortcut(QKeySequence::Close);

}

QString PlanSession::planFileFilter()
{
    return tr("Annual plans (*.aplan);;All files (*)");
}

QString PlanSession::planName(const PlanInfo &info)
{
    return info.title.trimmed().isEmpty() ? tr("%1 plan").arg(info.year) : info.title.trimmed();
}

QString PlanSession::workingFolder() const
{
    return m_doc ? m_doc->folder() : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void PlanSession::showError(const QString &title, const QString &message)
{
    ErrorBox::warn(m_window, title, message);
}

void PlanSession::setDocument(std::unique_ptr<PlanDocument> doc, bool again)
{
    // What the old document still says as its views let go (a field's text that no longer
    // fits the row on the server) is not for the clerk: the plan is being replaced.
    if (m_doc)
        disconnect(m_doc.get(), nullptr, this, nullptr);
    emit documentAboutToChange();
    // The old document goes after its views have let go of it.
    std::unique_ptr<PlanDocument> old = std::move(m_doc);
    m_doc = std::move(doc);
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    if (m_doc) {
        // A report typed here waits on this computer until its server has it (ReportOutbox).
        m_doc->useOutbox();
        // What changed since the plan was last open here: remembered per file.
        if (!again) {
            QSettings settings;
            const QString key = QStringLiteral("lastOpened/") + QString::fromLatin1(m_doc->location().toString().toUtf8().toBase64());
            m_lastOpened = settings.value(key).toDateTime();
            settings.setValue(key, QDateTime::currentDateTimeUtc());
        }
        connect(m_doc.get(), &PlanDocument::planInfoChanged, this, &PlanSession::rememberTitle);
        connect(m_doc.get(), &PlanDocument::writeFailed, this, [this](const QString &message) {
            const PlanDocument::WriteFailure failure = m_doc->lastFailure();
            // Said once the failed step has returned and its transaction has ended, so that
            // nothing stays locked on a server while the message is read.
            if (failure == PlanDocument::WriteFailure::Refused) {
                QTimer::singleShot(0, this, [this, message] { showError(tr("Change Not Saved"), message); });
                return;
            }
            // A report kept on this computer to send: said once the form has gone, the plan left as it is.
            if (failure == PlanDocument::WriteFailure::Kept) {
                QTimer::singleShot(0, this, [this, message] { showError(tr("Report Kept to Send"), message); });
                return;
            }
            // Told once the failed step has returned: the document it came from is replaced.
            m_afterDialogs->add([this, message, failure, from = m_doc.get()] {
                // Read again already (another refusal of the same batch came first, and was told).
                if (m_doc.get() != from)
                    return;
                const bool changed = failure == PlanDocument::WriteFailure::ChangedElsewhere;
                // The clerk's words in the refused edits, kept to be offered again once the plan is read.
                const QList<RefusedEdit> refused = changed ? m_doc->takeRefusedEdits() : QList<RefusedEdit>();
                const bool readAgain = changed && reloadFromServer(false);   // the fields' text is the refused change
                if (refused.isEmpty() || !readAgain) {
                    showError(changed ? tr("Changed by Someone Else") : tr("Connection Lost"), message);
                    keepWordsElsewhere(refused);
                    return;
                }
                for (const RefusedEdit &edit : refused)
                    resolveConflict(edit);
            });
        });
        connect(m_doc.get(), &PlanDocument::connectionLost, this, &PlanSession::startReconnecting);
        rememberTitle();
    }
    emit documentChanged(m_doc.get());
}

void PlanSession::resolveConflict(const RefusedEdit &refused)
{
    ConflictDialog dialog(*m_doc, refused, m_window);
    dialog.exec();
    if (!dialog.outcome().isEmpty())
        m_window->statusBar()->showMessage(dialog.outcome(), 15000);
}

void PlanSession::keepWordsElsewhere(const QList<RefusedEdit> &refused)
{
    QStringList words;
    for (const RefusedEdit &edit : refused)
        words << edit.typedText();
    words.removeAll(QString());
    if (words.isEmpty())
        return;
    QApplication::clipboard()->setText(words.join(QStringLiteral("\n\n")));
    m_window->statusBar()->showMessage(tr("Your change was not saved; what you typed is on the clipboard."), 15000);
}

bool PlanSession::reloadFromServer(bool commitFirst)
{
    if (!m_doc || !m_doc->isOnServer())
        return false;
    // What the fields hold goes to the server before the plan is read, so that it is in what is read.
    if (commitFirst)
        emit commitEditsRequested();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openAgain(&error);
    QApplication::restoreOverrideCursor();
    if (!opened)
        showError(tr("Cannot Read the Plan Again"), error);
    else
        emit settled();
    return opened;
}

bool PlanSession::openAgain(QString *error)
{
    auto doc = PlanDocument::open(m_doc->location(), PlanDocument::Mode::ReadWrite, error);
    if (!doc)
        return false;
    setDocument(std::move(doc), true);
    emit reloaded();
    return true;
}

void PlanSession::startReconnecting()
{
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setInterval(3000);
        connect(m_reconnectTimer, &QTimer::timeout, this, &PlanSession::tryReconnect);
    }
    m_reconnectTimer->start();
}

void PlanSession::tryReconnect()
{
    if (!m_doc || !m_doc->isDisconnected()) {
        m_reconnectTimer->stop();
        return;
    }
    // Asked on a thread of the pool: a server that drops packets keeps that thread waiting up to
    // its connect timeout, never the window.
    if (!m_probe) {
        m_probe = new QFutureWatcher<bool>(this);
        connect(m_probe, &QFutureWatcher<bool>::finished, this, &PlanSession::probed);
    }
    if (m_probe->isRunning())
        return;   // the try before is still waiting for its answer
    m_probe->setFuture(QtConcurrent::run(&ServerPlans::answers, m_doc->location().address()));
}

void PlanSession::probed()
{
    if (!m_probe->result() || !m_doc || !m_doc->isDisconnected())
        return;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return;   // the next try
    QString error;
    if (!openAgain(&error))
        return;
    // Said as the login's rights have it: a reporter's or a viewer's plan was never one to change.
    m_window->statusBar()->showMessage(!m_doc->isReadOnly() ? tr("The server answers again. The plan is read again from it; changes can be "
                                                                 "made again.")
                                       : m_doc->mayAddReports() ? tr("The server answers again. The plan is read again from it; progress "
                                                                     "can be reported again.")
                                                                : tr("The server answers again. The plan is read again from it."),
                                       15000);
    emit settled();
}

void PlanSession::rememberTitle()
{
    if (m_doc && !m_doc->shownVersion())
        RecentPlans::rememberTitle(m_doc->location(), planName(m_doc->plan().info));
}

QList<PlanLocation> PlanSession::recentPlans() const
{
    return RecentPlans::list();
}

QString PlanSession::recentLabel(const PlanLocation &where)
{
    return RecentPlans::label(where);
}

QStringList PlanSession::recentServerAddresses() const
{
    return RecentPlans::serverAddresses();
}

void PlanSession::addRecentPlan(const PlanLocation &where)
{
    RecentPlans::add(where);
    rebuildRecentMenu();
}

void PlanSession::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<PlanLocation> plans = recentPlans();
    int n = 0;
    for (const PlanLocation &where : plans) {
        ++n;
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(recentLabel(where).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(where.isFile() ? QDir::toNativeSeparators(where.toString()) : where.toString());
        connect(a, &QAction::triggered, this, [this, where]() { openPlan(where); });
    }
    m_recentMenu->setEnabled(!plans.isEmpty());
}

bool PlanSession::openNamed(const QString &text)
{
    if (text.endsWith(QLatin1Char('.') + QLatin1String(Invitation::kSuffix), Qt::CaseInsensitive))
        return openInvitation(text);
    QString error;
    const std::optional<PlanLocation> where = PlanLocation::parse(text, &error);
    if (!where) {
        showError(tr("Cannot Open Plan"), error);
        return false;
    }
    return openPlan(*where);
}

bool PlanSession::openPlan(const PlanLocation &where, PlanDocument::Mode mode)
{
    // Asked while the keyring or a long work is waited for (a plan handed over by another
    // instance meanwhile): opened once that wait is over, not inside it.
    if (PasswordKeyring::isWaiting() || BackgroundWork::isWaiting()) {
        QTimer::singleShot(50, this, [this, where, mode]() { openPlan(where, mode); });
        return false;
    }
    if (m_doc && m_doc->location() == where) {
        m_window->raise();
        return true;
    }
    // A Word document, a PDF or a table opened as a plan: what the clerk wants is its import.
    if (where.isFile() && isImportable(where.toString())) {
        QMessageBox box(QMessageBox::Question, tr("Not a Plan File"),
                        tr("“%1” is a document, not a plan file. Import it as a plan? The document itself is not "
                           "changed.")
                            .arg(QFileInfo(where.toString()).fileName()),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("OfferImportQuestion"));
        QPushButton *import = box.addButton(tr("&Import the Plan Document…"), QMessageBox::AcceptRole);
        box.setDefaultButton(import);
        box.exec();
        if (box.clickedButton() == import)
            emit importRequested(where.toString());
        return false;
    }
    // A server plan whose password this run does not know: the keyring's, when it keeps one.
    const bool fromKeyring = where.isServer() && m_keptPasswords.supply(where.address());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PlanDocument::OpenAttempt attempt = PlanDocument::tryOpen(where, mode);
    QApplication::restoreOverrideCursor();
    const bool openElsewhere = attempt.openElsewhere;
    if (openElsewhere) {
        const auto answer = QMessageBox::question(m_window, tr("Plan Is Open Elsewhere"),
                                                  attempt.error + QStringLiteral("\n\n") + tr("Open it read-only?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        attempt = PlanDocument::tryOpen(where, PlanDocument::Mode::ReadOnly);
    }
    if (!attempt.document && attempt.notOurSchema)
        return offerCleanCopy(where.toString(), attempt.error);
    // A server plan from the recent plans or the command line whose password this run does not
    // know (or no longer takes): asked where it can be typed, the plan's address filled in.
    if (!attempt.document && attempt.loginRefused) {
        if (fromKeyring)
            m_keptPasswords.refused(where.address());   // out of date: asked afresh, not read again
        return askPasswordFor(where.address(), attempt.error, mode);
    }
    if (!attempt.document) {
        showError(tr("Cannot Open Plan"), attempt.error);
        return false;
    }
    // Read-only without being asked for (chosen above is no surprise).
    const bool unexpectedlyReadOnly = mode == PlanDocument::Mode::ReadWrite && attempt.document->isReadOnly() && !openElsewhere;
    setDocument(std::move(attempt.document));
    addRecentPlan(where);
    // The password the clerk asked the keyring to keep, kept now it has opened the plan (and
    // before a first password is replaced below, which then replaces it there too).
    if (where.isServer())
        m_keptPasswords.opened(where.address());
    // A member whose login the owner made with a first password chooses its own now.
    if (m_doc->passwordToChoose()) {
        ChoosePasswordDialog choose(where.address(), m_window);
        choose.exec();
    }
    if (unexpectedlyReadOnly) {
        // Not an error: said where it stays visible instead of in a dialog to dismiss. A server
        // plan is read-only by the login's rights, not by the place it is in.
        const PlanDocument *d = m_doc.get();
        const Department *reportsAs = d->isOnServer() && d->mayAddReports() ? d->plan().department(d->reportingDepartment()) : nullptr;
        emit openedReadOnly(reportsAs ? tr("You report for %1 on this plan: the plan itself is read-only to you; report "
                                           "progress on your department's tasks with Ctrl+R.")
                                            .arg(reportsAs->name)
                            : d->isOnServer() ? tr("Your login may read this plan on the server, not change it. Its owner "
                                                   "gives rights on the Members and Rights page.")
                                              : tr("“%1” cannot be written here, so it is open read-only. "
                                                   "Use Save As to make an editable copy.")
                                                    .arg(where.displayName()));
    }
    emit settled();
    return true;
}

void PlanSession::showVersion(std::unique_ptr<PlanDocument> version)
{
    if (!version || !version->shownVersion())
        return;
    const PlanVersion shown = *version->shownVersion();
    // Not a plan opened here: nothing to remember of it for next time.
    setDocument(std::move(version), true);
    emit openedReadOnly(tr("The version “%1” as it was saved %2: read-only. Print and export it like the plan; Save As "
                           "makes an editable plan file of it.")
                            .arg(shown.name, shown.savedWhen()));
}

bool PlanSession::offerCleanCopy(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Plan Changed by Another Program"), why, QMessageBox::Cancel, m_window);
    QPushButton *copy = box.addButton(tr("Make a &Clean Copy…"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("CleanCopyButton"));
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() != copy)
        return false;
    const QFileInfo fi(path);
    const QString target = askNewPlanPath(tr("Clean Copy of the Plan"), fi.absolutePath(),
                                          tr("%1 (clean copy)").arg(fi.completeBaseName()));
    if (target.isEmpty())
        return false;
    QString error, report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool made = PlanDocument::makeCleanCopy(path, target, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!made) {
        showError(tr("No Clean Copy"), error);
        return false;
    }
    QMessageBox::information(m_window, tr("Clean Copy Made"),
                             tr("The plan's own rows are in “%1”; “%2” is unchanged.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(target).fileName()), fi.fileName())
                                 + QStringLiteral("\n\n") + report);
    return openPlan(PlanLocation::file(QFileInfo(target).absoluteFilePath()));
}

QString PlanSession::askNewPlanPath(const QString &title, const QString &folder, const QString &baseName)
{
    const QString suggested = QDir(folder).filePath(baseName + QStringLiteral(".aplan"));
    QString path = QFileDialog::getSaveFileName(m_window, title, suggested, planFileFilter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".aplan");
    return path;
}

bool PlanSession::createAndOpen(const QString &path, const PlanData &content)
{
    QString error;
    auto doc = PlanDocument::create(path, content, &error);
    if (!doc) {
        showError(tr("Cannot Create Plan"), error);
        return false;
    }
    setDocument(std::move(doc));
    addRecentPlan(PlanLocation::file(path));
    return true;
}

bool PlanSession::writeNewPlan(const QString &path, const PlanData &content, const QString &label)
{
    // Written on a thread of its own (a 100,000-task plan takes seconds) with a bar and Cancel; a
    // cancelled write leaves no file. The window opens the file after, as any plan file.
    struct Written
    {
        bool ok = false;
        QString error;
        StoreError code = StoreError::None;
    };
    const Written written = BackgroundWork::runStoppable<Written>(
        m_window, label, [path, content](WorkProgress &progress) {
            Written w;
            // Its last report, all written, is where it is kept: a Cancel after it is refused.
            w.ok = PlanDocument::createFile(path, content, &w.error, &w.code, [&progress](qint64 done, qint64 total) {
                return progress.report(done, total) && (done < total || progress.commit());
            });
            return w;
        });
    if (!written.ok) {
        if (written.code == StoreError::Stopped)
            m_window->statusBar()->showMessage(tr("Stopped: the new plan was not written."), 8000);
        else
            showError(tr("Cannot Create Plan"), written.error);
        return false;
    }
    return openPlan(PlanLocation::file(path));
}

void PlanSession::newPlan()
{
    PlanPropertiesDialog dialog(PlanInfo{}, m_window);
    dialog.setWindowTitle(tr("New Plan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PlanData content;
    content.info = dialog.info();
    const QString path = askNewPlanPath(tr("New Plan"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        planName(content.info));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot Create Plan"), tr("“%1” already exists. Choose another name.").arg(QFileInfo(path).fileName()));
        return;
    }
    createAndOpen(path, content);
}

void PlanSession::openSample()
{
    QString copy, error;
    if (!SamplePlan::practiceCopy(&copy, &error)) {
        showError(tr("No Sample Plan"), error);
        return;
    }
    if (openPlan(PlanLocation::file(copy)))
        m_window->statusBar()->showMessage(
            tr("This is your own copy of the sample plan, in %1: change it as you like.").arg(QDir::toNativeSeparators(copy)),
            15000);
}

void PlanSession::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Plan"), workingFolder(), planFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool PlanSession::openInvitation(const QString &path)
{
    QFile file(path);
    QString error;
    std::optional<ServerAddress> address;
    if (file.size() > Invitation::kMaxBytes || !file.open(QIODevice::ReadOnly))
        error = tr("“%1” cannot be read as an invitation to a shared plan.").arg(QFileInfo(path).fileName());
    else
        address = Invitation::read(QString::fromUtf8(file.read(Invitation::kMaxBytes)), &error);
    if (!address) {
        showError(tr("Cannot Open Invitation"), error);
        return false;
    }
    return askPasswordFor(*address);
}

bool PlanSession::askPasswordFor(const ServerAddress &address, const QString &why, PlanDocument::Mode mode)
{
    ServerPlanDialog dialog(recentServerAddresses(), m_window);
    dialog.useAddress(address, why);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openFromDialog(dialog, mode);
}

bool PlanSession::openFromDialog(const ServerPlanDialog &dialog, PlanDocument::Mode mode)
{
    const PlanLocation &where = dialog.location();
    // The plan open already: shown, and nothing typed for it taken as its password.
    if (m_doc && m_doc->location() == where) {
        m_window->raise();
        return true;
    }
    if (!dialog.password().isEmpty())
        ServerPlans::rememberPassword(where.address(), dialog.password());
    m_keptPasswords.expect(where.address(), dialog.password(), dialog.keepsPassword());
    const bool opened = openPlan(where, mode);
    m_keptPasswords.drop();
    return opened;
}

void PlanSession::openServerPlan()
{
    ServerPlanDialog dialog(recentServerAddresses(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openFromDialog(dialog, PlanDocument::Mode::ReadWrite);
}

void PlanSession::rollForward()
{
    // Last year's plan is the open one, when a plan is open; else the clerk chooses its file.
    // Either way it is only read: rolling forward never changes it.
    std::unique_ptr<PlanDocument> chosen;
    if (!m_doc) {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Last Year's Plan"), workingFolder(),
                                                          planFileFilter());
        if (path.isEmpty())
            return;
        QString error;
        chosen = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
        if (!chosen) {
            showError(tr("Cannot Open Plan"), error);
            return;
        }
    } else {
        emit commitEditsRequested();   // what the fields hold is last year's too
    }
    PlanDocument *last = chosen ? chosen.get() : m_doc.get();
    const QString lastName = QDir::toNativeSeparators(last->location().displayName());
    const QString lastFolder = last->location().isServer() ? workingFolder() : last->folder();
    RollForwardDialog dialog(last->plan(), last->reports(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString summary;
    const PlanData next = dialog.result(&summary);
    const QString path = askNewPlanPath(tr("Save the New Plan As"), lastFolder, planName(next.info));
    if (path.isEmpty())
        return;
    chosen.reset();
    if (!writeNewPlan(path, next, tr("Writing the %1 plan…").arg(next.info.year)))
        return;
    m_window->statusBar()->showMessage(
        tr("The %1 plan was started from last year's; last year's file is unchanged.").arg(next.info.year), 8000);
    QMessageBox box(QMessageBox::Information, tr("Roll Forward Done"), summary, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("RollForwardSummary"));
    box.setInformativeText(tr("Last year's file is unchanged: %1").arg(lastName));
    box.exec();
}

void PlanSession::saveAs()
{
    if (!m_doc)
        return;
    emit commitEditsRequested();   // the copy has what the fields hold
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Plan As"),
                                                QDir(m_doc->folder()).filePath(m_doc->baseName() + QStringLiteral(".aplan")),
                                                planFileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".aplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".aplan");
    if (QFileInfo(path) == QFileInfo(m_doc->filePath()))
        return;  // every change is already saved
    QString error;
    if (!m_doc->backupTo(path, &error)) {
        showError(tr("Save As Failed"), tr("The plan could not be saved as “%1”: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    setDocument(nullptr);
    openFile(path);
}

void PlanSession::backupCopy()
{
    if (!m_doc)
        return;
    emit commitEditsRequested();   // the copy has what the fields hold
    const QString suggested = QDir(m_doc->folder()).filePath(
        m_doc->baseName() + QStringLiteral("-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral(".aplan"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up a Copy"), suggested, planFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_doc->backupTo(path, &error))
        showError(tr("Backup Failed"), tr("The backup copy could not be made: %1").arg(error));
    else
        m_window->statusBar()->showMessage(tr("Backup copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void PlanSession::closePlan()
{
    setDocument(nullptr);
}

} // namespace ap
