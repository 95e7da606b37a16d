namespace Parley.Events.Coding;

/// <summary>
/// CAMEO's verbal categories mirror its actions: an appeal (02), an expressed intent (03), a demand (10), a
/// rejection (12) or a threat (13) is coded by what it is about — an appeal for aid is 023, an intent to
/// meet 036, a refusal to release prisoners 1243, a threat of sanctions 1312. <see cref="Compose"/> gives
/// the code of such a verbal event from the code of the event it is about.
/// </summary>
public static class CameoComposition
{
    /// <summary>
    /// The CAMEO code of an appeal (02), intent (03), demand (10), rejection (12), threat (13) or accusation
    /// (11, for 112) about an event coded <paramref name="e"/>, or null when CAMEO has no such subcategory.
    /// </summary>
    public static string? Compose(string root, string e, Func<string, CodeInfo?> describe)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(describe);
        // An intent to coerce, protest or use force is a threat: "is prepared to impose martial law" 1324.
        if (root == "03" && e.Length >= 2 && e[..2] is "14" or "15" or "16" or "17" or "18" or "19" or "20")
        {
            root = "13";
        }

        var suffix = root switch
        {
            "02" or "03" or "10" => ParallelSuffix(root, e),
            "12" => RejectSuffix(e),
            "11" => AccuseSuffix(e),
            "13" => ThreatSuffix(e),
            _ => null,
        };
        if (suffix is null)
        {
            return null;
        }

        // The most specific code the ontology has: "1213" does not exist, "121" does.
        for (var code = root + suffix; code.Length >= 3; code = code[..^1])
        {
            if (describe(code) is not null)
            {
                return code;
            }
        }

        return null;
    }

    private static string? ParallelSuffix(string root, string e) => e switch
    {
        _ when e.StartsWith("06", StringComparison.Ordinal) => "1" + Sub(e),
        "057" => "7",
        _ when e.StartsWith("05", StringComparison.Ordinal) => "2",
        _ when e.StartsWith("07", StringComparison.Ordinal) => "3" + Sub(e),
        _ when e.StartsWith("083", StringComparison.Ordinal) => "4" + (e.Length > 3 ? e[3..] : string.Empty),
        _ when e.StartsWith("08", StringComparison.Ordinal) => "5" + YieldSub(e),
        "043" or "045" => root == "03" ? "9" : "8",
        _ when e.StartsWith("04", StringComparison.Ordinal) => "6",
        _ => null,
    };

    private static string? RejectSuffix(string e) => e switch
    {
        // Rejecting an appeal, demand or commitment is rejecting what it was about: "rejected calls for economic
        // aid" 1221, "refused to commit to assistance" 122.
        _ when e.Length >= 3 && (e.StartsWith("02", StringComparison.Ordinal) || e.StartsWith("03", StringComparison.Ordinal) || e.StartsWith("10", StringComparison.Ordinal)) => e[2] switch
        {
            '1' => "1" + e[3..],
            '3' => "2" + e[3..],
            '4' => "3" + e[3..],
            '5' => "4" + e[3..],
            '6' => "5",
            '7' => "7",
            '8' or '9' => "6",
            _ => null,
        },
        _ when e.StartsWith("06", StringComparison.Ordinal) => "1" + Sub(e),
        _ when e.StartsWith("07", StringComparison.Ordinal) => "2" + Sub(e),
        _ when e.StartsWith("083", StringComparison.Ordinal) => "3" + (e.Length > 3 ? e[3..] : string.Empty),
        _ when e.StartsWith("08", StringComparison.Ordinal) => "4" + YieldSub(e),
        "043" or "045" => "6",
        _ when e.StartsWith("04", StringComparison.Ordinal) => "5",
        "057" => "7",
        _ => null,
    };

    // 112x: accusations of crime (1121), human rights abuses (1122), aggression (1123), war crimes (1124).
    private static string? AccuseSuffix(string e) => e switch
    {
        _ when e.StartsWith("18", StringComparison.Ordinal) || e.StartsWith("19", StringComparison.Ordinal) => "23",
        _ when e.StartsWith("20", StringComparison.Ordinal) => "24",
        _ when e.StartsWith("17", StringComparison.Ordinal) => "22",
        _ => null,
    };

    private static string? ThreatSuffix(string e) => e switch
    {
        "161" => "13",
        _ when e.StartsWith("162", StringComparison.Ordinal) => "11",
        "163" => "12",
        "164" => "4",
        "165" => "5",
        _ when e.StartsWith("166", StringComparison.Ordinal) => "6",
        _ when e.StartsWith("16", StringComparison.Ordinal) => "1",
        _ when e.StartsWith("172", StringComparison.Ordinal) => "2" + (e.Length > 3 ? e[3..] : string.Empty),
        _ when e.StartsWith("17", StringComparison.Ordinal) => "7",
        _ when e.StartsWith("14", StringComparison.Ordinal) => "3",
        "191" => "81",
        "192" => "82",
        "193" or "194" or "195" => "84",
        _ when e.StartsWith("15", StringComparison.Ordinal) || e.StartsWith("19", StringComparison.Ordinal) => "8",
        _ when e.StartsWith("18", StringComparison.Ordinal) => "83",
        _ when e.StartsWith("20", StringComparison.Ordinal) => "85",
        _ => null,
    };

    /// <summary>The third digit of a code, when it names a subcategory ("062" → "2", "060" → "").</summary>
    private static string Sub(string e) => e.Length >= 3 && e[2] != '0' ? e[2..3] : string.Empty;

    /// <summary>Which kind of yielding (08x) an event is, as the last digit of 025x/035x/105x/124x.</summary>
    private static string YieldSub(string e) => e.Length < 3 ? string.Empty : e[2] switch
    {
        '1' => "1",
        '2' => "2",
        '4' => "3",
        '5' => "4",
        '6' => "5",
        '7' => "6",
        _ => string.Empty,
    };
}
