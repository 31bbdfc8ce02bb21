// SPDX-License-Identifier: MIT
#include "core/util/database.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using carebook::Database;
using carebook::DatabaseError;

TEST_CASE("statements bind, step and read every type", "[database]") {
    auto db = Database::openMemory();
    db.exec("CREATE TABLE t(a TEXT, b INTEGER, c REAL, d TEXT)");
    auto insert = db.prepare("INSERT INTO t VALUES(?, ?, ?, ?)");
    insert.bind(1, "it's \"quoted\"").bind(2, std::int64_t{42}).bind(3, 2.5).bindNull(4);
    insert.run();
    auto select = db.prepare("SELECT a, b, c, d FROM t");
    REQUIRE(select.step());
    CHECK(select.text(0) == "it's \"quoted\"");
    CHECK(select.int64(1) == 42);
    CHECK(select.real(2) == 2.5);
    CHECK(select.isNull(3));
    CHECK_FALSE(select.optionalText(3).has_value());
    CHECK_FALSE(select.step());
}

TEST_CASE("errors carry SQLite's message instead of failing silently", "[database]") {
    auto db = Database::openMemory();
    CHECK_THROWS_WITH(db.exec("SELEC 1"), Catch::Contains("syntax error"));
    CHECK_THROWS_AS(db.prepare("SELECT * FROM missing"), DatabaseError);
    CHECK_THROWS_WITH(db.prepare("SELECT 1; SELECT 2"), Catch::Contains("one statement"));
    db.exec("CREATE TABLE u(x INTEGER UNIQUE)");
    db.exec("INSERT INTO u VALUES(1)");
    auto insert = db.prepare("INSERT INTO u VALUES(1)");
    CHECK_THROWS_WITH(insert.step(), Catch::Contains("UNIQUE"));
}

TEST_CASE("a transaction rolls back unless committed", "[database]") {
    auto db = Database::openMemory();
    db.exec("CREATE TABLE t(x)");
    {
        carebook::Transaction transaction(db);
        db.exec("INSERT INTO t VALUES(1)");
    }
    {
        carebook::Transaction transaction(db);
        db.exec("INSERT INTO t VALUES(2)");
        transaction.commit();
    }
    auto count = db.prepare("SELECT group_concat(x) FROM t");
    REQUIRE(count.step());
    CHECK(count.text(0) == "2");
}

TEST_CASE("read-only files and images refuse writes", "[database]") {
    carebook::test::TempDir dir;
    const auto file = (dir.path() / "ro.db").string();
    {
        auto db = Database::open(file, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t(x); INSERT INTO t VALUES(7)");
    }
    auto readOnly = Database::open(file, Database::Mode::ReadOnly);
    CHECK_THROWS_WITH(readOnly.exec("INSERT INTO t VALUES(8)"), Catch::Contains("readonly"));

    const auto bytes = carebook::test::readText(file);
    auto image = Database::openImage(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    auto select = image.prepare("SELECT x FROM t");
    REQUIRE(select.step());
    CHECK(select.int64(0) == 7);
    CHECK_THROWS(image.exec("INSERT INTO t VALUES(9)"));
}

TEST_CASE("opening a missing file read-only fails with the path in the message", "[database]") {
    CHECK_THROWS_WITH(Database::open("/nonexistent/dir/x.db", Database::Mode::ReadOnly),
                      Catch::Contains("/nonexistent/dir/x.db"));
}
