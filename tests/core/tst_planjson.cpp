#include "document/plandocument.h"
#include "io/planjson.h"

#include "../support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ap;

TEST_CASE("Plan JSON written and read back gives the same outline, tasks and targets")
{
    const PlanData original = testutil::smallPlan();
    const QByteArray json = PlanJson::write(original);
    PlanData back;
    QString error;
    REQUIRE(PlanJson::read(json, &back, &error));
    CHECK(back.info == original.info);
    CHECK(back.departments.size() == original.departments.size());
    CHECK(back.sections.size() == original.sections.size());
    CHECK(back.tasks.size() == original.tasks.size());
    CHECK(back.targetCount() == original.targetCount());
    CHECK(PlanJson::write(back) == json);
}

TEST_CASE("Plan JSON keeps the notice a plan is issued in, and a plan without one writes none")
{
    PlanData original = testutil::smallPlan();
    CHECK_FALSE(QString::fromUtf8(PlanJson::write(original)).contains(QStringLiteral("\"notice\"")));
    original.info.notice = IssueNotice{true, QStringLiteral("测试区卫生健康委员会文件"), QStringLiteral("测卫发〔2026〕9号"),
                                       QStringLiteral("各单位"), QString(), QStringLiteral("区政府办"),
                                       QStringLiteral("办公室"), QDate(2026, 1, 16)};
    PlanData back;
    QString error;
    REQUIRE(PlanJson::read(PlanJson::write(original), &back, &error));
    CHECK(back.info.notice == original.info.notice);
    // A date that is none is refused with the notice named.
    QByteArray broken = PlanJson::write(original);
    broken.replace("2026-01-16", "2026-13-40");
    CHECK_FALSE(PlanJson::read(broken, &back, &error));
    CHECK(error.contains(QStringLiteral("notice")));
}

TEST_CASE("Plan JSON carries derived labels and the schema's field names")
{
    const QJsonObject root = QJsonDocument::fromJson(PlanJson::write(testutil::smallPlan())).object();
    const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    REQUIRE(nodes.size() == 7);
    CHECK(nodes.at(0).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("一、"));
    CHECK(nodes.at(1).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("（一）"));
    const QJsonObject task = nodes.at(2).toObject();
    CHECK(task.value(QStringLiteral("kind")).toString() == QStringLiteral("task"));
    CHECK(task.value(QStringLiteral("level")).toInt() == 3);
    CHECK(task.value(QStringLiteral("label")).toString() == QStringLiteral("1."));
    CHECK(task.value(QStringLiteral("lead")).toArray().at(0).toString() == QStringLiteral("区卫健委"));
    const QJsonObject target = task.value(QStringLiteral("targets")).toArray().at(0).toObject();
    CHECK(target.value(QStringLiteral("op")).toString() == QStringLiteral(">="));
    CHECK(target.value(QStringLiteral("value")).toInt() == 85);
    CHECK(target.value(QStringLiteral("baseline_year")).toInt() == 2025);
    CHECK(target.value(QStringLiteral("due")).isNull());
}

TEST_CASE("Plan JSON that is broken or puts a task outside a section is refused with a reason")
{
    PlanData p;
    QString error;
    CHECK_FALSE(PlanJson::read("{not json", &p, &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(PlanJson::read(R"({"nodes":[{"kind":"task","level":1,"title":"x"}]})", &p, &error));
    CHECK(error.contains(QStringLiteral("x")));
    CHECK_FALSE(PlanJson::read(R"({"nodes":[{"kind":"chapter","level":1,"title":"x"}]})", &p, &error));
    CHECK_FALSE(PlanJson::read(R"({"nodes":[{"kind":"section","level":0,"title":"x"}]})", &p, &error));
}

TEST_CASE("The bundled sample plan is a complete district plan for 2026")
{
    const QByteArray json = testutil::readAll(testutil::sampleJsonPath());
    REQUIRE_FALSE(json.isEmpty());
    PlanData p;
    QString error;
    REQUIRE(PlanJson::read(json, &p, &error));
    CHECK(p.info.year == 2026);
    CHECK_FALSE(p.info.title.isEmpty());
    CHECK_FALSE(p.info.organisation.isEmpty());
    CHECK(p.childSections.value(0).size() >= 4);
    CHECK(p.tasks.size() >= 25);
    CHECK(p.departments.size() >= 8);
    int withBaseline = 0, milestones = 0;
    for (const Task &t : p.tasks) {
        INFO(t.title.toStdString());
        CHECK(t.deadline.year() == 2026);
        CHECK_FALSE(t.departmentIds(DepartmentRole::Lead).isEmpty());
        for (const Target &target : t.targets) {
            CHECK(target.value.has_value());
            if (target.baseline)
                ++withBaseline;
            if (target.due.isValid())
                ++milestones;
        }
    }
    CHECK(p.targetCount() >= 40);
    CHECK(withBaseline >= 5);
    CHECK(milestones >= 3);
    // Every section at level 1 has (一) subsections.
    for (Id top : p.childSections.value(0))
        CHECK_FALSE(p.childSections.value(top).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.aplan"));
    REQUIRE(PlanStore::create(path, p.info, &error, nullptr, &p));
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(doc);
    CHECK(doc->plan().tasks.size() == p.tasks.size());
    CHECK(doc->plan().targetCount() == p.targetCount());
}

TEST_CASE("Numbers of any size are written as JSON numbers: whole ones as integers, huge ones without overflow")
{
    // The import fuzzer found a target of about 1e65 ("98333…%"): converting it to an integer was
    // undefined behaviour (the sanitized suite stops on it).
    CHECK(PlanJson::number(85.0) == QJsonValue(qint64(85)));
    CHECK(PlanJson::number(85.0).toVariant().typeId() == QMetaType::LongLong);
    CHECK(PlanJson::number(2.5) == QJsonValue(2.5));
    CHECK(PlanJson::number(9.83333e64) == QJsonValue(9.83333e64));
    CHECK(PlanJson::number(-9.83333e64) == QJsonValue(-9.83333e64));
    CHECK(PlanJson::number(std::nullopt).isNull());
}
