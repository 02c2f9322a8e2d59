#pragma once

#include "shell/actionrules.h"
#include "domain/plan.h"

#include <QWidget>

class QDockWidget;
class QMainWindow;
class QScrollArea;
class QSplitter;
class QToolButton;
class QTreeView;

namespace ap {

class GridView;
class PlanDocument;
class SectionTreeModel;
class TaskEditor;
class TaskTableModel;

// The editing page of an open plan: the section tree, the task table over the task editor, and
// the Find and Plan Checks docks. It owns the models and views over the document (not the
// document) and answers what is selected; edits themselves are the EditActions' job.
class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    // The docks go into window.
    explicit PlanEditor(QMainWindow *window, QWidget *parent = nullptr);
    ~PlanEditor() override;

    // Shows doc (not owned), or nothing. What a field holds is written before the views over
    // the previous document are torn down.
    void setDocument(PlanDocument *doc);
    PlanDocument *document() const { return m_doc; }
    // Writes what an editor field still holds (the focused one, and the task editor's).
    void commitPendingEdits();

    Id currentSection() const;
    Id currentTask() const;
    // The selected tasks in table order; the current one when no row is selected.
    QList<Id> selectedTasks() const;
    bool taskTableHasFocus() const;
    void selectSection(Id id);
    void selectTask(Id id);
    // Shows a task wherever it is: its section, its row.
    void showTask(Id id);
    // Starts editing a section's title, or a task row's title.
    void editSection(Id id);
    void editTask(Id id);
    // Focus and edit the current section's title (F2).
    void renameCurrentSection();

    QTreeView *sectionView() const { return m_sectionView; }
    GridView *taskView() const { return m_taskView; }
    TaskTableModel *taskModel() const { return m_taskModel; }
    TaskEditor *taskEditor() const { return m_editor; }
    // The status bar's button that shows the count of plan checks and opens their dock.
    QToolButton *checksButton() const { return m_checkButton; }
    // Find, the two panels' toggles and the subsections switch, with their rules.
    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

    // Splitters and the task table's columns, to QSettings.
    void saveViewState() const;
    void restoreViewState();

signals:
    // The current section or task changed: actions that depend on the selection are updated.
    void selectionChanged();
    // A plan check about the plan's own properties was chosen: the properties dialog opens.
    void propertiesRequested();
    // A plan check about a department was chosen: the departments dialog opens.
    void departmentsRequested();

private:
    void createActions();
    void showFindPanel();
    // With a dock open under it the task table still shows ten rows: the task editor (which
    // scrolls) gives up the height first.
    void keepTaskRows();

    QMainWindow *m_window;
    PlanDocument *m_doc = nullptr;
    SectionTreeModel *m_sectionModel = nullptr;
    TaskTableModel *m_taskModel = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QTreeView *m_sectionView;
    GridView *m_taskView;
    QScrollArea *m_editorScroll;
    TaskEditor *m_editor = nullptr;
    bool m_rightSplitterPlaced = false;
    QDockWidget *m_findDock;
    QDockWidget *m_checkDock;
    QToolButton *m_checkButton;
    ActionSet m_actions;
};

} // namespace ap
