"""p687-5: Party newspaper (Báo Quảng Ninh style) — Vân Đồn sea farming after typhoon Yagi: damage, support, recovery, targets."""
from lib import F, P, I, CH, emit

TEXT = """Vân Đồn khôi phục nghề nuôi biển sau bão số 3

Bão số 3 (Yagi) đổ bộ ngày 7/9/2024 đã gây thiệt hại nặng nề cho nghề nuôi biển của huyện Vân Đồn. Toàn huyện có 8.615 ô lồng nuôi cá, 2.340 bè nuôi hàu và 1.120 ha nuôi nhuyễn thể bị hư hỏng, cuốn trôi; tổng thiệt hại ước khoảng 1.180 tỷ đồng. Toàn tỉnh Quảng Ninh có 7 địa phương bị thiệt hại về nuôi biển, trong đó Vân Đồn thiệt hại nặng nhất.

Ngay sau bão, huyện đã hỗ trợ 42,6 tỷ đồng cho 1.856 hộ nuôi trồng thủy sản bị thiệt hại, với mức hỗ trợ từ 8 đến 20 triệu đồng/ha tùy mức độ thiệt hại. Ngân hàng Chính sách xã hội huyện cũng giải ngân hơn 65 tỷ đồng cho vay ưu đãi với lãi suất 6,6%/năm.

Sau gần ba tháng, đến hết tháng 11/2024, các hộ đã khôi phục được 5.230 ô lồng, đạt 60,7% số ô lồng bị thiệt hại, và thả lại khoảng 2,8 triệu con giống cá, hàu các loại. Theo ông Lê Văn Sáu, Trưởng phòng Kinh tế huyện, hiện khoảng 35% số ô lồng khôi phục đã dùng vật liệu HDPE, trong khi trước bão tỷ lệ này chỉ khoảng 12%.

Tại khu vực vịnh Bái Tử Long, nhiều hộ ở xã Thắng Lợi, Bản Sen đã chủ động gia cố lồng bè bằng phao nhựa, neo bê tông; những hộ này bị thiệt hại thấp hơn hẳn.

Huyện phấn đấu đến quý II/2025 khôi phục 100% diện tích, lồng bè nuôi biển bị thiệt hại; đến năm 2030 sản lượng nuôi biển toàn huyện đạt 35.000 tấn/năm, giá trị đạt 2.500 tỷ đồng.

HOÀNG QUỲNH
02/12/2024
"""

ASOF = P("đến hết tháng 11/2024", None, "2024-11-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 8.615 ô lồng", "8.615", 8615, "count", "ô lồng", "ô lồng nuôi cá bị hư hỏng, cuốn trôi"),
    F("2.340 bè", "2.340", 2340, "count", "bè", "bè nuôi hàu bị hư hỏng, cuốn trôi"),
    F("1.120 ha", "1.120", 1120, "measure", "ha", "diện tích nuôi nhuyễn thể bị hư hỏng, cuốn trôi"),
    F("khoảng 1.180 tỷ đồng", "1.180", 1180000000000, "money", "đồng", "tổng thiệt hại", approx="about",
      status="estimate"),
    F("có 7 địa phương", "7", 7, "count", "địa phương", "địa phương bị thiệt hại về nuôi biển", location="Quảng Ninh"),
    F("hỗ trợ 42,6 tỷ đồng", "42,6", 42600000000, "money", "đồng", "kinh phí hỗ trợ hộ nuôi trồng thủy sản bị thiệt hại"),
    F("cho 1.856 hộ", "1.856", 1856, "count", "hộ", "hộ nuôi trồng thủy sản bị thiệt hại được hỗ trợ"),
    F("từ 8 đến 20 triệu", "8", 8000000, "money", "đồng/ha", "mức hỗ trợ", value_max=20000000),
    F("hơn 65 tỷ đồng", "65", 65000000000, "money", "đồng", "vốn cho vay ưu đãi Ngân hàng Chính sách xã hội giải ngân",
      approx="over"),
    F("lãi suất 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay ưu đãi"),
    F("được 5.230 ô lồng", "5.230", 5230, "count", "ô lồng", "ô lồng đã khôi phục", ASOF, percent=60.7),
    F("khoảng 2,8 triệu con", "2,8", 2800000, "count", "con", "con giống cá, hàu thả lại", ASOF, approx="about"),
    F("khoảng 35% số", "35", 35, "percent", "%", "tỷ lệ ô lồng khôi phục dùng vật liệu HDPE", approx="about"),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ ô lồng dùng vật liệu HDPE trước bão", approx="about"),
    F("khôi phục 100% diện tích", "100", 100, "percent", "%", "diện tích, lồng bè nuôi biển bị thiệt hại được khôi phục",
      P("đến quý II/2025", None, "2025-06-30"), status="target"),
    F("đạt 35.000 tấn/năm", "35.000", 35000, "measure", "tấn/năm", "sản lượng nuôi biển toàn huyện", T30,
      status="target"),
    F("đạt 2.500 tỷ đồng", "2.500", 2500000000000, "money", "đồng", "giá trị sản lượng nuôi biển", T30,
      status="target"),
]

COMMENTS = [
    "Probe 687-5. Party newspaper (Báo Quảng Ninh style): headline, body, byline 'HOÀNG QUỲNH' and bare date '02/12/2024'",
    "at the end (= published). Default location Vân Đồn (the district the article describes); the count of 7 localities in",
    "the province is Quảng Ninh's. Damage counts have no period of their own (the storm date 7/9/2024 is an event date,",
    "not a period): none. 'đạt 60,7% số ô lồng bị thiệt hại' is the percent of 5.230 (no a/b, so no total).",
    "'lãi suất 6,6%/năm' is a percent figure (unit %). 'đến quý II/2025' is a deadline: start null, end 2025-06-30.",
    "Distractors: 'Bão số 3' (twice), 'Yagi', the date 7/9/2024, 'Sau gần ba tháng' (duration), 'Lê Văn Sáu' (sáu = 6),",
    "byline date.",
]

if __name__ == "__main__":
    emit("p687-5", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Vân Đồn")
