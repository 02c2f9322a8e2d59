#pragma once

#include "sqldialect.h"

#include <QList>
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
    // id, {ref} a column that refers to one, {real} a number with a fraction.
    QStringList statements;
    // What a plan file being upgraded needs besides (its rows brought up to the new columns).
    QStringList fileData = {};
};

const QList<Migration> &migrations();
// A step's statements in dialect (a plan file's also its data steps).
QStringList statements(const Migration &step, const SqlDialect &dialect);
// Every step's tables in dialect: what a new server plan is made with.
QStringList tables(const SqlDialect &dialect);

// Tables a file of the given schema version must have; without them it is damaged.
QStringList requiredTables(int version);

} // namespace ap::schema
