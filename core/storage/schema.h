#pragma once

#include <QList>
#include <QStringList>

// The plan file's schema as ordered migrations. Step i takes a file from version i to i+1;
// a new file runs every step. Steps are never edited once released: add a new one instead.
namespace ap::schema {

struct Migration
{
    int toVersion;
    QStringList statements;
};

const QList<Migration> &migrations();

// Tables a file of the given schema version must have; without them it is damaged.
QStringList requiredTables(int version);

} // namespace ap::schema
