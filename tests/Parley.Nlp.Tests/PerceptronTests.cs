using Parley.Nlp.Features;
using Parley.Nlp.Perceptron;
using Parley.Nlp.Tagging;
using Parley.Training.Perceptron;

namespace Parley.Nlp.Tests;

public sealed class PerceptronTests
{
    [Fact]
    public void Averaging_is_exact_over_every_instance_seen()
    {
        var p = new AveragedPerceptron(2);
        ulong[] f = [FeatureHash.Feature(1, 7)];

        p.Update(f, truth: 0, guess: 1);
        p.Update(f, truth: 0, guess: 0);
        p.Update(f, truth: 0, guess: 0);
        p.Update(f, truth: 1, guess: 0);

        // Class 0 held +1 through instances 2–4 (the 4th counts the value before its update) and 0 after:
        // (0 + 1 + 1 + 1) / 4; class 1 is the mirror image.
        var scores = new float[2];
        p.Average().Score(f, scores);
        Assert.Equal(0.75f, scores[0], 5);
        Assert.Equal(-0.75f, scores[1], 5);
    }

    [Fact]
    public void Pruning_drops_small_weights()
    {
        var p = new AveragedPerceptron(3);
        ulong[] a = [FeatureHash.Feature(1, 1)];
        ulong[] b = [FeatureHash.Feature(1, 2)];
        for (var i = 0; i < 20; i++)
        {
            p.Update(b, 2, 2);
        }

        // The update is the 21st of 22 instances, so its weights average to ±1/22.
        p.Update(a, 0, 1);
        p.Update(b, 2, 2);

        Assert.Equal(0, p.Average(prune: 0.1f).FeatureCount);
        Assert.Equal(1, p.Average().FeatureCount);
    }

    [Fact]
    public void Averaging_weight_sets_takes_the_mean_with_missing_weights_as_zero()
    {
        ulong[] shared = [FeatureHash.Feature(1, 1)];
        ulong[] onlyFirst = [FeatureHash.Feature(1, 2)];
        ulong[] onlySecond = [FeatureHash.Feature(1, 3)];
        var a = new AveragedPerceptron(3);
        a.Update(shared, 0, 1);
        a.Update(onlyFirst, 2, 0);
        var b = new AveragedPerceptron(3);
        b.Update(shared, 0, 2);
        b.Update(onlySecond, 1, 0);

        // One more (correct) instance each, so the last updates count in the averages.
        a.Update(shared, 0, 0);
        b.Update(shared, 0, 0);
        var wa = a.Average();
        var wb = b.Average();

        var mean = PerceptronWeights.Average([wa, wb]);

        Assert.Equal(3, mean.FeatureCount);
        foreach (var f in new[] { shared, onlyFirst, onlySecond })
        {
            var sa = new float[3];
            var sb = new float[3];
            var sm = new float[3];
            wa.Score(f, sa);
            wb.Score(f, sb);
            mean.Score(f, sm);
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal((sa[c] + sb[c]) / 2, sm[c], 5);
            }
        }

