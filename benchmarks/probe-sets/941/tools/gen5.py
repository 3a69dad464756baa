"""p941-5: Báo Quảng Trị feature — Triệu Phong's coastal sand belt greened by protection forest; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Hồi sinh vùng cát trắng Triệu Phong

Từng là vùng "sa mạc trắng" với những cồn cát di động cao 5-7 m, nay dải cát ven biển huyện Triệu Phong, tỉnh Quảng Trị đã được phủ xanh bằng những cánh rừng phi lao, keo lá tràm.

Theo Hạt Kiểm lâm huyện Triệu Phong, toàn huyện hiện có 4.870 ha rừng phòng hộ ven biển, gấp gần 3 lần so với năm 2005. Riêng ba xã Triệu Vân, Triệu Lăng, Triệu An có hơn 2.100 ha rừng trên cát, chiếm khoảng 43% diện tích rừng phòng hộ của huyện.

Giai đoạn 2021-2024, huyện đã trồng mới 520 ha rừng phòng hộ và trồng bổ sung 185 ha rừng bị chết do hạn hán, với tổng kinh phí hơn 17,5 tỷ đồng. Năm 2024, thu nhập từ trồng và khai thác keo lá tràm của các hộ nhận khoán bình quân đạt 4,5 triệu đồng/người/tháng. Hiện có 312 hộ dân tham gia nhận khoán bảo vệ 3.250 ha rừng, mức khoán 300.000 đồng/ha/năm.

Ông Lê Văn Hùng, Hạt trưởng Hạt Kiểm lâm huyện, cho biết trước đây mỗi mùa gió Tây Nam, cát bay lấn vào làng 10-15 m, vùi lấp ruộng vườn và cả đoạn Quốc lộ 49C chạy qua xã Triệu An. "Nay tình trạng này đã giảm trên 90%, bà con yên tâm trồng dưa hấu, lạc trên đất cát", ông Hùng nói.

Mục tiêu đến năm 2030, huyện nâng diện tích rừng phòng hộ ven biển lên 5.500 ha, độ che phủ rừng toàn huyện đạt 52%. Để làm được điều này, huyện đang kêu gọi doanh nghiệp tham gia trồng rừng gỗ lớn theo chứng chỉ quản lý rừng bền vững và chú trọng phòng cháy rừng vào mùa khô.

Thanh Hà

24/3/2025
"""

P2124 = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
P2030 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("cao 5-7 m", "5", 5, "measure", "m", "chiều cao cồn cát di động", value_max=7, optional=True),
    F("có 4.870 ha", "4.870", 4870, "measure", "ha", "rừng phòng hộ ven biển",
      change=C("increase", 3, "lần", "năm 2005", approx="nearly")),
    F("Riêng ba xã", "ba", 3, "count", "xã", "xã có rừng trên cát", optional=True),
    F("hơn 2.100 ha", "2.100", 2100, "measure", "ha", "rừng trên cát ba xã Triệu Vân, Triệu Lăng, Triệu An",
      approx="over", percent=43),
    F("trồng mới 520 ha", "520", 520, "measure", "ha", "rừng phòng hộ trồng mới", period=P2124),
    F("bổ sung 185 ha", "185", 185, "measure", "ha", "rừng bị chết do hạn hán trồng bổ sung", period=P2124),
    F("hơn 17,5 tỷ đồng", "17,5", 17.5e9, "money", "đồng", "tổng kinh phí", approx="over", period=P2124),
    F("đạt 4,5 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân từ trồng và khai thác keo lá tràm của các hộ nhận khoán",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ dân tham gia nhận khoán bảo vệ rừng"),
    F("bảo vệ 3.250 ha", "3.250", 3250, "measure", "ha", "rừng được nhận khoán bảo vệ"),
    F("300.000 đồng/ha/năm", "300.000", 300000, "money", "đồng/ha/năm", "mức khoán bảo vệ rừng"),
    F("làng 10-15 m", "10", 10, "measure", "m", "cát bay lấn vào làng mỗi mùa gió Tây Nam", value_max=15),
    F("giảm trên 90%", "90", 90, "percent", "%", "tình trạng cát bay lấn làng giảm", approx="over"),
    F("lên 5.500 ha", "5.500", 5500, "measure", "ha", "diện tích rừng phòng hộ ven biển", status="target",
      period=P2030),
    F("đạt 52%", "52", 52, "percent", "%", "độ che phủ rừng toàn huyện", status="target", period=P2030),
]
COMMENTS = [
    "Báo Quảng Trị: feature on the coastal sand belt of huyện Triệu Phong; byline 'Thanh Hà' and bare date '24/3/2025' at the end (published).",
    "All figures describe huyện Triệu Phong (the three communes lie in it): location 'Triệu Phong'. 'Quốc lộ 49C', 'năm 2005' (baseline),",
    "'mùa gió Tây Nam' are not figures. Dune height 'cao 5-7 m' describes the former landscape (optional).",
    "'gấp gần 3 lần so với năm 2005' after 4.870 ha is its change (lần, nearly). 'chiếm khoảng 43%' is the share of 2.100 ha ('Riêng' is no",
    "part-of cue, so no total). 'hiện'/'Hiện' give no period. 'Mục tiêu đến năm 2030' governs both 5.500 ha and 52% (targets, start null).",
    "revised: added 'Riêng ba xã' as optional (a count that only enumerates the named communes, cf. '05 địa phương cao nhất là' in shared h18).",
]
write(5, TEXT, FIGS, COMMENTS, published="2025-03-24", location="Triệu Phong")
