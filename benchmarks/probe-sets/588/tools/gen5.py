from lib import F, P, I, CH, T, emit

TEXT = """Yên Bái: Hơn 31.000 ha rừng trồng đạt chứng chỉ FSC

Những năm gần đây, trồng rừng gỗ lớn gắn với cấp chứng chỉ quản lý rừng bền vững đã giúp người trồng rừng ở Yên Bái nâng cao thu nhập, tạo nguồn nguyên liệu ổn định cho ngành chế biến gỗ.

Theo Chi cục Kiểm lâm tỉnh, tính đến ngày 30/9/2023, toàn tỉnh có 31.245 ha rừng trồng được cấp chứng chỉ FSC, gấp 2,3 lần so với năm 2020. Các huyện có diện tích lớn là Văn Yên (9.870 ha), Yên Bình (7.420 ha), Trấn Yên (6.115 ha) và Lục Yên (4.360 ha). Tham gia các nhóm chứng chỉ có 4.872 hộ gia đình và 3 công ty lâm nghiệp.

Anh Hoàng Văn Sinh ở thôn 5, xã Đại Sơn, huyện Văn Yên cho biết, gia đình anh có 12 ha keo đã được cấp chứng chỉ, gỗ bán được giá cao hơn khoảng 12% so với gỗ chưa có chứng chỉ. Theo tính toán của ngành nông nghiệp, trồng keo gỗ lớn chu kỳ 10 năm cho lợi nhuận từ 180 đến 200 triệu đồng/ha, gấp 1,8 lần trồng keo chu kỳ ngắn.

Hiện toàn tỉnh có 268 cơ sở chế biến gỗ, trong đó 14 cơ sở sản xuất ván ghép thanh, ván ép xuất khẩu. Giá trị sản xuất ngành chế biến gỗ 9 tháng năm 2023 ước đạt 2.850 tỷ đồng, tăng 11,3% so với cùng kỳ.

Mục tiêu đến năm 2025, tỉnh có 40.000 ha rừng được cấp chứng chỉ FSC, diện tích rừng trồng gỗ lớn đạt 25.000 ha.

THANH PHÚC
16/10/2023
"""

AS_OF = P("tính đến ngày 30/9/2023", None, "2023-09-30")
TGT = P("đến năm 2025", None, "2025-12-31")
FSC = "diện tích rừng trồng được cấp chứng chỉ FSC"

FIGS = [
    F("Hơn 31.000 ha", "31.000", 31000, "measure", "ha", "rừng trồng đạt chứng chỉ FSC", I(AS_OF), approx="over"),
    F("có 31.245 ha", "31.245", 31245, "measure", "ha", "rừng trồng được cấp chứng chỉ FSC", AS_OF,
      change=CH("increase", 2.3, "lần", baseline="năm 2020")),
    F("Văn Yên (9.870 ha)", "9.870", 9870, "measure", "ha", FSC, I(AS_OF), location="Văn Yên"),
    F("Yên Bình (7.420 ha)", "7.420", 7420, "measure", "ha", FSC, I(AS_OF), location="Yên Bình"),
    F("Trấn Yên (6.115 ha)", "6.115", 6115, "measure", "ha", FSC, I(AS_OF), location="Trấn Yên"),
    F("Lục Yên (4.360 ha)", "4.360", 4360, "measure", "ha", FSC, I(AS_OF), location="Lục Yên"),
    F("có 4.872 hộ gia đình", "4.872", 4872, "count", "hộ gia đình", "hộ gia đình tham gia các nhóm chứng chỉ",
      I(AS_OF)),
    F("và 3 công ty", "3", 3, "count", "công ty lâm nghiệp", "công ty lâm nghiệp tham gia các nhóm chứng chỉ", I(AS_OF)),
    F("có 12 ha keo", "12", 12, "measure", "ha", "diện tích keo đã được cấp chứng chỉ của gia đình anh Hoàng Văn Sinh",
      location="Văn Yên"),
    F("khoảng 12%", "12", 12, "percent", "%", "giá bán gỗ có chứng chỉ cao hơn so với gỗ chưa có chứng chỉ",
      approx="about", location="Văn Yên"),
    F("chu kỳ 10 năm", "10", 10, "measure", "năm", "chu kỳ trồng keo gỗ lớn", optional=True),
    F("từ 180 đến 200 triệu đồng/ha", "180", 180e6, "money", "đồng/ha", "lợi nhuận trồng keo gỗ lớn chu kỳ 10 năm",
      value_max=200e6, change=CH("increase", 1.8, "lần", baseline="trồng keo chu kỳ ngắn")),
    F("có 268 cơ sở", "268", 268, "count", "cơ sở", "cơ sở chế biến gỗ"),
    F("trong đó 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất ván ghép thanh, ván ép xuất khẩu", total=268),
    F("ước đạt 2.850 tỷ đồng", "2.850", 2850e9, "money", "đồng", "Giá trị sản xuất ngành chế biến gỗ",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30"), change=CH("increase", 11.3, baseline="cùng kỳ"),
      status="estimate"),
    F("có 40.000 ha", "40.000", 40000, "measure", "ha", "rừng được cấp chứng chỉ FSC", TGT, status="target"),
    F("đạt 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích rừng trồng gỗ lớn", TGT, status="target"),
]

COMMENTS = [
    "p588-5 — Báo Yên Bái (Party newspaper): rừng trồng có chứng chỉ FSC, hộ tham gia, lợi nhuận gỗ lớn, cơ sở chế biến, mục tiêu 2025.",
    "Byline and bare date at the end ('THANH PHÚC / 16/10/2023') give published. Location Yên Bái; district items take the district;",
    "the household example (xã Đại Sơn, huyện Văn Yên) is Văn Yên. District items: no cue and they do not add up → no total.",
    "'gấp 2,3 lần so với năm 2020' and 'gấp 1,8 lần trồng keo chu kỳ ngắn' follow a figure → its change (lần), not a multiple figure.",
    "'giá cao hơn khoảng 12%' is a price premium with no price stated: a percent figure of its own (not a change of the 12 ha).",
    "'chu kỳ 10 năm' (rotation length) is optional. Not figures: 'thôn 5', 'Những năm gần đây', dates.",
]

emit("p588-5", TEXT, COMMENTS, FIGS, published="2023-10-16", location="Yên Bái")
