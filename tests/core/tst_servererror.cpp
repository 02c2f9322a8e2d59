// What a server says, told in the program's words: each kind of trouble a clerk can meet, by the
// server's SQLSTATE and libpq's text, with what to do in front and the server's own words only as
// details; and the same trouble provoked on the test cluster, in English and in Chinese.
#include "document/serverplans.h"
#include "domain/errordetails.h"
#include "storage/server/servererror.h"
#include "storage/server/serverstore.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace ap;
using Kind = ServerError::Kind;

namespace {

// The message's front and its details, checked: the advice for kind in front, no English server
// words there, the server's own words behind.
void toldAs(const QString &message, Kind kind, const char *serverWords)
{
    INFO(message.toStdString());
    QString shown, details;
    ErrorDetails::split(message, &shown, &details);
    CHECK(shown.contains(ServerError::advice(kind)));
    CHECK_FALSE(shown.contains(QLatin1String(serverWords), Qt::CaseInsensitive));
    CHECK(details.contains(QLatin1String(serverWords), Qt::CaseInsensitive));
}

QString tag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

TEST_CASE("Each kind of server trouble is known by its SQLSTATE or, on the way to the server, by libpq's words")
{
    struct Case
    {
        const char *sqlstate, *text;
        Kind kind;
    };
    const Case cases[] = {
        {"", "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host "
             "and accepting TCP/IP connections?", Kind::Refused},
        {"", "connection to server at \"10.1.1.1\", port 5432 failed: timeout expired", Kind::Timeout},
        {"", "could not translate host name \"db.example\" to address: Name or service not known", Kind::UnknownHost},
        {"", "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"x\"",
         Kind::WrongPassword},
        {"28P01", "password authentication failed for user \"x\"", Kind::WrongPassword},
        {"", "FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"x\", database \"d\", no encryption", Kind::TlsRequired},
        {"", "FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"x\", database \"d\", SSL encryption", Kind::NotAllowedHere},
        {"", "server does not support SSL, but SSL was required", Kind::TlsUnavailable},
        {"", "FATAL:  database \"nope\" does not exist", Kind::NoDatabase},
        {"3D000", "database \"nope\" does not exist", Kind::NoDatabase},
        {"", "FATAL:  sorry, too many clients already", Kind::Full},
        {"53300", "too many connections for role \"x\"", Kind::Full},
        {"", "FATAL:  the database system is shutting down", Kind::ShuttingDown},
        {"57P01", "terminating connection due to administrator command", Kind::ShuttingDown},
        {"42501", "permission denied for schema annualplan", Kind::Denied},
        {"42501", "new row violates row-level security policy for table \"checkin\"", Kind::Denied},
        {"42501", "period 2026Q1 is locked", Kind::PeriodLocked},
        {"42501", "the assessment is published: its marks and awards no longer change", Kind::AssessmentPublished},
        {"54000", "a report carries at most 20 evidence files", Kind::LimitReached},
        {"54000", "the plan's evidence files would pass 536870912 bytes", Kind::LimitReached},
        {"54000", "index row size 3000 exceeds btree version 4 maximum 2704", Kind::Other},
        {"23514", "new row for relation \"task\" violates check constraint \"task_title_length\"", Kind::OutOfRange},
        {"22003", "value out of range", Kind::OutOfRange},
        {"55P03", "could not obtain lock on row in relation \"task\"", Kind::Busy},
        {"40001", "could not serialize access due to concurrent update", Kind::Busy},
        {"40P01", "deadlock detected", Kind::Busy},
        {"53100", "could not extend file \"base/1/2\": No space left on device", Kind::DiskFull},
        {"25006", "cannot execute INSERT in a read-only transaction", Kind::ReadOnlyServer},
        {"57014", "canceling statement due to statement timeout", Kind::Cancelled},
        {"08006", "server closed the connection unexpectedly", Kind::ConnectionLost},
        {"", "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally", Kind::ConnectionLost},
        {"XX000", "internal error", Kind::Other},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(ServerError::kindOf(QLatin1String(c.sqlstate), QString::fromUtf8(c.text)) == c.kind);
    }
    // Every kind has words of its own, and none is the server's English.
    QSet<QString> words;
    for (const Case &c : cases)
        words.insert(ServerError::advice(c.kind));
    CHECK(words.size() == 21);
}

TEST_CASE("A server's words go behind the program's own as details, and come apart again where they are shown")
{
    const QString message = ServerError::describe(QStringLiteral("42501"), QStringLiteral("permission denied for schema annualplan\n"
                                                                                        "LINE 1: CREATE TABLE x"));
    toldAs(message, Kind::Denied, "permission denied for schema annualplan LINE 1");
    CHECK(message.contains(QStringLiteral("SQLSTATE 42501")));
    // Inside a longer sentence, and with a sentence after it: the details alone are taken out.
    const QString outer = QStringLiteral("The plan could not be published: %1\nNothing was changed.").arg(message);
    QString shown, details;
    ErrorDetails::split(outer, &shown, &details);
    CHECK(shown == QStringLiteral("The plan could not be published: %1\nNothing was changed.").arg(ServerError::advice(Kind::Denied)));
    CHECK(details.startsWith(QStringLiteral("permission denied")));
    // A message without details is shown whole.
    ErrorDetails::split(QStringLiteral("The disk is full."), &shown, &details);
    CHECK(shown == QStringLiteral("The disk is full."));
    CHECK(details.isEmpty());
    CHECK(ErrorDetails::join(QStringLiteral("a"), QStringLiteral("  ")) == QStringLiteral("a"));
}

TEST_CASE("Trouble met on a real server is told by its kind: no server at the port, a wrong password, no such database, no TLS, "
          "no room, a read-only login, no right to publish")
{
    QString error;
    // Nothing listens on port 1 of this machine: no cluster needed.
    CHECK_FALSE(ServerStore::open(testutil::parsedAddress(QStringLiteral("postgresql://clerk@127.0.0.1:1/plans?plan=x")), &error));
    toldAs(error, Kind::Refused, "refused");
    // And in Chinese on the command line, the server's words on their own line after the label.
    const testutil::CliResult zh = testutil::runCli({QStringLiteral("status"), QStringLiteral("postgresql://clerk@127.0.0.1:1/plans?plan=x")},
                                                    "zh_CN.UTF-8");
    CHECK(zh.code != 0);
    CHECK(zh.err.contains(QStringLiteral("无法连接")));
    CHECK(zh.err.contains(QStringLiteral("服务器原文：")));
    CHECK(zh.err.indexOf(QStringLiteral("Connection refused")) > zh.err.indexOf(QStringLiteral("服务器原文：")));

    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the cluster's half skipped");
        return;
    }
    const QString t = tag();
    const testutil::Bureau bureau(t);
    const QString plan = QStringLiteral("plan-") + t;
    {
        testutil::AsLogin login(QStringLiteral("not-the-password"));
        CHECK_FALSE(ServerStore::open(testutil::parsedAddress(testutil::addressAs(bureau.clerk, plan, bureau.database)), &error));
        toldAs(error, Kind::WrongPassword, "password authentication failed");
    }
    const QString at = testutil::addressAs(bureau.clerk, plan, bureau.database);
    {
        testutil::AsLogin login(bureau.password);
        CHECK_FALSE(ServerStore::open(testutil::parsedAddress(testutil::addressAs(bureau.clerk, plan, QStringLiteral("no_such_") + t)),
                                      &error));
        toldAs(error, Kind::NoDatabase, "does not exist");
        CHECK_FALSE(ServerStore::open(testutil::parsedAddress(at + QStringLiteral("&sslmode=require")), &error));
        toldAs(error, Kind::TlsUnavailable, "does not support SSL");
    }

