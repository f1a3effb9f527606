#!/usr/bin/env bash
# Regenerates the compiled EF Core model of each provider (src/Samplan.Migrations.*/CompiledModel),
# which the app loads instead of building the model at start. Run it after any change to the model
# (entities, configurations, SamplanDbContext), next to `dotnet ef migrations add`;
# tests/Samplan.Web.Tests/Data/CompiledModelTests.cs fails until it has been run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  rm -rf "src/Samplan.Migrations.$provider/CompiledModel"
  dotnet ef dbcontext optimize --project "src/Samplan.Migrations.$provider" \
    --output-dir CompiledModel --namespace "Samplan.Migrations.$provider.CompiledModel"
done
