"""p885-4: ministry site (Bộ Tài nguyên và Môi trường), national view of metal recycling craft villages."""
from lib import F, P, I, C, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức - Sự kiện > Môi trường

Gần 70% làng nghề tái chế kim loại được khảo sát bị ô nhiễm không khí

Thứ hai, 05/06/2023 16:20

Theo Báo cáo hiện trạng môi trường quốc gia, cả nước hiện có 5.400 làng nghề và làng có nghề, trong đó khoảng 320 làng nghề tái chế phế liệu (nhôm, đồng, chì, sắt thép, giấy, nhựa). Riêng nhóm tái chế, cô đúc kim loại có 118 làng, trong đó 87 làng đã được công nhận làng nghề, chiếm 73,7%.

Trong số 46 làng nghề tái chế kim loại được khảo sát năm 2022, có 31 làng (chiếm 67,4%) có ít nhất một thông số môi trường không khí vượt quy chuẩn; nồng độ bụi PM10 tại một số điểm cao gấp 4-6 lần giới hạn cho phép. Đáng chú ý, tại các làng cô đúc nhôm, đồng, tỷ lệ người dân mắc các bệnh về đường hô hấp lên tới 30-40%, cao hơn 1,5-2 lần so với các làng thuần nông.

Để khắc phục, Bộ đã trình Chính phủ ban hành Nghị định số 08/2022/NĐ-CP và ban hành Thông tư số 02/2022/TT-BTNMT quy định chi tiết Luật Bảo vệ môi trường 2020. Từ năm 2021 đến nay, Trung ương đã bố trí 1.250 tỷ đồng cho 36 dự án xử lý ô nhiễm làng nghề, trong đó 14 dự án tại làng nghề tái chế kim loại.

Mục tiêu đến năm 2025, 100% làng nghề tái chế kim loại có phương án bảo vệ môi trường được phê duyệt; đến năm 2030, ít nhất 70% làng nghề có hệ thống xử lý nước thải tập trung đạt quy chuẩn.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-06-05")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Gần 70%", "70", 70, "percent", "%", "làng nghề tái chế kim loại được khảo sát bị ô nhiễm không khí",
      approx="nearly"),
    F("có 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", "làng nghề và làng có nghề"),
    F("khoảng 320 làng nghề", "320", 320, "count", "làng nghề", "làng nghề tái chế phế liệu",
      approx="about", total=5400),
    F("có 118 làng", "118", 118, "count", "làng", "làng tái chế, cô đúc kim loại"),
    F("trong đó 87 làng", "87", 87, "count", "làng", "làng đã được công nhận làng nghề", total=118,
      percent=73.7),
    F("Trong số 46 làng nghề", "46", 46, "count", "làng nghề", "làng nghề tái chế kim loại được khảo sát", Y22),
    F("có 31 làng", "31", 31, "count", "làng", "làng có thông số môi trường không khí vượt quy chuẩn", Y22,
      total=46, percent=67.4),
    F("ít nhất một thông số", "một", 1, "count", "thông số", "thông số môi trường không khí vượt quy chuẩn",
      approx="at_least", optional=True),
    F("gấp 4-6 lần", "4", 4, "multiple", "lần", "nồng độ bụi PM10 so với giới hạn cho phép", Y22, value_max=6),
    F("lên tới 30-40%", "30", 30, "percent", "%",
      "tỷ lệ người dân mắc các bệnh về đường hô hấp tại các làng cô đúc nhôm, đồng", value_max=40,
      change=C("increase", 1.5, unit="lần", baseline="các làng thuần nông")),
    F("bố trí 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "kinh phí Trung ương bố trí xử lý ô nhiễm làng nghề",
      SINCE),
    F("cho 36 dự án", "36", 36, "count", "dự án", "dự án xử lý ô nhiễm làng nghề", SINCE),
    F("trong đó 14 dự án", "14", 14, "count", "dự án", "dự án tại làng nghề tái chế kim loại", SINCE, total=36),
    F("2025, 100% làng nghề", "100", 100, "percent", "%",
      "làng nghề tái chế kim loại có phương án bảo vệ môi trường được phê duyệt", T25, status="target"),
    F("ít nhất 70% làng nghề", "70", 70, "percent", "%",
      "làng nghề có hệ thống xử lý nước thải tập trung đạt quy chuẩn", T30, approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ TN&MT), national: metal recycling villages, 2022 survey, health, central funding, 2025/2030 targets.",
    "Headline 'Gần 70%' restates 67,4% rounded: a figure of its own. 'Trong số 46 ..., có 31 làng (chiếm 67,4%)' gives total and percent.",
    "'ít nhất một thông số' is the category's threshold: optional. 'cao hơn 1,5-2 lần so với' after 30-40% is that figure's change",
    "(first number of the range as value). 'gấp 4-6 lần giới hạn' with no base amount is a multiple. 'Riêng nhóm' is no part-of cue.",
    "Distractors: Nghị định số 08/2022/NĐ-CP, Thông tư số 02/2022/TT-BTNMT, Luật Bảo vệ môi trường 2020, PM10, address, phone.",
]

write("p885-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
