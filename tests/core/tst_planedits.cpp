// The one door for edits (document/planedits.h): each edit says whether it was written, gives the
// new row's id, and leaves one undo step, or nothing when the write was refused.
#include "document/planedits.h"

#include "../support/testutil.h"

#include <QTemporaryDir>

using namespace ap;

TEST_CASE("An edit through the door gives the new row's id and one undo step that takes it out again")
{
    testutil::DocumentFixture f;
    REQUIRE(f.doc);
    PlanDocument &doc = *f.doc;
    const int sections = int(f.plan().childSections.value(0).size());
    const Id section = edits::addSection(doc, 0, sections, QStringLiteral("新增章节"));
    REQUIRE(section != 0);
    CHECK(f.plan().sections.value(section).title == QStringLiteral("新增章节"));
    CHECK(f.plan().childSections.value(0).value(sections) == section);
    CHECK(f.stack()->count() == 1);

    Task task;
    task.title = QStringLiteral("新增任务");
    const Id added = edits::addTask(doc, section, 0, task);
    REQUIRE(added != 0);
    CHECK(f.plan().sectionTasks.value(section) == QList<Id>{added});
    task = f.plan().tasks.value(added);
    task.notes = QStringLiteral("备注");
    CHECK(edits::editTask(doc, task));
    CHECK(f.plan().tasks.value(added).notes == QStringLiteral("备注"));

    const Id department = edits::addDepartment(doc, QStringLiteral("新设科室"), 0);
    REQUIRE(department != 0);
    CHECK(f.plan().departments.first().id == department);

    CHECK(f.stack()->count() == 4);
    while (f.stack()->canUndo())
        f.stack()->undo();
    CHECK_FALSE(f.plan().sections.contains(section));
    CHECK_FALSE(f.plan().department(department));
}

TEST_CASE("Edits made while a group lives are one undo step")
{
    testutil::DocumentFixture f;
    REQUIRE(f.doc);
    const PlanData before = f.plan();
    Id first = 0, second = 0;
    {
        const edits::Group group(*f.doc, QStringLiteral("两步"));
        first = edits::addSection(*f.doc, 0, 0, QStringLiteral("甲"));
        second = edits::addSection(*f.doc, 0, 0, QStringLiteral("乙"));
    }
    CHECK(first != 0);
    CHECK(second != 0);
    CHECK(f.stack()->count() == 1);
    CHECK(f.stack()->undoText() == QStringLiteral("两步"));
    f.stack()->undo();
    std::string why;
    CHECK(testutil::samePlan(f.plan(), before, &why));
    INFO(why);
}

TEST_CASE("An edit that cannot be written gives no id, leaves nothing on the undo stack and is reported")
{
    QTemporaryDir dir;
    const PlanData content = testutil::smallPlan();
    QString error;
    const QString path = dir.filePath(QStringLiteral("ro.aplan"));
    REQUIRE(PlanDocument::create(path, content, &error));
    auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(doc);
    QStringList reported;
    QObject::connect(doc.get(), &PlanDocument::writeFailed, [&](const QString &m) { reported << m; });
    const PlanData plan = doc->plan();
    CHECK(edits::addSection(*doc, 0, 0, QStringLiteral("不能保存")) == 0);
    CHECK(edits::addTask(*doc, plan.childSections.value(0).at(0), 0, Task()) == 0);
    CHECK(edits::addDepartment(*doc, QStringLiteral("不能保存"), 0) == 0);
    CHECK_FALSE(edits::renameSection(*doc, plan.childSections.value(0).at(0), QStringLiteral("x")));
    CHECK(doc->undoStack()->count() == 0);
    CHECK(reported.size() == 4);
    std::string why;
    CHECK(testutil::samePlan(doc->plan(), plan, &why));
}
