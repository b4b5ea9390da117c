using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>Adds an "ns/sample" column: the mean time of one operation divided by its <c>Samples</c> parameter.</summary>
public sealed class NanosecondsPerSampleConfig : ManualConfig
{
    public NanosecondsPerSampleConfig() => AddColumn(new NanosecondsPerSampleColumn());

    private sealed class NanosecondsPerSampleColumn : IColumn
    {
        public string Id => nameof(NanosecondsPerSampleColumn);

        public string ColumnName => "ns/sample";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time of one operation divided by the samples it converts";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            object? samples = benchmarkCase.Parameters[nameof(G711Benchmark.Samples)];
            return mean is null || samples is not int count
                ? "NA"
                : (mean.Value / count).ToString("0.000", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
