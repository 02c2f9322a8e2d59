#pragma once

#include "flows/keptpasswords.h"

#include "shell/actionrules.h"
#include "document/plandocument.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QMainWindow;
class QMenu;
class QTimer;

namespace ap {

class ServerPlanDialog;

class StepsAfterDialogs;

// The file lifecycle of a window: it owns the open PlanDocument (at most one) and the actions
// that create, open, roll forward, copy and close plans, and the recent files. Every new plan
// file, whatever it starts from, is asked for in askNewPlanPath and made in createAndOpen.
class PlanSession : public QObject
{
    Q_OBJECT
public:
    explicit PlanSession(QMainWindow *window);
    ~PlanSession() override;

    PlanDocument *document() const { return m_doc.get(); }
    // Opens a plan, telling the user why when it cannot. Returns true when opened.
    bool openPlan(const PlanLocation &where, PlanDocument::Mode mode = PlanDocument::Mode::ReadWrite);
    // Opens the plan text names (a file's path or a server plan's address, as given on the
    // command line), or says why it cannot.
    bool openNamed(const QString &text);
    // Opens the shared plan an invitation file names (Invitation): the password asked with the
    // plan's address filled in. False, and why said, when it is not one.
    bool openInvitation(const QString &path);
    // Opens the plan file at path.
    bool openFile(const QString &path, PlanDocument::Mode mode = PlanDocument::Mode::ReadWrite)
    {
        return openPlan(PlanLocation::file(path), mode);
    }
    // A version of a plan opened read-only (PlanDocument::openVersion) as this window's plan: kept
    // out of the recent plans, said read-only and why.
    void showVersion(std::unique_ptr<PlanDocument> version);
    // Writes content as a new plan file at path and opens it; says why when it cannot.
    bool createAndOpen(const QString &path, const PlanData &content);
    // Asks where a new plan goes, suggesting baseName in folder; ".aplan" is added when the
    // clerk leaves it out. Empty when cancelled.
    QString askNewPlanPath(const QString &title, const QString &folder, const QString &baseName);
    // A plan file another program changed (its schema is not ours): says why, and offers a clean
    // copy of its rows in a new file, which is then opened. False when none was made.
    bool offerCleanCopy(const QString &path, const QString &why);
    // Where a file dialog starts: the open plan's folder, else the Documents folder.
    QString workingFolder() const;
    void closePlan();
    // The open server plan opened anew on its address (its password is remembered for the run);
    // commitFirst: what the fields hold is written first.
    bool reloadFromServer(bool commitFirst = true);

    // How a plan is named to the clerk: its title, else "2027 plan".
    static QString planName(const PlanInfo &info);
    static QString planFileFilter();
    // Recent plans, the newest first (files only while they exist), and the label of each
    // (title — file name, or title — plan @ server).
    QList<PlanLocation> recentPlans() const;
    static QString recentLabel(const PlanLocation &where);
    // The recent server plans' addresses, for the address field of the server dialogs.
    QStringList recentServerAddresses() const;
    // When the open plan was last open here before this session (for "what changed").
    QDateTime lastOpened() const { return m_lastOpened; }

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }
    QMenu *recentMenu() const { return m_recentMenu; }

signals:
    // Before the open document goes (it is still there): its editors write and let go of it.
    void documentAboutToChange();
    void documentChanged(ap::PlanDocument *doc);
    // The fields' pending text is wanted in the file now (before a copy is made).
    void commitEditsRequested();
    // The plan opened read-only although writing was asked for, and why.
    void openedReadOnly(const QString &why);
    // A document was opened as a plan and the clerk chose to import it.
    void importRequested(const QString &path);
    // The open server plan was read anew: after someone else's change met the clerk's, on F5, or
    // once a lost server answered again. (documentChanged came first.)
    void reloaded();
    // A server plan opened, or read anew, and what the window says of it said: work that waited
    // for the plan (reports to send) may run now and say what became of it.
    void settled();

private:
    void createActions();
    // again: the same plan read anew, which keeps when it was last open before this session.
    void setDocument(std::unique_ptr<PlanDocument> doc, bool again = false);
    // Tries every few seconds whether a lost server answers again, then reads the plan anew.
    void startReconnecting();
    void tryReconnect();
    // The probe's answer: the plan opened anew when the server answers and no dialog is open.
    void probed();
    // The open server plan opened anew in its place (reloaded told); false, and why, when it cannot be.
    bool openAgain(QString *error);
    // The clerk's edit someone else's change beat to the server, offered again beside theirs
    // (ConflictDialog) once the plan has been read again.
    void resolveConflict(const RefusedEdit &refused);
    // Refused edits that cannot be offered again (the plan could not be read): their words on
    // the clipboard, said in the status bar.
    void keepWordsElsewhere(const QList<RefusedEdit> &refused);
    void newPlan();
    void openDialog();
public:
    // The sample plan shipped with the program, as a copy of the clerk's own in the documents
    // folder (SamplePlan), for a first start. Says so when there is none.
    void openSample();
private:
    void openServerPlan();
public:
    // What Open Shared Plan's 在本机钥匙环中记住密码 said of the password typed for address, done
    // once openPlan has opened that plan (KeptPasswords).
    void expectPassword(const ServerAddress &address, const QString &password, bool keep)
    {
        m_keptPasswords.expect(address, password, keep);
    }
private:
    // The password of the server plan at address asked in Open Shared Plan, its fields filled in
    // (why: the refusal that asks it again), then the plan opened; false when cancelled.
    bool askPasswordFor(const ServerAddress &address, const QString &why = QString(),
                        PlanDocument::Mode mode = PlanDocument::Mode::ReadWrite);
    // The plan Open Shared Plan chose, opened with the password typed there (this run's, and the
    // keyring's when its box is ticked).
    bool openFromDialog(const ServerPlanDialog &dialog, PlanDocument::Mode mode);
    void rollForward();
    // content written as a new plan file at path on a thread of its own (label over its progress),
    // then opened; false when it was stopped or could not be written or opened (the clerk was told).
    bool writeNewPlan(const QString &path, const PlanData &content, const QString &label);
    void saveAs();
    void backupCopy();
    void addRecentPlan(const PlanLocation &where);
    void rebuildRecentMenu();
    void rememberTitle();
    void showError(const QString &title, const QString &message);

    QMainWindow *m_window;
    std::unique_ptr<PlanDocument> m_doc;
    QDateTime m_lastOpened;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    // Whether the lost server answers, asked on a thread of the pool (ServerPlans::answers).
    QFutureWatcher<bool> *m_probe = nullptr;
    StepsAfterDialogs *m_afterDialogs;   // a failed write's telling, once no dialog holds the document
    KeptPasswords m_keptPasswords;       // the keyring's passwords, as this run uses them
    ActionSet m_actions;
};

} // namespace ap
