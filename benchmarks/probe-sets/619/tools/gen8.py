import sys
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TAM HẢI - HUYỆN NÚI THÀNH
Trang chủ > Tin tức > Kinh tế - Xã hội
Ngày đăng: 05/12/2023 - 09:40 | Lượt xem: 642

Tam Hải: Nghề nuôi tôm hùm lồng mang lại doanh thu gần 120 tỷ đồng

Hiện toàn xã có 286 hộ nuôi tôm hùm với 3.420 lồng, tập trung ở các thôn Trung Toàn, Thuận An, Bình Trung. Năm 2023, sản lượng tôm hùm thương phẩm ước đạt 95 tấn, tăng 11,8% so với năm 2022, giá trị khoảng 118 tỷ đồng.

Giá tôm hùm bông bình quân 1,05 triệu đồng/kg, tôm hùm sao 620.000 đồng/kg. Lợi nhuận bình quân mỗi lồng từ 25 đến 30 triệu đồng/vụ; có 34 hộ lãi trên 500 triệu đồng/năm. Mỗi năm, người nuôi trong xã thả khoảng 150.000 con tôm hùm giống.

Thực hiện Nghị định số 11/2021/NĐ-CP, đến cuối tháng 11/2023, UBND huyện Núi Thành đã giao khu vực biển cho 58 hộ trên địa bàn xã với diện tích 14,2 ha, đạt 20,3% số hộ nuôi.

Tuy nhiên, đợt áp thấp nhiệt đới trong tháng 11 vừa qua làm 126 lồng bị hư hỏng, khoảng 2,8 tấn tôm hùm bị chết, thiệt hại gần 3,5 tỷ đồng. Xã đã đề nghị huyện hỗ trợ 1,2 tỷ đồng cho 73 hộ bị thiệt hại.

Năm 2024, xã phấn đấu duy trì 3.500 lồng nuôi, sản lượng đạt trên 100 tấn và 100% hộ nuôi được giao khu vực biển.

Địa chỉ: thôn Thuận An, xã Tam Hải, huyện Núi Thành, tỉnh Quảng Nam. ĐT: 0235.3871.228
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("đến cuối tháng 11/2023", None, "2023-11-30")
T11 = P("trong tháng 11", "2023-11-01", "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 120 tỷ", "120", 120000000000, "money", "đồng", "doanh thu nghề nuôi tôm hùm lồng", approx="nearly"),
    F("có 286 hộ", "286", 286, "count", "hộ", "hộ nuôi tôm hùm"),
    F("với 3.420 lồng", "3.420", 3420, "count", "lồng", "lồng nuôi tôm hùm"),
    F("ước đạt 95 tấn", "95", 95, "measure", "tấn", "sản lượng tôm hùm thương phẩm", Y23,
      change=CH("increase", 11.8, baseline="năm 2022"), status="estimate"),
    F("khoảng 118 tỷ", "118", 118000000000, "money", "đồng", "giá trị tôm hùm thương phẩm", Y23, approx="about",
      status="estimate"),
    F("bình quân 1,05 triệu", "1,05", 1050000, "money", "đồng/kg", "giá tôm hùm bông bình quân"),
    F("sao 620.000 đồng/kg", "620.000", 620000, "money", "đồng/kg", "giá tôm hùm sao"),
    F("từ 25 đến 30 triệu", "25", 25000000, "money", "đồng/vụ", "lợi nhuận bình quân mỗi lồng", value_max=30000000),
    F("có 34 hộ", "34", 34, "count", "hộ", "hộ lãi trên 500 triệu đồng/năm"),
    F("trên 500 triệu", "500", 500000000, "money", "đồng/năm", "mức lãi của hộ nuôi", approx="over", optional=True),
    F("khoảng 150.000 con", "150.000", 150000, "count", "con", "tôm hùm giống thả nuôi mỗi năm", approx="about"),
    F("cho 58 hộ", "58", 58, "count", "hộ", "hộ được giao khu vực biển", ASOF, percent=20.3),
    F("diện tích 14,2 ha", "14,2", 14.2, "measure", "ha", "diện tích khu vực biển đã giao", ASOF),
    F("làm 126 lồng", "126", 126, "count", "lồng", "lồng bị hư hỏng do áp thấp nhiệt đới", T11),
    F("khoảng 2,8 tấn", "2,8", 2.8, "measure", "tấn", "tôm hùm bị chết", T11, approx="about"),
    F("gần 3,5 tỷ", "3,5", 3500000000, "money", "đồng", "thiệt hại do áp thấp nhiệt đới", T11, approx="nearly"),
    F("hỗ trợ 1,2 tỷ", "1,2", 1200000000, "money", "đồng", "kinh phí xã đề nghị huyện hỗ trợ"),
    F("cho 73 hộ", "73", 73, "count", "hộ", "hộ bị thiệt hại đề nghị hỗ trợ"),
    F("duy trì 3.500 lồng", "3.500", 3500, "count", "lồng", "lồng nuôi", Y24, status="target"),
    F("trên 100 tấn", "100", 100, "measure", "tấn", "sản lượng tôm hùm", Y24, approx="over", status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ nuôi được giao khu vực biển", Y24, status="target"),
]

COMMENTS = [
    "Commune portal of xã Tam Hải (huyện Núi Thành, Quảng Nam): lobster cage farming 2023, prices, sea-area allocation, storm losses, 2024 targets.",
    "Location: FIGURES.md knows province, city and district; the commune's figures take its district 'Núi Thành' (named in the header).",
    "'trong tháng 11 vừa qua' takes 2023 from the earlier 'tháng 11/2023'. 'đến cuối tháng 11/2023' is an as-of date.",
    "'đạt 20,3% số hộ nuôi' is the share of the 58 households. 'lãi trên 500 triệu đồng/năm' is a threshold (optional).",
    "Distractors: Lượt xem: 642, 11/2021/NĐ-CP, address, phone 0235.3871.228, dateline.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-8", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Núi Thành") else 0)
