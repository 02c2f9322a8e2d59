// A column's repeated texts are read once and shared (RepeatedText): each row still reads what it
// holds (none, "", a number kept in a text's column), the rows that hold the same text share one
// copy of it, each column apart; a column whose texts seldom repeat stops being looked up at its
// limit, one that repeats them goes on sharing those it has; a text read holds little more room
// than its characters; and a plan's targets come out of the file with their units shared.
#include "document/plandocument.h"
#include "storage/repeatedtext.h"
#include "storage/rowquery.h"

#include "../support/testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <utility>

using namespace ap;

namespace {

// A table of two text columns (v, w) in a fresh SQLite file, dropped from Qt's list when it goes.
class TextTable
{
public:
    explicit TextTable(const QTemporaryDir &dir)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dir.filePath(QStringLiteral("texts.sqlite")));
        REQUIRE(db.open());
        QSqlQuery make(db);
        REQUIRE(make.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v, w)")));
    }
    ~TextTable() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    // The rows in one transaction (thousands of rows, one write to the disk).
    void add(const QList<std::pair<QVariant, QVariant>> &rows)
    {
        QSqlDatabase d = db();
        REQUIRE(d.transaction());
        QSqlQuery insert(d);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (v, w) VALUES (?, ?)")));
        for (const auto &[v, w] : rows) {
            insert.addBindValue(v);
            insert.addBindValue(w);
            REQUIRE(insert.exec());
        }
        REQUIRE(d.commit());
    }
    // Each row's v and w through one RepeatedText, as a plan's reader reads them.
    std::pair<QList<QString>, QList<QString>> readShared() const
    {
        RowQuery q(db());
        REQUIRE(q.exec(QStringLiteral("SELECT v, w FROM t ORDER BY n")));
        RepeatedText repeated;
        QList<QString> v, w;
        while (q.next()) {
            for (int c : {0, 1}) {
                const QString plain = q.text(c);
                const QString shared = repeated.text(q, c);
                INFO("row " << v.size() << ", column " << c);
                CHECK(shared == plain);
                CHECK(shared.isNull() == plain.isNull());
                (c == 0 ? v : w).append(shared);
            }
        }
        return {v, w};
    }

private:
    QString m_name = QStringLiteral("texts");
};

QString indicator(qsizetype i)
{
    return QStringLiteral("指标%1").arg(i);
}

} // namespace

TEST_CASE("Rows that repeat a text share one copy of it, and each row reads what it holds")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const QList<QVariant> values = {QStringLiteral("覆盖率"), QStringLiteral("%"), QStringLiteral("覆盖率"),
                                        QVariant(QMetaType::fromType<QString>()), QString(QLatin1String("")),
                                        QStringLiteral("%"), 7, QStringLiteral("7"), QStringLiteral("覆盖率"), 7};
        QList<std::pair<QVariant, QVariant>> rows;
        for (const QVariant &v : values)
            rows.append({v, QStringLiteral("%")});
        table.add(rows);
        const auto [read, units] = table.readShared();
        REQUIRE(read.size() == values.size());
        CHECK(read.at(3).isNull());
        CHECK(!read.at(4).isNull());
        CHECK(read.at(4).isEmpty());
        // The same characters, one copy: 覆盖率 three times, % twice, a number kept as one twice.
        CHECK(read.at(2).constData() == read.at(0).constData());
        CHECK(read.at(8).constData() == read.at(0).constData());
        CHECK(read.at(5).constData() == read.at(1).constData());
        CHECK(read.at(9).constData() == read.at(6).constData());
        CHECK(read.at(1).constData() != read.at(0).constData());
        // Another column's % is its own copy, shared down that column.
        CHECK(units.at(0).constData() != read.at(1).constData());
        for (const QString &unit : units)
            CHECK(unit.constData() == units.at(0).constData());
    }
}

TEST_CASE("A column whose texts seldom repeat stops being shared at its limit, and the other columns go on sharing theirs")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const qsizetype count = RepeatedText::kLimit + 10;
        QList<std::pair<QVariant, QVariant>> rows;
        for (qsizetype i = 0; i < count; ++i)
            rows.append({indicator(i), i < RepeatedText::kLimit ? QStringLiteral("%") : QStringLiteral("家")});
        rows.append({indicator(0), QStringLiteral("家")});
        table.add(rows);
        const auto [read, units] = table.readShared();
        REQUIRE(read.size() == count + 1);
        CHECK(read.at(count) == read.at(0));
        CHECK(read.at(count).constData() != read.at(0).constData());   // no longer looked up
        // 家 first comes after the indicators have given up, and is shared all the same.
        for (qsizetype i = RepeatedText::kLimit + 1; i <= count; ++i)
            CHECK(units.at(i).constData() == units.at(RepeatedText::kLimit).constData());
    }
}

TEST_CASE("A column that repeats its texts goes on sharing those it has past its limit")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        QList<std::pair<QVariant, QVariant>> rows;
        for (qsizetype i = 0; i < RepeatedText::kLimit; ++i)
            rows.append({indicator(i), QVariant()});
        for (qsizetype i = 0; i < RepeatedText::kLimit; ++i)
            rows.append({indicator(i), QVariant()});
        rows.append({indicator(-1), QVariant()});   // past the limit: not kept
        rows.append({indicator(-1), QVariant()});
        rows.append({indicator(0), QVariant()});
        table.add(rows);
        const auto [read, units] = table.readShared();
        const qsizetype limit = RepeatedText::kLimit;
        REQUIRE(read.size() == 2 * limit + 3);
        CHECK(read.at(limit).constData() == read.at(0).constData());
        CHECK(read.at(2 * limit + 2).constData() == read.at(0).constData());
        CHECK(read.at(2 * limit + 1) == read.at(2 * limit));
        CHECK(read.at(2 * limit + 1).constData() != read.at(2 * limit).constData());
        CHECK(units.at(0).isNull());
    }
}

TEST_CASE("A text read from a plan file holds hardly more room than its characters")
{
    QTemporaryDir dir;
    {
        TextTable table(dir);
        const QString paragraph = QStringLiteral("完善基层医疗卫生服务体系，提升家庭医生签约服务质量。").repeated(8);
        table.add({{paragraph, QVariant()}});
        RowQuery q(table.db());
        REQUIRE(q.exec(QStringLiteral("SELECT v FROM t")));
        REQUIRE(q.next());
        // (QString::fromUtf8 alone makes room for a UTF-16 unit per UTF-8 byte: three per character here.)
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
