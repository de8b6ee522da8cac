using BenchmarkDotNet.Running;

namespace PcapSearch.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["census"])
        {
            AllocationCensus.Print(Console.Out);
            return;
        }
        if (args is ["store", ..])
        {
            Store.StoreBenchmark.Run(Store.StoreBenchmarkOptions.Parse(args), Console.Out);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