        Assert.Throws<ArgumentException>(() => PerceptronWeights.Average([wa, new AveragedPerceptron(4).Average()]));
    }

    [Fact]
    public void Ties_go_to_the_lowest_class()
    {
        Assert.Equal(1, TaggerModel.ArgMax([0f, 2f, 2f, 1f]));
        Assert.Equal(0, TaggerModel.ArgMax([0f, 0f]));
    }

    [Fact]
    public void Weights_survive_a_round_trip()
    {
        var p = new AveragedPerceptron(4);
        ulong[] f = [FeatureHash.Feature(1, 1), FeatureHash.Feature(2, 99)];
        p.Update(f, 3, 1);
        p.Update(f, 2, 3);
        var weights = p.Average();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer);
        }

        stream.Position = 0;
        var read = PerceptronWeights.Read(new BinaryReader(stream));
        var expected = new float[4];
        var actual = new float[4];
        weights.Score(f, expected);
        read.Score(f, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Feature_hash_is_fixed()
    {
        // FNV-1a 64 of the empty input is the offset basis; of "a" (0x61, 0x00) a known constant.
        Assert.Equal(14695981039346656037UL, FeatureHash.Text(""));
        Assert.Equal(FeatureHash.Text("word"), FeatureHash.Text("word"));
        Assert.NotEqual(FeatureHash.Text("word"), FeatureHash.Text("Word"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(85)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(100_000)]
    [InlineData(-1)]
    public void Feature_hash_is_fnv1a_over_the_template_and_the_values_bytes(int template)
    {
        // The written-out byte steps and the table of template starts give the plain byte-by-byte FNV-1a.
        static ulong Bytes(ulong hash, ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                hash = (hash ^ (value & 0xFF)) * 1099511628211UL;
                value >>= 8;
            }

            return hash;
        }

        const ulong A = 0x0123_4567_89AB_CDEFUL;
        const ulong B = 0xFEDC_BA98_7654_3210UL;
        const ulong C = 0x8000_0000_0000_0001UL;
        var start = Bytes(FeatureHash.Seed, (ulong)template);
        Assert.Equal(Bytes(start, A), FeatureHash.Feature(template, A));
        Assert.Equal(Bytes(Bytes(start, A), B), FeatureHash.Feature(template, A, B));
        Assert.Equal(Bytes(Bytes(Bytes(start, A), B), C), FeatureHash.Feature(template, A, B, C));
        Assert.Equal(Bytes(B, C), FeatureHash.Add(B, C));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(40)]
    [InlineData(109)]
    public void Scores_are_the_plain_sums_in_feature_order_to_the_bit(int classCount)
    {
        // Rows of every length (the long ones are stored dense), features without weights, and more features
        // than one chunk of the lookup; each score must be the same float sum as adding row by row.
        var random = new Random(7);
        var keys = new SortedSet<ulong>();
        while (keys.Count < 500)
        {
            keys.Add((ulong)random.NextInt64(1, long.MaxValue));
        }

        var keyArray = keys.ToArray();
        var rowStart = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var _ in keyArray)
        {
            var length = random.Next(1, classCount + 1);
            foreach (var c in Enumerable.Range(0, classCount).OrderBy(_ => random.Next()).Take(length).Order())
            {
                classes.Add((ushort)c);
                weights.Add((float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4))));
            }

            rowStart.Add(classes.Count);
        }

        var set = PerceptronWeights.Create(classCount, keyArray, [.. rowStart], [.. classes], [.. weights]);
        for (var trial = 0; trial < 20; trial++)
        {
            var features = Enumerable.Range(0, random.Next(0, 200))
                .Select(_ => random.Next(4) == 0 ? (ulong)random.NextInt64(1, long.MaxValue) : keyArray[random.Next(keyArray.Length)])
                .ToArray();
            // Scores are added to, not overwritten: half the trials start from -0, which must stay -0 where no weight is added.
            var expected = new float[classCount];
            Array.Fill(expected, trial % 2 == 0 ? 0f : -0f);
            foreach (var f in features)
            {
                var r = Array.BinarySearch(keyArray, f);
                for (var k = r < 0 ? 0 : rowStart[r]; r >= 0 && k < rowStart[r + 1]; k++)
                {
                    expected[classes[k]] += weights[k];
                }
            }

            var actual = new float[classCount];
            Array.Fill(actual, trial % 2 == 0 ? 0f : -0f);
            set.Score(features, actual);
            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void A_feature_batch_hashes_as_one_feature_at_a_time()
    {
        // Every count up to a few vector blocks (whole and partial), every arity, templates in and past the table.
        var random = new Random(11);
        Span<ulong> scratch = stackalloc ulong[FeatureBatch.ScratchSize(40)];
        scratch.Fill(0xDEAD_BEEFUL);
        for (var count = 0; count <= 40; count++)
        {
            var batch = new FeatureBatch(scratch);
            var expected = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                var template = random.Next(4) == 0 ? random.Next(256, 100_000) : random.Next(0, 256);
                var (a, b, c) = ((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
                switch (random.Next(3))
                {
                    case 0:
                        batch.Add(template, a);
                        expected[i] = FeatureHash.Feature(template, a);
                        break;
                    case 1:
                        batch.Add(template, a, b);
                        expected[i] = FeatureHash.Feature(template, a, b);
                        break;
                    default:
                        batch.Add(template, a, b, c);
                        expected[i] = FeatureHash.Feature(template, a, b, c);
                        break;
                }
            }

            var actual = new ulong[count + 3];
            Assert.Equal(count, batch.Hash(actual));
            Assert.Equal(expected, actual[..count]);
            Assert.Equal(new ulong[3], actual[count..]);
        }
    }
}
