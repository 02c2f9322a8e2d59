#include "document/commands.h"
#include "import/xlsxreader.h"
#include "import/zipreader.h"
#include "monitor/collectionforms.h"

#include "../support/testutil.h"
#include "../support/zipwriter.h"

#include <QDir>
#include <QRegularExpression>

using namespace ap;

namespace {

// Fills a form the way a department would: status, percent, texts and a target's actual,
// by rewriting the sheet's cells in the package (no spreadsheet program needed).
QByteArray filled(const QByteArray &form, const std::function<QString(const QString &)> &edit)
{
    QList<testutil::ZipMember> members;
    // Read every part with our own reader and write them back, the first sheet edited.
    ZipReader zip;
    QString error;
    REQUIRE(zip.open(form, &error));
    for (const QString &name : zip.names()) {
        QByteArray data;
        REQUIRE(zip.read(name, &data, &error));
        if (name == QLatin1String("xl/worksheets/sheet1.xml"))
            data = edit(QString::fromUtf8(data)).toUtf8();
        members.append({name, data});
    }
    return testutil::makeZip(members);
}

// An inline string cell in place of the empty cell at ref.
QString setCell(QString xml, const QString &ref, const QString &text)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"([^>]*?)(/>|>.*?</c>)").arg(ref));
    const auto m = cell.match(xml);
    REQUIRE(m.hasMatch());
    QString attrs = m.captured(1);
    attrs.remove(QRegularExpression(QStringLiteral(" t=\"[^\"]*\"")));
    xml.replace(m.capturedStart(), m.capturedLength(),
                QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>").arg(ref, attrs, text.toHtmlEscaped()));
    return xml;
}

} // namespace

TEST_CASE("A return form lists the department's tasks and targets, and a filled one comes back as reports")
{
    testutil::DocumentFixture f;
    const PlanData &plan = f.plan();
    const Id dept = plan.departments.first().id;   // 区卫健委 leads every task of the small plan
    const QString path = f.dir.filePath(QStringLiteral("form.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*f.doc, dept, QStringLiteral("2026Q2"), path, &error));
    QList<QStringList> rows;
    REQUIRE(XlsxReader::readSheet(testutil::readAll(path), QStringLiteral("进展填报"), &rows, nullptr, &error));
    // Row 4 (index 3) is the first task; its targets follow.
    REQUIRE(rows.size() > 5);
    CHECK(rows.at(3).at(0).startsWith(QStringLiteral("T:")));
    CHECK(rows.at(3).at(2) == QStringLiteral("扩大签约覆盖面"));
    CHECK(rows.at(4).at(0).startsWith(QStringLiteral("G:")));
    CHECK(rows.at(4).at(3) == QStringLiteral("≥85%"));

    // The department fills in the first task and the actual of its first target.
    const QByteArray returned = filled(testutil::readAll(path), [](QString xml) {
        xml = setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        xml = setCell(xml, QStringLiteral("H4"), QStringLiteral("55"));
        xml = setCell(xml, QStringLiteral("J4"), QStringLiteral("签约团队已覆盖全部社区"));
        xml = setCell(xml, QStringLiteral("K4"), QStringLiteral("老年人续约意愿不高"));
        xml = setCell(xml, QStringLiteral("I5"), QStringLiteral("82.5"));
        return xml;
    });
    const QString back = f.dir.filePath(QStringLiteral("back.xlsx"));
    REQUIRE(testutil::writeAll(back, returned));
    ReturnedForm form;
    REQUIRE(CollectionForms::readForm(*f.doc, back, &form, &error));
    CHECK(form.period == QStringLiteral("2026Q2"));
    CHECK(form.departmentId == dept);
    QList<FormChange> changes = CollectionForms::changes(*f.doc, form, QDate(2026, 6, 30));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::New);
    CHECK(CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx")) == 1);
    const Id task = changes.first().entry.taskId;
    const CheckIn *c = f.doc->checkins().currentFor(task, QStringLiteral("2026Q2"));
    REQUIRE(c);
    CHECK(c->percent == 55.0);
    CHECK(c->status == TaskStatus::InProgress);
    CHECK(c->problems == QStringLiteral("老年人续约意愿不高"));
    CHECK(c->departmentId == dept);
    CHECK(c->actuals.value(plan.tasks.value(task).targets.first().id) == 82.5);

    // The same form again adds nothing.
    changes = CollectionForms::changes(*f.doc, form, QDate(2026, 6, 30));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::Unchanged);
    const int steps = f.stack()->count();
    CHECK(CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx")) == 0);
    CHECK(f.stack()->count() == steps);

    // A changed figure is a correction of the earlier report, and undo takes it back.
    const QByteArray again = filled(returned, [](QString xml) { return setCell(xml, QStringLiteral("H4"), QStringLiteral("60")); });
    REQUIRE(testutil::writeAll(back, again));
    REQUIRE(CollectionForms::readForm(*f.doc, back, &form, &error));
    changes = CollectionForms::changes(*f.doc, form, QDate(2026, 7, 2));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().kind == FormChange::Correction);
    CollectionForms::apply(f.doc.get(), changes, QStringLiteral("back.xlsx"));
    CHECK(f.doc->checkins().currentFor(task, QStringLiteral("2026Q2"))->percent == 60.0);
    CHECK(f.doc->checkins().entries.size() == 2);
    f.stack()->undo();
    CHECK(f.doc->checkins().currentFor(task, QStringLiteral("2026Q2"))->percent == 55.0);
}

TEST_CASE("A form for another plan, or a workbook that is no form, is refused with a reason")
{
    testutil::DocumentFixture f;
    testutil::DocumentFixture other(QStringLiteral("other.aplan"));
    PlanInfo info = other.plan().info;
    info.title = QStringLiteral("另一个计划");
    other.stack()->push(new SetPlanInfoCommand(other.doc.get(), info));
    const QString path = f.dir.filePath(QStringLiteral("form.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*other.doc, other.plan().departments.first().id, QStringLiteral("2026Q2"), path, &error));
    ReturnedForm form;
    CHECK_FALSE(CollectionForms::readForm(*f.doc, path, &form, &error));
    CHECK(error.contains(QStringLiteral("another plan")));

    const QString plain = f.dir.filePath(QStringLiteral("plain.xlsx"));
    REQUIRE(testutil::writeAll(plain, testutil::makeZip({{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")}})));
    CHECK_FALSE(CollectionForms::readForm(*f.doc, plain, &form, &error));
    CHECK(error.contains(QStringLiteral("not a return form")));
}

TEST_CASE("Forms for a period go one per department that has tasks")
{
    testutil::DocumentFixture f;
    QString error;
    const QString dir = f.dir.filePath(QStringLiteral("forms"));
    const QStringList written = CollectionForms::writeForms(*f.doc, QStringLiteral("2026Q3"), dir, &error);
    CHECK(error.isEmpty());
    CHECK(written.size() == CollectionForms::departmentsWithTasks(f.plan()).size());
    CHECK(QDir(dir).entryList(QDir::Files).size() == written.size());
    for (const QString &p : written)
        CHECK(p.contains(QStringLiteral("2026Q3")));
}
