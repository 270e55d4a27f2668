using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Newsgraph.Bench;

// dotnet run -c Release --project bench/Newsgraph.Bench -- --filter *
var config = DefaultConfig.Instance.AddColumn(new WordsPerSecondColumn(), new TokensPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
