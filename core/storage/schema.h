#pragma once

#include "sqldialect.h"

#include <QList>
class QSqlDatabase;
#include <QStringList>

// The plan's tables as ordered migrations, the one list both SQL dialects are written from. Step
// i takes a plan file from version i to i+1; a new file runs every step; a new server plan gets
// every step's tables at once (its own later steps, rights and row versions, follow: ServerStore).
// Steps are never changed once released: add a new one instead.
namespace ap::schema {

struct Migration
{
    int toVersion;
    // Tables, columns and indexes in the notation SqlDialect::tableSql renders: {id} a row's own
    // id, {ref} a column that refers to one, {real} a number with a fraction, {blob} bytes.
    QStringList statements;
    // What a plan file being upgraded needs besides (its rows brought up to the new columns).
    QStringList fileData = {};
    // Rows the step rewrites in C++, in either dialect, after its statements (and file data);
    // null for most steps.
    bool (*rows)(QSqlDatabase &db, QString *detail) = nullptr;
};

const QList<Migration> &migrations();
// A step's statements in dialect (a plan file's also its data steps).
QStringList statements(const Migration &step, const SqlDialect &dialect);
// The tables of every step up to version upTo in dialect: what a new server plan is made with
// (server format 1 had file format 5's; its later formats add the rest: ServerStore).
QStringList tables(const SqlDialect &dialect, int upTo);
// The step that brings a plan to version (its tables, data and rows), in dialect.
const Migration &migrationTo(int version);
// Runs a step's statements and row rewrite on db, inside the caller's transaction.
bool run(const Migration &step, QSqlDatabase &db, const SqlDialect &dialect, QString *detail);

// Tables a file of the given schema version must have; without them it is damaged.
QStringList requiredTables(int version);

} // namespace ap::schema
