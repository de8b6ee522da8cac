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
        if (args is ["store-reads", ..])
        {
            StoreReads.Run(Console.Out, args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
