// A column's repeated texts are read once and shared (RepeatedText): each row still reads what it
// holds (none, "", a number kept in a text's column), the rows that hold the same text share one
// copy of it, past its limit it shares only what it has, and a plan's targets come out of the
// file with their units shared.
#include "document/plandocument.h"
#include "storage/repeatedtext.h"
#include "storage/rowquery.h"

#include "../support/testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace ap;

namespace {

// A one-column table of texts in a fresh SQLite file, dropped from Qt's list when it goes.
class TextTable
{
public:
    explicit TextTable(const QTemporaryDir &dir)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dir.filePath(QStringLiteral("texts.sqlite")));
        REQUIRE(db.open());
        QSqlQuery make(db);
        REQUIRE(make.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v)")));
    }
    ~TextTable() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    void add(const QVariant &value)
    {
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
        insert.addBindValue(value);
        REQUIRE(insert.exec());
    }

private:
    QString m_name = QStringLiteral("texts");
};

} // namespace

TEST_CASE("Rows that repeat a text share one copy of it, and each row reads what it holds")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const QList<QVariant> values = {QStringLiteral("覆盖率"), QStringLiteral("%"), QStringLiteral("覆盖率"),
                                        QVariant(QMetaType::fromType<QString>()), QString(QLatin1String("")),
                                        QStringLiteral("%"), 7, QStringLiteral("7"), QStringLiteral("覆盖率")};
        for (const QVariant &v : values)
            table.add(v);
        RowQuery q(table.db());
        REQUIRE(q.exec(QStringLiteral("SELECT v FROM t ORDER BY n")));
        RepeatedText repeated;
        QList<QString> read;
        while (q.next()) {
            const QString plain = q.text(0);
            const QString shared = repeated.text(q, 0);
            INFO("row " << read.size());
            CHECK(shared == plain);
            CHECK(shared.isNull() == plain.isNull());
            read.append(shared);
        }
        REQUIRE(read.size() == values.size());
        CHECK(read.at(3).isNull());
        CHECK(!read.at(4).isNull());
        CHECK(read.at(4).isEmpty());
        // The same characters, one copy: 覆盖率 three times, % twice.
        CHECK(read.at(2).constData() == read.at(0).constData());
        CHECK(read.at(8).constData() == read.at(0).constData());
        CHECK(read.at(5).constData() == read.at(1).constData());
        CHECK(read.at(1).constData() != read.at(0).constData());
    }
}

TEST_CASE("Past its limit a column's texts are shared only as far as those it has")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const qsizetype count = RepeatedText::kLimit + 10;
        for (qsizetype i = 0; i < count; ++i)
            table.add(QStringLiteral("指标%1").arg(i));
        table.add(QStringLiteral("指标0"));                             // kept: among the first
        table.add(QStringLiteral("指标%1").arg(count - 1));              // past the limit: not kept
        RowQuery q(table.db());
        REQUIRE(q.exec(QStringLiteral("SELECT v FROM t ORDER BY n")));
        RepeatedText repeated;
        QList<QString> read;
        while (q.next())
            read.append(repeated.text(q, 0));
        REQUIRE(read.size() == count + 2);
        CHECK(read.at(count) == read.at(0));
        CHECK(read.at(count).constData() == read.at(0).constData());
        CHECK(read.at(count + 1) == read.at(count - 1));
        CHECK(read.at(count + 1).constData() != read.at(count - 1).constData());
    }
}

TEST_CASE("A text read from a plan file holds no more room than its characters")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const QString paragraph = QStringLiteral("完善基层医疗卫生服务体系，提升家庭医生签约服务质量。").repeated(8);
        table.add(paragraph);
        RowQuery q(table.db());
        REQUIRE(q.exec(QStringLiteral("SELECT v FROM t")));
        REQUIRE(q.next());
        // QString::fromUtf8 alone makes room for a UTF-16 unit per UTF-8 byte: three per character here.
        CHECK(QString::fromUtf8(paragraph.toUtf8()).capacity() >= 2 * paragraph.size());
        const QString text = q.text(0);
        CHECK(text == paragraph);
        CHECK(text.capacity() - text.size() < 8);
        const QString value = q.value(0).toString();
        CHECK(value == paragraph);
        CHECK(value.capacity() - value.size() < 8);
    }
}

TEST_CASE("A plan's targets that name the same unit hold one copy of it once opened")
{
    QTemporaryDir dir;
    const QString path = testutil::samplePlanFile(dir);
    QString error;
    auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(doc);
    std::map<QString, QList<const QChar *>> byUnit;
    for (const Task &task : doc->plan().tasks)
        for (const Target &t : task.targets)
            if (!t.unit.isEmpty())
                byUnit[t.unit].append(t.unit.constData());
    qsizetype repeated = 0;
    for (const auto &[unit, copies] : byUnit) {
        INFO(unit.toStdString());
        for (const QChar *copy : copies)
            CHECK(copy == copies.first());
        repeated += copies.size() - 1;
    }
    CHECK(repeated > 0);   // the plan does repeat its units
}
