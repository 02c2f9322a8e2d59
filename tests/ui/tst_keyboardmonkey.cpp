// The keyboard monkey: for many seeds, random sequences of real keys (Tab, arrows, letters,
// digits, Chinese, Enter, Escape, Delete, undo and redo, the window's shortcuts) into whatever
// has the focus (a completer's open list first, as a keyboard's keys go there), ending in Close or
// Quit; half the seeds start in the task table's department cell, so cell editors and the
// department completer get their share. After each run: no crash, integrity_check ok, and the
// file holds exactly the plan as it was after the last edit that was confirmed (pushed to the undo
// stack, undo and redo included). ANNUALPLAN_MONKEY_SEEDS and ANNUALPLAN_MONKEY_KEYS set the
// size (scripts/faults-long.sh runs it long).
#include "models/tasktablemodel.h"
#include "shell/mainwindow.h"

#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ap;

namespace {

int setting(const char *name, int shortMode)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : shortMode;
}

struct Key
{
    Qt::Key key;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
};

// What a clerk's hands do most, and every shortcut of the window but Close and Quit (the endings).
const QList<Key> &keys()
{
    static const QList<Key> all = {
        {Qt::Key_Tab}, {Qt::Key_Tab}, {Qt::Key_Tab}, {Qt::Key_Backtab, Qt::ShiftModifier},
        {Qt::Key_Up}, {Qt::Key_Down}, {Qt::Key_Down}, {Qt::Key_Left}, {Qt::Key_Right},
        {Qt::Key_PageUp}, {Qt::Key_PageDown}, {Qt::Key_Home}, {Qt::Key_End},
        {Qt::Key_Return}, {Qt::Key_Return}, {Qt::Key_Escape}, {Qt::Key_Delete}, {Qt::Key_Backspace},
        {Qt::Key_Space}, {Qt::Key_F2},
        {Qt::Key_Z, Qt::ControlModifier}, {Qt::Key_Y, Qt::ControlModifier},
        {Qt::Key_T, Qt::ControlModifier}, {Qt::Key_Return, Qt::ControlModifier},
        {Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier}, {Qt::Key_D, Qt::ControlModifier},
        {Qt::Key_C, Qt::ControlModifier}, {Qt::Key_V, Qt::ControlModifier}, {Qt::Key_A, Qt::ControlModifier},
        {Qt::Key_Up, Qt::AltModifier}, {Qt::Key_Down, Qt::AltModifier}, {Qt::Key_Left, Qt::AltModifier},
        {Qt::Key_Right, Qt::AltModifier}, {Qt::Key_F, Qt::ControlModifier}, {Qt::Key_F9},
        {Qt::Key_R, Qt::ControlModifier}, {Qt::Key_P, Qt::AltModifier}, {Qt::Key_E, Qt::AltModifier},
        {Qt::Key_V, Qt::AltModifier},
    };
    return all;
}

const QStringList &words()
{
    static const QStringList all = {QStringLiteral("卫生"), QStringLiteral("签约率"), QStringLiteral("区卫健委"),
                                    QStringLiteral("85%"), QStringLiteral("2026-06-30"), QStringLiteral("6月底"),
                                    QStringLiteral("、"), QStringLiteral("x"), QStringLiteral("12"),
                                    QStringLiteral("区"), QStringLiteral("提升至65%（基数60%）")};
    return all;
}

void press(QRandomGenerator &rng)
{
    // A completer's list, when open, takes the keys (Down, Enter, Tab, Escape) as it does for a clerk.
    QWidget *popup = QApplication::activePopupWidget();
    QWidget *target = qobject_cast<QAbstractItemView *>(popup) ? popup : QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        return;
    const int kind = int(rng.bounded(10));
    if (kind < 2) {
        testutil::type(target, words().at(int(rng.bounded(quint32(words().size())))));
    } else if (kind < 3) {
        QTest::keyClick(target, char('a' + rng.bounded(26)));
    } else {
        const Key &k = keys().at(int(rng.bounded(quint32(keys().size()))));
        QTest::keyClick(target, k.key, k.modifiers);
    }
}

QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.aplan"))
{
    return testutil::smallPlanFile(dir, name);
}

} // namespace

TEST_CASE("Random keys ending in Close or Quit never crash and never lose a confirmed edit")
{
    const int seeds = setting("ANNUALPLAN_MONKEY_SEEDS", 12);
    const int count = setting("ANNUALPLAN_MONKEY_KEYS", 120);
    // A dialog or a menu opened by a key (report, delete confirmation, Alt+letter) is closed the
    // way a clerk would, with Escape, so the run goes on.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        // Menus are closed; a completer's list stays for the keys.
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
            menu->close();
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    closer.start(20);
    int edits = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        const QString path = makePlan(dir);
        PlanData last;
        {
            MainWindow window;
            REQUIRE(testutil::showActive(&window));
            REQUIRE(window.openFile(path));
            PlanDocument *doc = window.document();
            last = doc->plan();
            if (seed % 2 == 0) {
                // In the task table, on the first task's lead department.
                QTableView *table = window.taskView();
                table->setFocus();
                if (table->model()->rowCount() > 0)
                    table->setCurrentIndex(table->model()->index(0, TaskTableModel::LeadColumn));
            }
            // Every confirmed edit (a command on the stack, undo and redo moving it) is the state
            // the file must have.
            QObject::connect(doc->undoStack(), &QUndoStack::indexChanged, [&last, doc, &edits] {
                last = doc->plan();
                ++edits;
            });
            QRandomGenerator rng{quint32(seed)};
            for (int i = 0; i < count; ++i) {
                press(rng);
                QCoreApplication::processEvents();
                // As a window manager does when a dialog closes: the main window is active again.
                if (QApplication::activeWindow() != &window && !QApplication::activePopupWidget()
                    && !QApplication::activeModalWidget()) {
                    window.activateWindow();
                    QCoreApplication::processEvents();
                }
                REQUIRE(window.document() == doc);
            }
            const auto *ending = window.findChild<QAction *>(rng.bounded(2) ? QStringLiteral("QuitAction")
                                                                             : QStringLiteral("CloseAction"));
            REQUIRE(ending);
            // A menu or a completion list still open takes the keys, as it does for a clerk: Escape.
            for (int i = 0; i < 5 && QApplication::activePopupWidget(); ++i) {
                QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
                QCoreApplication::processEvents();
            }
            if (QApplication::activeWindow() != &window) {
                window.activateWindow();
                QCoreApplication::processEvents();
            }
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            INFO("ending " << ending->objectName().toStdString() << " into " << target->metaObject()->className() << " "
                 << target->objectName().toStdString() << (QApplication::activePopupWidget() ? " (popup open)" : "")
                 << (QApplication::activeModalWidget() ? " (dialog open)" : "") << ", active window "
                 << (QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className() : "none")
                 << " visible " << (QApplication::activeWindow() && QApplication::activeWindow()->isVisible())
                 << " parent " << (QApplication::activeWindow() && QApplication::activeWindow()->parentWidget()
                                       ? QApplication::activeWindow()->parentWidget()->metaObject()->className() : "-"));
            QTest::keySequence(target, ending->shortcut());
            QCoreApplication::processEvents();
            REQUIRE(window.document() == nullptr);
        }
        CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
        auto file = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(file);
        std::string why;
        CHECK(testutil::samePlan(file->plan(), last, &why));
        INFO(why);
    }
    WARN("keyboard monkey: " << seeds << " runs of " << count << " keys, " << edits << " confirmed edits checked");
}