    // A plan file to publish.
    QTemporaryDir dir;
    const QString file = testutil::samplePlanFile(dir);
    // Another bureau's clerk may not make a plan in this bureau's database (the second publisher
    // of the issue saw "permission denied for schema annualplan" in English).
    const testutil::Bureau other(tag());
    {
        testutil::AsLogin as(other.password);
        CHECK_FALSE(ServerPlans::publish(file, testutil::parsedAddress(testutil::addressAs(other.clerk, plan, bureau.database)), false,
                                         &error));
        toldAs(error, Kind::Denied, "permission denied");
    }
    // A login set read-only publishes nothing, and is told the server is read-only.
    testutil::psql(QStringLiteral("ALTER ROLE %1 SET default_transaction_read_only = on").arg(bureau.clerk));
    {
        testutil::AsLogin login(bureau.password);
        CHECK_FALSE(ServerPlans::publish(file, testutil::parsedAddress(at), false, &error));
        toldAs(error, Kind::ReadOnlyServer, "read-only transaction");
    }
    // A login allowed no more connections: no room.
    testutil::psql(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 0").arg(bureau.clerk));
    {
        testutil::AsLogin login(bureau.password);
        CHECK_FALSE(ServerStore::open(testutil::parsedAddress(at), &error));
        toldAs(error, Kind::Full, "too many connections");
    }
}
