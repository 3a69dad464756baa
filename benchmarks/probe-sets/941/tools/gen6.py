"""p941-6: national newspaper (VnExpress style) — blowing sand buries houses in Ngư Thủy Bắc, Lệ Thủy, Quảng Bình."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự
Thứ năm, 18/4/2024, 06:30 (GMT+7)
Cát bay vùi lấp nhà dân ven biển

Những đợt gió mạnh cuối mùa khô khiến cát từ các đồi cát cao hơn 20 m ở xã Ngư Thủy Bắc, huyện Lệ Thủy, tỉnh Quảng Bình tràn vào khu dân cư, vùi lấp nhiều đoạn đường và nhà dân.

Theo UBND xã Ngư Thủy Bắc, từ đầu tháng 3 đến nay, cát đã tràn vào vườn nhà của 37 hộ dân, có nhà bị cát phủ dày 0,8-1,2 m. Khoảng 3 km đường liên thôn bị vùi lấp, 6 ha đất trồng dưa hấu, khoai lang phải bỏ hoang.

Ông Nguyễn Văn Lợi, Chủ tịch UBND xã, cho biết xã có hơn 1.100 hộ với khoảng 4.600 nhân khẩu sống dọc bờ biển dài 12 km. "Mỗi năm xã huy động hàng trăm ngày công để dọn cát, nhưng chỉ vài tuần sau cát lại tràn về", ông Lợi nói. Tốc độ cát di chuyển vào mùa khô hiện nhanh gấp 2 lần so với 10 năm trước.

Theo Chi cục Kiểm lâm Quảng Bình, toàn tỉnh có khoảng 62.000 ha cồn cát ven biển, trải dài 116 km. Từ năm 2016 đến nay, tỉnh đã trồng được 3.450 ha rừng phòng hộ chắn cát, nhưng diện tích rừng phi lao bị chết, gãy đổ sau các đợt hạn và bão lên tới 410 ha.

Giai đoạn 2024-2026, tỉnh dự kiến trồng 450 ha rừng phòng hộ ven biển với tổng vốn 135 tỷ đồng, trong đó riêng huyện Lệ Thủy 160 ha. Năm 2023, tỉnh đã hỗ trợ di dời 52 hộ ở vùng cát bay nguy hiểm, mức 60 triệu đồng mỗi hộ.

Người dân thôn Thượng Luật (xã Ngư Thủy Bắc) mong muốn tỉnh sớm trồng thêm các đai rừng chắn cát và nâng cấp tuyến đường ven biển Quốc lộ 9B qua địa bàn.

Hoàng Táo
"""

SINCE3 = P("từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-18")
SINCE16 = P("Từ năm 2016 đến nay", "2016-01-01", "2024-04-18")
P2426 = P("Giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
LT = "Lệ Thủy"
FIGS = [
    F("cao hơn 20 m", "20", 20, "measure", "m", "chiều cao đồi cát", approx="over", location=LT, optional=True),
    F("của 37 hộ dân", "37", 37, "count", "hộ", "hộ dân bị cát tràn vào vườn nhà", period=SINCE3, location=LT),
    F("dày 0,8-1,2 m", "0,8", 0.8, "measure", "m", "độ dày cát phủ nhà", value_max=1.2, period=SINCE3, location=LT),
    F("Khoảng 3 km", "3", 3, "measure", "km", "đường liên thôn bị vùi lấp", approx="about", period=I(SINCE3),
      location=LT),
    F("6 ha đất", "6", 6, "measure", "ha", "đất trồng dưa hấu, khoai lang phải bỏ hoang", period=I(SINCE3),
      location=LT),
    F("hơn 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ sống dọc bờ biển", approx="over", location=LT),
    F("khoảng 4.600 nhân khẩu", "4.600", 4600, "count", "nhân khẩu", "nhân khẩu sống dọc bờ biển", approx="about",
      location=LT),
    F("dài 12 km", "12", 12, "measure", "km", "chiều dài bờ biển của xã", location=LT),
    F("hàng trăm ngày công", "trăm", 100, "count", "ngày công", "ngày công dọn cát mỗi năm", approx="about",
      location=LT, optional=True),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "tốc độ cát di chuyển vào mùa khô so với 10 năm trước", location=LT),
    F("khoảng 62.000 ha", "62.000", 62000, "measure", "ha", "cồn cát ven biển", approx="about"),
    F("dài 116 km", "116", 116, "measure", "km", "chiều dài dải cồn cát ven biển"),
    F("được 3.450 ha", "3.450", 3450, "measure", "ha", "rừng phòng hộ chắn cát trồng được", period=SINCE16),
    F("lên tới 410 ha", "410", 410, "measure", "ha", "diện tích rừng phi lao bị chết, gãy đổ", period=SINCE16),
    F("trồng 450 ha", "450", 450, "measure", "ha", "rừng phòng hộ ven biển trồng", status="forecast", period=P2426),
    F("tổng vốn 135 tỷ đồng", "135", 135e9, "money", "đồng", "tổng vốn trồng rừng phòng hộ ven biển",
      status="forecast", period=P2426),
    F("Lệ Thủy 160 ha", "160", 160, "measure", "ha", "rừng phòng hộ ven biển trồng", total=450, status="forecast",
      period=P2426, location=LT),
    F("di dời 52 hộ", "52", 52, "count", "hộ", "hộ ở vùng cát bay nguy hiểm được hỗ trợ di dời",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 60 triệu đồng mỗi hộ", "60", 60e6, "money", "đồng/hộ", "mức hỗ trợ di dời",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]
COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ năm, 18/4/2024, 06:30 (GMT+7)': blowing sand in xã Ngư Thủy Bắc (huyện Lệ Thủy, Quảng Bình).",
    "Year-less headline without a figure. Commune figures take the district 'Lệ Thủy' as location; provincial figures 'Quảng Bình'.",
    "'06:30', 'GMT+7', 'thôn Thượng Luật', 'Quốc lộ 9B', '10 năm trước' (the baseline of 'gấp 2 lần'), 'vài tuần' are not figures.",
    "'gấp 2 lần so với 10 năm trước' stands as the claim (no base amount): a multiple. 'hàng trăm ngày công' is a vague number word (optional);",
    "dune height 'cao hơn 20 m' describes the dunes (optional). 'từ đầu tháng 3 đến nay' / 'Từ năm 2016 đến nay' end at the dateline;",
    "the next sentence's figures inherit the first. 'dự kiến' governs 450 ha, its capital and the Lệ Thủy part (forecast, total 450).",
    "'60 triệu đồng mỗi hộ' is a per-household amount (unit đồng/hộ).",
]
write(6, TEXT, FIGS, COMMENTS, published="2024-04-18", location="Quảng Bình")
