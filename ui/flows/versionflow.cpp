#include "versionflow.h"

#include "shell/errorbox.h"
#include "dialogs/versionsdialog.h"
#include "document/plandocument.h"
#include "domain/documentlanguage.h"
#include "editor/planeditor.h"
#include "flows/plansession.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace ap {

VersionFlow::VersionFlow(QMainWindow *window, PlanSession *session, PlanEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_editor(editor)
{
    m_actions.add(this, tr("Save &Version…"), "SaveVersionAction", ActionRule::PlanWritable, &VersionFlow::saveVersion);
    m_actions.add(this, tr("Versions and Ad&justments…"), "VersionsAction", ActionRule::PlanOpen, &VersionFlow::showVersions);
}

QString VersionFlow::proposedName(const PlanVersions &versions)
{
    if (versions.list.isEmpty())
        return PlanDocument::issuedVersionName();
    const QString adjusted = doclang::text("ap::VersionFlow", QT_TRANSLATE_NOOP("ap::VersionFlow", "Adjusted version"));
    if (!versions.byName(adjusted))
        return adjusted;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1（%2）").arg(adjusted).arg(n);
        if (!versions.byName(name))
            return name;
    }
}

void VersionFlow::saveVersion()
{
    PlanDocument *doc = m_session->document();
    if (!doc || doc->isReadOnly())
        return;
    m_editor->commitPendingEdits();   // the version holds what the fields hold
    QString name = proposedName(doc->versions());
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("Save Version"),
                                     tr("Save the plan as it is now under a name. A version is never changed; later "
                                        "changes are compared with it (Plan ▸ Versions and Adjustments…).\n\nName:"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        PlanVersion saved;
        if (doc->saveVersion(name, &saved)) {
            m_window->statusBar()->showMessage(tr("Saved the version “%1”.").arg(saved.name), 10000);
            return;
        }
        // A failed write was told by the session already; a name refused is said here and asked
        // again, nothing written.
        if (doc->lastErrorCode() != StoreError::None)
            return;
        ErrorBox::warn(m_window, tr("Version Not Saved"), doc->lastError());
    }
}

void VersionFlow::offerIssuedVersion()
{
    PlanDocument *doc = m_session->document();
    if (!doc || doc->isReadOnly() || !doc->versions().list.isEmpty() || !doc->plan().info.documentDate.isValid())
        return;
    QSettings settings;
    const QString declined = QStringLiteral("issuedVersionDeclined/") + doc->planUid();
    if (settings.value(declined).toBool())
        return;
    const QString name = PlanDocument::issuedVersionName();
    QMessageBox box(QMessageBox::Question, tr("Keep the Issued Plan?"),
                    tr("The plan went out with the date %1. Save it as it is now as the version “%2”? Changes made "
                       "later in the year are then compared with it (the adjustment table), and each report period "
                       "is measured against the version in force.")
                        .arg(doc->plan().info.documentDate.toString(QStringLiteral("yyyy-MM-dd")), name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("IssuedVersionQuestion"));
    QPushButton *save = box.addButton(tr("&Save as “%1”").arg(name), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() != save) {
        // Asked once: the clerk saves one later with Plan ▸ Save Version… when it is time.
        settings.setValue(declined, true);
        return;
    }
    PlanVersion saved;
    if (doc->saveVersion(name, &saved))
        m_window->statusBar()->showMessage(tr("Saved the version “%1”.").arg(saved.name), 10000);
    else if (doc->lastErrorCode() == StoreError::None)
        ErrorBox::warn(m_window, tr("Version Not Saved"), doc->lastError());
}

void VersionFlow::showVersions()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    m_editor->commitPendingEdits();
    VersionsDialog dialog(doc, m_window);
    dialog.exec();
    if (dialog.versionToOpen())
        openVersion(dialog.versionToOpen());
}

void VersionFlow::openVersion(qint64 id)
{
    const PlanDocument *doc = m_session->document();
    if (!doc || !m_showVersion)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<PlanDocument> version = doc->openVersion(id, &error);
    QApplication::restoreOverrideCursor();
    if (!version) {
        ErrorBox::warn(m_window, tr("Cannot Open the Version"), error);
        return;
    }
    m_showVersion(std::move(version));
}

} // namespace ap
