from lib import C, F, P, T, emit

TEXT = """Tủa Chùa: Hơn 8,6 tỷ đồng hỗ trợ trâu, bò giống cho hộ nghèo

(ĐBP) - Từ đầu năm đến nay, từ nguồn vốn các Chương trình mục tiêu quốc gia, huyện Tủa Chùa đã cấp 612 con trâu, bò giống cho 598 hộ nghèo, hộ cận nghèo tại 12 xã, tổng kinh phí hơn 8,6 tỷ đồng, bằng 71,7% kế hoạch vốn năm 2024.

Trong đó, trâu giống 347 con, bò giống 265 con; mức hỗ trợ tối đa 15 triệu đồng/con, người dân đối ứng từ 2 đến 3 triệu đồng/con. Riêng quý III/2024, huyện cấp 236 con, tăng 48 con so với quý II/2024.

Gia đình ông Vàng A Dế ở bản Tả Phìn 2, xã Sính Phình là một trong những hộ được nhận bò giống đợt đầu. Sau 8 tháng chăm sóc, con bò đã đẻ bê, đàn bò của gia đình hiện có 3 con.

Tính đến ngày 31/8/2024, tổng đàn trâu của huyện có 11.420 con, tăng 2,9% so với cuối năm 2023; đàn bò 6.385 con, tăng 5,4%; đàn dê 9.760 con, giảm 1,1%.

Năm 2024, để dự trữ thức ăn cho gia súc trong mùa đông, huyện đã trồng mới 185 ha cỏ voi, cỏ VA06, nâng tổng diện tích trồng cỏ lên gần 1.240 ha; đã có 4.150/5.320 hộ chăn nuôi (78%) làm chuồng trại đảm bảo. Đợt rét tháng 1/2024, toàn huyện có 73 con gia súc chết rét, được hỗ trợ 121 triệu đồng.

Năm 2025, huyện phấn đấu tổng đàn gia súc ăn cỏ tăng 4-5%, tỷ lệ bò được thụ tinh nhân tạo đạt 10% đàn bò cái sinh sản.

Minh Anh
12/9/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
A31 = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
J1 = P("tháng 1/2024", "2024-01-01", "2024-01-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 8,6 tỷ đồng hỗ trợ", "8,6", 8600000000, "money", "đồng", "kinh phí hỗ trợ trâu, bò giống cho hộ nghèo",
      YTDi, approx="over"),
    F("cấp 612 con", "612", 612, "count", "con", "trâu, bò giống được cấp", YTD),
    F("cho 598 hộ", "598", 598, "count", "hộ", "hộ nghèo, hộ cận nghèo được cấp trâu, bò giống", YTD),
    F("tại 12 xã", "12", 12, "count", "xã", optional=True),
    F("hơn 8,6 tỷ đồng, bằng", "8,6", 8600000000, "money", "đồng", "tổng kinh phí", YTD, approx="over",
      percent=71.7),
    F("trâu giống 347 con", "347", 347, "count", "con", "trâu giống", YTDi, total=612),
    F("bò giống 265 con", "265", 265, "count", "con", "bò giống", YTDi, total=612),
    F("tối đa 15 triệu đồng/con", "15", 15000000, "money", "đồng/con", "mức hỗ trợ", approx="at_most"),
    F("từ 2 đến 3 triệu đồng/con", "2", 2000000, "money", "đồng/con", "người dân đối ứng", value_max=3000000),
    F("cấp 236 con", "236", 236, "count", "con", "trâu, bò giống được cấp", Q3,
      change=C("increase", 48, "con", "quý II/2024")),
    F("hiện có 3 con", "3", 3, "count", "con", "đàn bò nhà ông Vàng A Dế", optional=True),
    F("có 11.420 con", "11.420", 11420, "count", "con", "tổng đàn trâu", A31,
      change=C("increase", 2.9, "%", "cuối năm 2023")),
    F("đàn bò 6.385 con", "6.385", 6385, "count", "con", "đàn bò", A31, change=C("increase", 5.4, "%", "cuối năm 2023")),
    F("đàn dê 9.760 con", "9.760", 9760, "count", "con", "đàn dê", A31, change=C("decrease", 1.1, "%", "cuối năm 2023")),
    F("mới 185 ha", "185", 185, "measure", "ha", "diện tích trồng mới cỏ voi, cỏ VA06", Y24),
    F("gần 1.240 ha", "1.240", 1240, "measure", "ha", "tổng diện tích trồng cỏ", Y24, approx="nearly"),
    F("4.150/5.320", "4.150", 4150, "count", "hộ", "hộ chăn nuôi làm chuồng trại đảm bảo", Y24, total=5320,
      percent=78),
    F("có 73 con", "73", 73, "count", "con", "gia súc chết rét", J1),
    F("hỗ trợ 121 triệu đồng", "121", 121000000, "money", "đồng", "kinh phí hỗ trợ gia súc chết rét", J1),
    F("tăng 4-5%", "4", 4, "percent", "%", "tổng đàn gia súc ăn cỏ", Y25, value_max=5, status="target"),
    F("đạt 10% đàn", "10", 10, "percent", "%", "tỷ lệ bò được thụ tinh nhân tạo", Y25, status="target"),
]

emit("p416-8", TEXT, [
    "Báo Điện Biên Phủ (Party newspaper, '(ĐBP)' tag, bare date '12/9/2024' at the end after the byline): breeding buffalo",
    "and cattle given to poor households in huyện Tủa Chùa, support norms, Q3, herds at 31/8/2024, forage and shelters,",
    "January cold deaths, 2025 targets. Location Tủa Chùa throughout.",
    "Distractors: 'bản Tả Phìn 2' (a name with a number), 'cỏ VA06' (a grass variety), 'Sau 8 tháng' (a duration),",
    "the dates. The household anecdote '3 con' is optional (a single family's herd).",
    "'Từ đầu năm đến nay' runs to the dateline at the end (2024-09-12). '8,6 tỷ … bằng 71,7% kế hoạch vốn' → percent 71.7.",
    "'Trong đó, trâu giống 347 con, bò giống 265 con' are parts of 612 after a sentence break (total 612).",
    "Herd counts at 31/8/2024 each carry their change (baseline 'cuối năm 2023' carried to the later items).",
    "'4.150/5.320 hộ chăn nuôi (78%)' → total 5320, bracketed share → percent 78.",
    "'phấn đấu … tăng 4-5%' is a target growth rate (percent figure, no change).",
], FIGS, published="2024-09-12", location="Tủa Chùa")
