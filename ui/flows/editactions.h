#pragma once

#include "shell/actionrules.h"
#include "domain/plan.h"

#include <QObject>

class QMainWindow;
class QUndoGroup;

namespace ap {

class PlanDocument;
class PlanEditor;

// The edits of the plan's structure and its properties: undo and redo, add, rename, delete,
// move and indent sections and tasks, copy, paste and duplicate tasks, plan properties and
// departments. Each action has an objectName and a rule; each edit is one undo command.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(QMainWindow *window, PlanEditor *editor);
    ~EditActions() override;

    // The document edited (not owned), or none; its undo stack drives Undo and Redo.
    void setDocument(PlanDocument *doc);
    // Enables the actions for state; Undo and Redo follow the undo stack.
    void update(const ActionState &state);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

private:
    void createActions();
    void createUndoActions();
    void addSection(bool child);
    void addTask();
    void deleteSelected();
    void copyTasks();
    void pasteTasks();
    void duplicateTasks();
    void moveSelected(int delta);
    void indentSection(bool in);
    void editProperties();
    void manageDepartments();
    bool writable() const;
    void showMessage(const QString &message, int timeout);

    QMainWindow *m_window;
    PlanEditor *m_editor;
    PlanDocument *m_doc = nullptr;
    QUndoGroup *m_undoGroup;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    ActionSet m_actions;
};

} // namespace ap
