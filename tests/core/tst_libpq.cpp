// libpq, the PostgreSQL client library, is a server's alone: the program does not link it (with
// its Kerberos, LDAP and TLS libraries it was a fifth of the time to reach main()), opening a plan
// file never loads it, and the first question to a server does.
#include "document/plandocument.h"
#include "document/serverplans.h"
#include "storage/server/libpq.h"

#include "../support/testutil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ap;

namespace {

bool libpqMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains("/libpq.so");
}

} // namespace

TEST_CASE("libpq is loaded the first time a server is asked, never by opening a plan file")
{
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::open(testutil::smallPlanFile(dir), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    CHECK_FALSE(libpqMapped());

    // Port 1 answers nothing: the question is asked all the same, through libpq.
    CHECK_FALSE(ServerPlans::answers(testutil::parsedAddress(QStringLiteral("postgresql://clerk@127.0.0.1:1/plans?plan=x"))));
    CHECK(libpqMapped());

    const LibPq::Functions *pq = LibPq::functions(&error);
    INFO(error.toStdString());
    REQUIRE(pq);
    CHECK(pq->encryptPasswordConn);
    CHECK(pq->errorMessage);
    CHECK(pq->freemem);
    CHECK(pq->pingParams);
}
