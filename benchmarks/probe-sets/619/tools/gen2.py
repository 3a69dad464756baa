import sys
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Sáu, 20/09/2024 - 16:05

Vân Đồn: Bão số 3 làm hư hỏng hơn 5.000 ô lồng nuôi biển

Theo báo cáo của Phòng Kinh tế huyện, cơn bão số 3 (Yagi) đổ bộ ngày 7/9/2024 đã gây thiệt hại nặng nề cho nghề nuôi biển trên địa bàn. Toàn huyện có 5.126 ô lồng bị hư hỏng, trôi dạt, trong đó 3.840 ô lồng bị mất trắng. Có 1.270 ha diện tích nuôi nhuyễn thể, hàu bị ảnh hưởng, chiếm khoảng 68% diện tích nuôi biển của huyện.

Các xã bị thiệt hại nặng nhất gồm Hạ Long (1.915 ô lồng), Đông Xá (1.204 ô lồng), Bản Sen (860 ô lồng) và Quan Lạn (522 ô lồng).

Ước tính khoảng 2.650 tấn cá, tôm hùm và hàu thương phẩm bị cuốn trôi; tổng giá trị thiệt hại về nuôi trồng thủy sản ước trên 420 tỷ đồng, chiếm gần 60% tổng thiệt hại do bão gây ra trên địa bàn huyện.

Tính đến ngày 18/9, huyện đã hỗ trợ 1.136 hộ nuôi với tổng kinh phí 18,7 tỷ đồng, mức hỗ trợ từ 2 đến 5 triệu đồng/hộ tùy mức độ thiệt hại. Huyện đề nghị tỉnh khoanh nợ cho 214 hộ vay vốn với dư nợ khoảng 96 tỷ đồng. Dự kiến đến hết tháng 12/2024, 80% số hộ bị thiệt hại sẽ khôi phục sản xuất, thả nuôi lại khoảng 3.000 ô lồng.

Phòng Kinh tế huyện Vân Đồn - Khu hành chính huyện, Quốc lộ 334, thị trấn Cái Rồng. Điện thoại: 0203.3874.106
"""

ASOF = P("Tính đến ngày 18/9", None, "2024-09-18")
DK = P("đến hết tháng 12/2024", None, "2024-12-31")

FIGS = [
    F("hơn 5.000 ô lồng", "5.000", 5000, "count", "ô lồng", "ô lồng nuôi biển bị hư hỏng do bão số 3", approx="over"),
    F("có 5.126 ô lồng", "5.126", 5126, "count", "ô lồng", "ô lồng bị hư hỏng, trôi dạt"),
    F("trong đó 3.840 ô lồng", "3.840", 3840, "count", "ô lồng", "ô lồng bị mất trắng", total=5126),
    F("Có 1.270 ha", "1.270", 1270, "measure", "ha", "diện tích nuôi nhuyễn thể, hàu bị ảnh hưởng", percent=68),
    F("(1.915 ô lồng)", "1.915", 1915, "count", "ô lồng", "ô lồng bị thiệt hại"),
    F("(1.204 ô lồng)", "1.204", 1204, "count", "ô lồng", "ô lồng bị thiệt hại"),
    F("(860 ô lồng)", "860", 860, "count", "ô lồng", "ô lồng bị thiệt hại"),
    F("(522 ô lồng)", "522", 522, "count", "ô lồng", "ô lồng bị thiệt hại"),
    F("khoảng 2.650 tấn", "2.650", 2650, "measure", "tấn", "cá, tôm hùm và hàu thương phẩm bị cuốn trôi",
      approx="about", status="estimate"),
    F("ước trên 420 tỷ", "420", 420000000000, "money", "đồng", "tổng giá trị thiệt hại về nuôi trồng thủy sản",
      approx="over", percent=60, status="estimate"),
    F("hỗ trợ 1.136 hộ", "1.136", 1136, "count", "hộ", "hộ nuôi được hỗ trợ", ASOF),
    F("kinh phí 18,7 tỷ", "18,7", 18700000000, "money", "đồng", "tổng kinh phí hỗ trợ", ASOF),
    F("từ 2 đến 5 triệu", "2", 2000000, "money", "đồng/hộ", "mức hỗ trợ", ASOF, value_max=5000000),
    F("cho 214 hộ", "214", 214, "count", "hộ", "hộ vay vốn đề nghị khoanh nợ"),
    F("khoảng 96 tỷ", "96", 96000000000, "money", "đồng", "dư nợ của hộ vay vốn đề nghị khoanh nợ", approx="about"),
    F("2024, 80% số hộ", "80", 80, "percent", "%", "số hộ bị thiệt hại khôi phục sản xuất", DK, status="forecast"),
    F("khoảng 3.000 ô lồng", "3.000", 3000, "count", "ô lồng", "ô lồng thả nuôi lại", DK, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Vân Đồn district portal (Quảng Ninh): losses of marine cage farming from typhoon Yagi (bão số 3), support, recovery forecast.",
    "Location is the district for every figure; the communes listed (Hạ Long, Đông Xá, Bản Sen, Quan Lạn) are communes of Vân Đồn,",
    "below the province/city/district level of FIGURES.md, so they stay 'Vân Đồn' (xã Hạ Long is not Hạ Long city).",
    "The commune list follows 'Các xã ... gồm', not a figure, and does not add up to 5.126: no total.",
    "'Tính đến ngày 18/9' takes 2024 from the earlier date 7/9/2024. 'bão số 3', Quốc lộ 334, the phone number are distractors.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-2", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Vân Đồn") else 0)
