"""p1203-5: Party newspaper (Báo Bình Định), a bitter-melon / wax-gourd farmer on sandy land in Phù Cát; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Kinh tế | Nông nghiệp

Làm giàu từ mướp đắng, bí đao trên đất cát

Trên vùng đất cát ở thôn Phú Kim, xã Cát Hanh (huyện Phù Cát), anh Nguyễn Văn Lực (42 tuổi) đang thu hoạch lứa mướp đắng thứ 3 trong năm. Với 8 sào (khoảng 4.000 m2) trồng luân canh mướp đắng, bí đao, mỗi năm gia đình anh thu về hơn 450 triệu đồng, trừ chi phí còn lãi khoảng 280 triệu đồng.

“Mướp đắng cho thu hoạch sau 45 ngày trồng, kéo dài 2 tháng, mỗi sào được 2,5-3 tấn quả”, anh Lực chia sẻ. Giá mướp đắng hiện từ 10.000 đến 13.000 đồng/kg, cao gấp rưỡi so với đầu năm.

Theo Phòng NN&PTNT huyện Phù Cát, năm 2024, toàn huyện trồng 1.250 ha rau các loại, trong đó rau ăn quả 465 ha, tập trung ở các xã Cát Hanh, Cát Hiệp, Cát Lâm. Có 118 hộ áp dụng hệ thống tưới nhỏ giọt, tưới phun tiết kiệm với tổng diện tích 74 ha, giúp giảm 30-40% lượng nước tưới và tiết kiệm hơn 50% công lao động. Phần lớn sản phẩm được Hợp tác xã Nông nghiệp Cát Hanh thu mua với giá ổn định.

Toàn tỉnh hiện có 11.320 ha rau các loại, trong đó huyện Phù Cát đứng thứ 2 về diện tích, sau huyện Tuy Phước. Năm 2025, tỉnh dự kiến hỗ trợ thêm 200 ha tưới tiết kiệm cho vùng rau màu trên đất cát ven biển, với kinh phí khoảng 6 tỷ đồng.

NGỌC NHUẬN
20/11/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
PC = "Phù Cát"
LUC = "gia đình anh Nguyễn Văn Lực"

FIGS = [
    F("(42 tuổi)", "42", 42, "measure", "tuổi", optional=True, subject="tuổi anh Nguyễn Văn Lực", location=PC),
    F("Với 8 sào", "8", 8, "measure", "sào",
      subject=f"diện tích trồng luân canh mướp đắng, bí đao của {LUC}", location=PC),
    F("(khoảng 4.000 m2)", "4.000", 4000, "measure", "m2", approx="about", optional=True,
      subject=f"diện tích trồng luân canh mướp đắng, bí đao của {LUC}", location=PC),
    F("hơn 450 triệu", "450", 450000000, "money", "đồng", approx="over",
      subject=f"doanh thu mỗi năm của {LUC}", location=PC),
    F("khoảng 280 triệu", "280", 280000000, "money", "đồng", approx="about",
      subject=f"lãi mỗi năm của {LUC} sau khi trừ chi phí", location=PC),
    F("sau 45 ngày", "45", 45, "measure", "ngày",
      subject="thời gian từ khi trồng đến khi thu hoạch mướp đắng", location=PC),
    F("kéo dài 2 tháng", "2", 2, "measure", "tháng", subject="thời gian thu hoạch mướp đắng", location=PC),
    F("được 2,5-3 tấn", "2,5", 2.5, "measure", "tấn/sào", value_max=3,
      subject="sản lượng mướp đắng mỗi sào", location=PC),
    F("từ 10.000 đến 13.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", value_max=13000,
      change=C("increase", 1.5, "lần", "đầu năm"), subject="giá mướp đắng", location=PC),
    F("trồng 1.250 ha", "1.250", 1250, "measure", "ha", subject="diện tích rau các loại", period=Y24, location=PC),
    F("rau ăn quả 465 ha", "465", 465, "measure", "ha", total=1250, subject="diện tích rau ăn quả",
      period=Y24, location=PC),
    F("Có 118 hộ", "118", 118, "count", "hộ",
      subject="hộ áp dụng hệ thống tưới nhỏ giọt, tưới phun tiết kiệm", period=I(Y24), location=PC),
    F("diện tích 74 ha", "74", 74, "measure", "ha", subject="tổng diện tích áp dụng tưới tiết kiệm",
      period=I(Y24), location=PC),
    F("giảm 30-40%", "30", 30, "percent", "%", value_max=40, subject="mức giảm lượng nước tưới",
      period=I(Y24), location=PC),
    F("hơn 50%", "50", 50, "percent", "%", approx="over", subject="mức tiết kiệm công lao động",
      period=I(Y24), location=PC),
    F("có 11.320 ha", "11.320", 11320, "measure", "ha", subject="diện tích rau các loại"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="diện tích rau các loại", location=PC),
    F("thêm 200 ha", "200", 200, "measure", "ha", status="forecast",
      subject="diện tích tưới tiết kiệm hỗ trợ thêm cho vùng rau màu trên đất cát ven biển", period=Y25),
    F("khoảng 6 tỷ", "6", 6000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ tưới tiết kiệm", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Bình Định): byline 'NGỌC NHUẬN' and bare date '20/11/2024' at the end (published).",
    "The farm passage (xã Cát Hanh, huyện Phù Cát) and the district figures are located in Phù Cát; the province figures in Bình Định.",
    "'42 tuổi' (age) and the bracketed restatement '(khoảng 4.000 m2)' of 8 sào are optional. '45 ngày', '2 tháng' are crop",
    "durations (measures of the crop, not periods). 'mỗi sào được 2,5-3 tấn' is a per-unit rate: unit tấn/sào.",
    "'cao gấp rưỡi so với đầu năm': gấp rưỡi = 1,5 lần, a change of the price range before it.",
    "'trong đó huyện Phù Cát đứng thứ 2' after 11.320 ha is a rank, not a part (no total). 'giảm 30-40% lượng nước tưới' is a",
    "percent figure of its own (no base amount). Distractors: 'lứa … thứ 3' (ordinal), 'thôn Phú Kim', the bare date.",
]

if __name__ == "__main__":
    write("p1203-5", TEXT, NOTES, FIGS, published="2024-11-20", location="Bình Định")
