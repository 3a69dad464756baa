"""p981-2: district portal of Kỳ Sơn (Nghệ An), 9 months 2024, village midwives."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Tin tức - Sự kiện | Y tế - Dân số
Thứ Ba, 15/10/2024 - 10:20

Kỳ Sơn nâng cao chất lượng hoạt động của đội ngũ cô đỡ thôn bản

Theo báo cáo của Trung tâm Y tế huyện, 9 tháng năm 2024, toàn huyện có 1.286 ca sinh, trong đó 1.037 ca sinh tại cơ sở y tế, đạt 80,6%; 249 ca sinh tại nhà, giảm 15,2% so với cùng kỳ năm 2023.

Hiện huyện có 38 cô đỡ thôn bản đang hoạt động tại 21/21 xã, thị trấn, phần lớn là người dân tộc Mông, Khơ Mú và Thái. Từ đầu năm đến nay, đội ngũ cô đỡ đã hỗ trợ đỡ đẻ 96 ca, chuyển tuyến kịp thời 27 trường hợp thai phụ có nguy cơ cao và thực hiện khoảng 1.450 lượt tư vấn, thăm bà mẹ và trẻ sơ sinh tại nhà. Các xã có nhiều ca được cô đỡ hỗ trợ là Mường Lống (14 ca), Huồi Tụ (11 ca) và Na Ngoi (9 ca).

Chị Lầu Y Chò, cô đỡ ở bản Huồi Giảng 1, xã Tây Sơn, cho biết: "Bản cách trạm y tế gần 12 km đường dốc, có ca phải gọi xe từ Quốc lộ 7A vào đón sản phụ lúc nửa đêm".

Thực hiện Nghị định số 73/2024/NĐ-CP, mỗi cô đỡ thôn bản hiện được hưởng phụ cấp 1.170.000 đồng/người/tháng; ngoài ra, huyện hỗ trợ thêm 50.000 đồng cho mỗi ca đỡ đẻ thường tại nhà có báo về trạm y tế.

Năm 2024, huyện phấn đấu tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 82% và không để xảy ra tử vong mẹ. Trong quý IV, Trung tâm Y tế huyện dự kiến mở 2 lớp tập huấn kỹ năng chăm sóc bà mẹ, trẻ sơ sinh cho 38 cô đỡ thôn bản với kinh phí khoảng 160 triệu đồng.

Lô Thị Hương - TTYT huyện Kỳ Sơn
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("Trong quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 1.286 ca sinh", "1.286", 1286, "count", "ca", "ca sinh", M9),
    F("1.037 ca sinh tại cơ sở", "1.037", 1037, "count", "ca", "ca sinh tại cơ sở y tế", M9,
      total=1286, percent=80.6),
    F("249 ca sinh tại nhà", "249", 249, "count", "ca", "ca sinh tại nhà", M9,
      total=1286, change=C("decrease", 15.2, "%", "cùng kỳ năm 2023")),
    F("có 38 cô đỡ", "38", 38, "count", "cô đỡ thôn bản", "cô đỡ thôn bản đang hoạt động"),
    F("tại 21/21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có cô đỡ thôn bản hoạt động", total=21),
    F("đỡ đẻ 96 ca", "96", 96, "count", "ca", "ca được cô đỡ thôn bản hỗ trợ đỡ đẻ", YTD),
    F("kịp thời 27 trường hợp", "27", 27, "count", "trường hợp", "thai phụ có nguy cơ cao được chuyển tuyến kịp thời", YTD),
    F("khoảng 1.450 lượt", "1.450", 1450, "count", "lượt", "lượt tư vấn, thăm bà mẹ và trẻ sơ sinh tại nhà", YTD,
      approx="about"),
    F("Mường Lống (14 ca)", "14", 14, "count", "ca", "ca được cô đỡ thôn bản hỗ trợ ở xã Mường Lống", I(YTD)),
    F("Huồi Tụ (11 ca)", "11", 11, "count", "ca", "ca được cô đỡ thôn bản hỗ trợ ở xã Huồi Tụ", I(YTD)),
    F("Na Ngoi (9 ca)", "9", 9, "count", "ca", "ca được cô đỡ thôn bản hỗ trợ ở xã Na Ngoi", I(YTD)),
    F("gần 12 km", "12", 12, "measure", "km", "khoảng cách từ bản đến trạm y tế", approx="nearly"),
    F("phụ cấp 1.170.000 đồng", "1.170.000", 1170000, "money", "đồng/người/tháng", "phụ cấp của cô đỡ thôn bản"),
    F("thêm 50.000 đồng", "50.000", 50000, "money", "đồng/ca", "hỗ trợ cho mỗi ca đỡ đẻ thường tại nhà"),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y24, status="target"),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp tập huấn kỹ năng chăm sóc bà mẹ, trẻ sơ sinh", Q4, status="forecast"),
    F("cho 38 cô đỡ thôn bản với", "38", 38, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được tập huấn", Q4,
      status="forecast"),
    F("khoảng 160 triệu đồng", "160", 160e6, "money", "đồng", "kinh phí tập huấn", Q4, approx="about",
      status="forecast"),
]

NOTES = [
    "District portal of Kỳ Sơn (Nghệ An): births, village midwives, allowances (9 months 2024). Location = the district;",
    "communes (Mường Lống, Huồi Tụ, Na Ngoi, Tây Sơn) are not province/city/district, so they stay in the subject and",
    "the location is Kỳ Sơn. 'Từ đầu năm đến nay' ends at the dateline. '21/21 xã' -> total 21.",
    "Distractors: Huồi Giảng 1, Quốc lộ 7A, Nghị định số 73/2024/NĐ-CP, 'nửa đêm', dateline time.",
]

if __name__ == "__main__":
    write("p981-2", TEXT, FIGS, NOTES, published="2024-10-15", location="Kỳ Sơn")
