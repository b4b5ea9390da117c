namespace MarkupDsl.Package.Tests;

/// <summary>The tests that share one packed package.</summary>
[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>;
