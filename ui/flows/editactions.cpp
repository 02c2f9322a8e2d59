#include "editactions.h"

#include "document/planedits.h"
#include "document/plandocument.h"
#include "io/tasktsv.h"
#include "models/tasktablemodel.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/departmentdialog.h"
#include "editor/planeditor.h"
#include "widgets/gridview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>

#include <optional>

namespace ap {

EditActions::EditActions(QMainWindow *window, PlanEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_undoGroup(new QUndoGroup(this))
{
    createUndoActions();
    createActions();
}

EditActions::~EditActions() = default;

void EditActions::createUndoActions()
{
    // The group follows the open plan's stack: enabled state and texts come from it. What a field
    // still holds is written first, so Undo takes back the last edit the clerk made, typed or not;
    // Qt's own trigger connection is replaced for that.
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_undo->setObjectName(QStringLiteral("UndoAction"));
    m_redo->setObjectName(QStringLiteral("RedoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    disconnect(m_undo, &QAction::triggered, nullptr, nullptr);
    disconnect(m_redo, &QAction::triggered, nullptr, nullptr);
    // What the status line said of an edit ("3 tasks added") is no longer true once it is undone
    // or redone.
    connect(m_undo, &QAction::triggered, this, [this]() {
        m_editor->commitPendingEdits();
        m_undoGroup->undo();
        m_window->statusBar()->clearMessage();
    });
    connect(m_redo, &QAction::triggered, this, [this]() {
        m_editor->commitPendingEdits();
        m_undoGroup->redo();
        m_window->statusBar()->clearMessage();
    });
    // The translated texts put the command's name where the language wants it.
    auto undoText = [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        m_undo->setToolTip(m_undo->text().remove(QLatin1Char('&')));
    };
    auto redoText = [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        m_redo->setToolTip(m_redo->text().remove(QLatin1Char('&')));
    };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, undoText);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, redoText);
    undoText(QString());
    redoText(QString());
    // The toolbar keeps short words (the menu and the tip say what): its buttons stay put.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void EditActions::createActions()
{
    m_actions.add(this, tr("&Copy Tasks"), "CopyTasksAction", ActionRule::OpenTask, &EditActions::copyTasks)
        ->setShortcut(QKeySequence::Copy);
    m_actions.add(this, tr("&Paste Tasks"), "PasteTasksAction", ActionRule::WritableSection, &EditActions::pasteTasks)
        ->setShortcut(QKeySequence::Paste);
    m_actions.add(this, tr("Duplicat&e Tasks"), "DuplicateTasksAction", ActionRule::WritableTask, &EditActions::duplicateTasks)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actions.add(this, tr("Add &Section"), "AddSectionAction", ActionRule::PlanWritable, [this]() { addSection(false); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_actions.add(this, tr("Add Su&bsection"), "AddSubsectionAction", ActionRule::WritableSection, [this]() { addSection(true); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_actions.add(this, tr("Add &Task"), "AddTaskAction", ActionRule::WritableSection, &EditActions::addTask)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_actions.add(this, tr("Re&name"), "RenameAction", ActionRule::WritableSection, [this]() { m_editor->renameCurrentSection(); })
        ->setShortcut(QKeySequence(Qt::Key_F2));
    m_actions.add(this, tr("&Delete"), "DeleteAction", ActionRule::WritableSectionOrTask, &EditActions::deleteSelected)
        ->setShortcut(QKeySequence::Delete);
    m_actions.add(this, tr("Mo&ve Up"), "MoveUpAction", ActionRule::WritableSectionOrTask, [this]() { moveSelected(-1); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_actions.add(this, tr("Move Do&wn"), "MoveDownAction", ActionRule::WritableSectionOrTask, [this]() { moveSelected(1); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_actions.add(this, tr("&Indent Section"), "IndentAction", ActionRule::WritableSection, [this]() { indentSection(true); })
        ->setShortcuts({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::ALT | Qt::Key_Right)});
    // Shift+Tab arrives as Backtab; the menu shows the first: "Shift+Tab" (see shortcutnames).
    m_actions.add(this, tr("&Outdent Section"), "OutdentAction", ActionRule::WritableSection, [this]() { indentSection(false); })
        ->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::Key_Backtab),
                        QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_actions.add(this, tr("Plan Propertie&s…"), "PropertiesAction", ActionRule::PlanOpen, &EditActions::editProperties);
    m_actions.add(this, tr("&Departments…"), "DepartmentsAction", ActionRule::PlanOpen, &EditActions::manageDepartments);

    // These keys act on what has focus: on the section tree, sections; on the table, tasks.
    // Elsewhere (a text field in the task editor) they keep their usual meaning.
    for (const char *name : {"DeleteAction", "RenameAction", "MoveUpAction", "MoveDownAction", "IndentAction",
                             "OutdentAction", "CopyTasksAction", "PasteTasksAction", "DuplicateTasksAction"})
        action(name)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (const char *name : {"AddSectionAction", "AddSubsectionAction", "AddTaskAction", "RenameAction", "DeleteAction",
                             "MoveUpAction", "MoveDownAction", "IndentAction", "OutdentAction", "PasteTasksAction"})
        m_editor->sectionView()->addAction(action(name));
    for (const char *name : {"AddTaskAction", "CopyTasksAction", "PasteTasksAction", "DuplicateTasksAction",
                             "DeleteAction", "MoveUpAction", "MoveDownAction"})
        m_editor->taskView()->addAction(action(name));
    // Enter on the table's last row adds a task below it, as a spreadsheet's next row.
    connect(m_editor->taskView(), &GridView::rowAppendRequested, this, [this]() {
        if (action("AddTaskAction")->isEnabled())
            addTask();
    });
}

void EditActions::setDocument(PlanDocument *doc)
{
    if (m_doc && m_doc != doc)
        m_undoGroup->removeStack(m_doc->undoStack());
    m_doc = doc;
    if (m_doc) {
        m_undoGroup->addStack(m_doc->undoStack());
        m_undoGroup->setActiveStack(m_doc->undoStack());
    }
}

void EditActions::update(const ActionState &state)
{
    m_actions.update(state);
}

bool EditActions::writable() const
{
    return m_doc && !m_doc->isReadOnly();
}

void EditActions::showMessage(const QString &message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
}

void EditActions::addSection(bool child)
{
    if (!writable())
        return;
    const Id current = m_editor->currentSection();
    Id parent = 0;
    int row = int(m_doc->plan().childSections.value(0).size());
    if (child && current != 0) {
        parent = current;
        row = int(m_doc->plan().childSections.value(current).size());
    } else if (current != 0) {
        parent = m_doc->plan().sections.value(current).parentId;
        row = m_doc->plan().sectionRow(current) + 1;
    }
    if (const Id id = edits::addSection(*m_doc, parent, row, tr("New section")))
        m_editor->editSection(id);
}

void EditActions::addTask()
{
    const Id section = m_editor->currentSection();
    if (!writable() || section == 0)
        return;
    const Id current = m_editor->currentTask();
    const QList<Id> tasks = m_doc->plan().sectionTasks.value(section);
    const int row = current != 0 ? int(tasks.indexOf(current)) + 1 : int(tasks.size());
    Task t;
    t.title = tr("New task");
    if (m_doc->plan().info.year > 0)
        t.deadline = QDate(m_doc->plan().info.year, 12, 31);
    if (const Id id = edits::addTask(*m_doc, section, row, t))
        m_editor->editTask(id);
}

void EditActions::copyTasks()
{
    const QList<Id> ids = m_editor->selectedTasks();
    if (!m_doc || ids.isEmpty())
        return;
    QApplication::clipboard()->setText(TaskTsv::write(*m_doc, ids));
    showMessage(tr("%n task(s) copied; they paste into Excel or WPS as a table.", nullptr, int(ids.size())), 5000);
}

void EditActions::pasteTasks()
{
    const Id section = m_editor->currentSection();
    if (!writable() || section == 0)
        return;
    // One value copied from a cell (no tab, no line break) fills the current cell, as in a
    // spreadsheet; rows of cells become tasks.
    QString text = QApplication::clipboard()->text();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    QTableView *view = m_editor->taskView();
    TaskTableModel *model = m_editor->taskModel();
    const QModelIndex cell = view->currentIndex();
    if (view->hasFocus() && !text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) && cell.isValid()
        && (model->flags(cell) & Qt::ItemIsEditable)) {
        if (!model->setData(cell, text, Qt::EditRole))
            showMessage(tr("“%1” cannot go into this cell.").arg(text), 8000);
        return;
    }
    const QList<Id> tasks = m_doc->plan().sectionTasks.value(section);
    const Id current = m_editor->currentTask();
    const int row = current != 0 ? int(tasks.indexOf(current)) + 1 : int(tasks.size());
    QString message;
    TaskTsv::paste(m_doc, section, row, QApplication::clipboard()->text(), &message);
    showMessage(message, 8000);
}

void EditActions::duplicateTasks()
{
    const QList<Id> ids = m_editor->selectedTasks();
    if (!writable() || ids.isEmpty())
        return;
    const Id section = m_editor->currentSection();
    const edits::Group group(*m_doc, tr("Duplicate %n task(s)", nullptr, int(ids.size())));
    int row = int(m_doc->plan().sectionTasks.value(section).indexOf(ids.last())) + 1;
    for (Id id : ids) {
        Task copy = m_doc->plan().tasks.value(id);
        copy.id = 0;
        for (Target &t : copy.targets)
            t.id = 0;
        edits::addTask(*m_doc, section, row++, copy);
    }
}

void EditActions::deleteSelected()
{
    if (!writable())
        return;
    if (m_editor->taskTableHasFocus() && m_editor->currentTask() != 0) {
        QTableView *view = m_editor->taskView();
        const int row = view->currentIndex().row();
        const QList<Id> ids = m_editor->selectedTasks();
        {
            std::optional<edits::Group> group;
            if (ids.size() > 1)
                group.emplace(*m_doc, tr("Delete %n task(s)", nullptr, int(ids.size())));
            for (Id id : ids)
                edits::removeTask(*m_doc, id);
        }
        const int next = qMin(row, m_editor->taskModel()->rowCount() - 1);
        if (next >= 0)
            view->setCurrentIndex(m_editor->taskModel()->index(next, TaskTableModel::TitleColumn));
        return;
    }
    // Delete acts on the view the clerk is in, never on one they are not: from a field of the
    // task editor (the menu, a shortcut) it deletes nothing and says where to go.
    if (!m_editor->sectionView()->hasFocus()) {
        showMessage(tr("Select the tasks in the table or the section in the section tree, then delete."), 8000);
        return;
    }
    const Id section = m_editor->currentSection();
    if (section == 0)
        return;
    int taskCount = 0;
    const QList<Id> subtree = m_doc->plan().sectionSubtree(section);
    for (Id s : subtree)
        taskCount += int(m_doc->plan().sectionTasks.value(s).size());
    // Always asked, and always with what goes with it.
    const QString label = m_doc->sectionLabel(section) + m_doc->plan().sections.value(section).title;
    const auto answer = QMessageBox::question(
        m_window, tr("Delete Section"),
        tr("Delete “%1” with %n task(s) and %2 subsection(s)? You can undo this.", nullptr, taskCount)
            .arg(label)
            .arg(subtree.size() - 1));
    if (answer != QMessageBox::Yes)
        return;
    edits::removeSection(*m_doc, section);
}

void EditActions::moveSelected(int delta)
{
    if (!writable())
        return;
    const PlanData &p = m_doc->plan();
    if (m_editor->taskTableHasFocus() && m_editor->currentTask() != 0) {
        const Id task = m_editor->currentTask();
        const Id section = p.taskSection.value(task);
        const int row = int(p.sectionTasks.value(section).indexOf(task));
        const int target = row + delta;
        if (target < 0 || target >= p.sectionTasks.value(section).size())
            return;
        edits::moveTask(*m_doc, task, section, target);
        m_editor->selectTask(task);
        return;
    }
    const Id section = m_editor->currentSection();
    if (section == 0)
        return;
    const Id parent = p.sections.value(section).parentId;
    const int row = p.sectionRow(section);
    const int target = row + delta;
    if (target < 0 || target >= p.childSections.value(parent).size())
        return;
    edits::moveSection(*m_doc, section, parent, target);
    m_editor->selectSection(section);
}

void EditActions::indentSection(bool in)
{
    const Id section = m_editor->currentSection();
    if (!writable() || section == 0)
        return;
    const PlanData &p = m_doc->plan();
    const Id parent = p.sections.value(section).parentId;
    const int row = p.sectionRow(section);
    if (in) {
        // Becomes the last child of the section above it.
        if (row == 0)
            return;
        const Id newParent = p.childSections.value(parent).at(row - 1);
        edits::moveSection(*m_doc, section, newParent, int(p.childSections.value(newParent).size()));
    } else {
        // Becomes the sibling after its parent.
        if (parent == 0)
            return;
        const Id grand = p.sections.value(parent).parentId;
        edits::moveSection(*m_doc, section, grand, p.sectionRow(parent) + 1);
    }
    m_editor->selectSection(section);
}

void EditActions::editProperties()
{
    if (!m_doc)
        return;
    PlanPropertiesDialog dialog(m_doc->plan().info, m_window);
    if (m_doc->isReadOnly()) {
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PlanInfo info = dialog.info();
    if (info != m_doc->plan().info)
        edits::setPlanInfo(*m_doc, info);
}

void EditActions::manageDepartments()
{
    if (!m_doc)
        return;
    DepartmentDialog dialog(m_doc, m_window);
    dialog.exec();
}

} // namespace ap
