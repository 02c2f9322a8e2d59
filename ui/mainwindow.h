#pragma once

#include "document/plandocument.h"
#include "import/planimport.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QDockWidget;
class QPrinter;

namespace ap {

class SectionTreeModel;
class TaskTableModel;
class TaskEditor;

// The application window. It owns the open PlanDocument (at most one per window), the
// models over it and the views; it asks the document for files and shows its errors.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file, telling the user why when it cannot. Returns true when opened.
    bool openFile(const QString &path, PlanStore::Mode mode = PlanStore::Mode::ReadWrite);
    // Reads a plan document and shows the review screen; the clerk then creates a new plan
    // from it or adds it to the open plan as one undo step.
    void importFile(const QString &path);
    // A task table (.xlsx, .csv, .tsv) through the column-mapping dialog.
    void importTable(const QString &path);
    // Text copied from a web page, an e-mail or a WPS document, read like a .txt file.
    void importText(const QString &text, const QString &origin);
    PlanDocument *document() const { return m_doc.get(); }
    QTreeView *sectionView() const { return m_sectionView; }
    QTableView *taskView() const { return m_taskView; }
    TaskEditor *taskEditor() const { return m_editor; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newPlan();
    void openDialog();
    void rollForward();
    void importDialog();
    void importClipboardText();
    // Monitoring (月调度 / 季督导)
    void reportProgress();
    void setPeriodLock(bool locked);
    void progressReport(bool annual);
    void writeReturnForms();
    void collectReturnForms();
    // Asks for a period of the plan's year (those offered, default the current one); empty when cancelled.
    QString choosePeriod(const QString &title, const std::function<bool(const QString &)> &offered = {});
    QString currentPeriod() const;
    void reviewImport(const ImportResult &read, const QString &name, const QString &path);
    void saveAs();
    void backupCopy();
    void printPreview();
    void print();
    void exportPdf();
    void exportTable(bool xlsx);
    void exportOdt();
    void setUpPrinter(QPrinter *printer) const;
    // True when an output may be written to path (never over a plan file or an open plan); asks
    // before replacing a file unless the file dialog already did. Says why when not.
    bool outputAllowed(const QString &path, bool replaceConfirmed, QWidget *parent);
    QString askExportPath(const QString &title, const QString &nameSuffix, const QString &extension,
                          const QString &filter);
    void reportExport(bool ok, const QString &path, const QString &error);
    void closePlan();
    void editProperties();
    void manageDepartments();
    void addSection(bool child);
    void addTask();
    void deleteSelected();
    void copyTasks();
    void pasteTasks();
    void duplicateTasks();
    QList<Id> selectedTasks() const;
    void renameSelected();
    void moveSelected(int delta);
    void indentSection(bool in);
    // Writes what an editor field still holds (the focused one, and the task editor's).
    void commitPendingEdits();
    void setDocument(std::unique_ptr<PlanDocument> doc);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    QStringList recentFiles() const;
    // Settings key of a recent plan's title, and how a recent plan is named in lists: title — file.
    static QString recentTitleKey(const QString &path);
    static QString recentLabel(const QString &path);
    Id currentSection() const;
    Id currentTask() const;
    void selectSection(Id id);
    void selectTask(Id id);
    void showTask(Id id);
    void showError(const QString &title, const QString &message);
    void saveViewState();

    std::unique_ptr<PlanDocument> m_doc;
    SectionTreeModel *m_sectionModel = nullptr;
    TaskTableModel *m_taskModel = nullptr;

    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QListWidget *m_welcomeRecent;
    QPushButton *m_continueButton = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QTreeView *m_sectionView;
    QTableView *m_taskView;
    TaskEditor *m_editor = nullptr;
    QWidget *m_editorHost;
    QScrollArea *m_editorScroll = nullptr;
    bool m_rightSplitterPlaced = false;
    QDockWidget *m_findDock;
    QDockWidget *m_checkDock;
    QToolButton *m_checkButton = nullptr;
    QWidget *m_dashboardHost = nullptr;
    QAction *m_dashboardAct = nullptr;
    QAction *m_subsectionsAct = nullptr;
    QDateTime m_lastOpened;     // of the open plan, before this session: for "what changed"
    QList<QAction *> m_monitorActs;
    QLabel *m_statusLabel;
    QLabel *m_readOnlyLabel;
    QMenu *m_recentMenu;
    QMenu *m_editMenu;

    QAction *m_newAct, *m_openAct, *m_saveAsAct, *m_backupAct, *m_closeAct, *m_quitAct;
    QAction *m_previewAct, *m_printAct, *m_exportPdfAct, *m_exportXlsxAct, *m_exportCsvAct;
    QAction *m_exportOdtAct = nullptr;
    QAction *m_undoAct = nullptr, *m_redoAct = nullptr;
    QAction *m_addSectionAct, *m_addSubsectionAct, *m_addTaskAct, *m_deleteAct, *m_renameAct;
    QAction *m_copyAct, *m_pasteAct, *m_duplicateAct;
    QAction *m_moveUpAct, *m_moveDownAct, *m_indentAct, *m_outdentAct;
    QAction *m_propertiesAct, *m_departmentsAct, *m_aboutAct, *m_findAct;
};

} // namespace ap
