"""p1071-2: Cẩm Xuyên (Hà Tĩnh) district portal — a commune incinerator starts operating; fees, Q1/2024."""
from lib import F, P, Y, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM XUYÊN
Tin tức > Nông thôn mới - Môi trường

Xã Cẩm Quang vận hành lò đốt rác công suất 1 tấn/giờ

Thứ Năm, 16/05/2024 - 10:20

Sau hơn 3 tháng vận hành thử, lò đốt rác thải sinh hoạt của xã Cẩm Quang đã chính thức đi vào hoạt động từ ngày 02/5/2024. Công trình có tổng mức đầu tư 6,8 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 4 tỷ đồng, còn lại do ngân sách huyện và xã đối ứng. Lò đốt được xây dựng trên diện tích 2.500 m2 tại thôn 7, cách khu dân cư gần nhất khoảng 600 m.

Mỗi ngày, lò tiếp nhận khoảng 18 tấn rác từ 3 xã Cẩm Quang, Cẩm Hà và Cẩm Lộc, phục vụ hơn 4.200 hộ dân. Tổ thu gom của Hợp tác xã Dịch vụ môi trường Cẩm Quang có 12 công nhân, 2 xe chuyên dụng; mức lương bình quân 6,5 triệu đồng/người/tháng.

Mức phí vệ sinh được thống nhất 10.000 đồng/khẩu/tháng, riêng hộ kinh doanh 50.000 đồng/hộ/tháng. Quý I/2024, tổng số phí thu được đạt 186 triệu đồng, bằng 87% kế hoạch quý; tỷ lệ hộ nộp phí đạt 79,5%.

Theo UBND huyện, toàn huyện hiện có 5 lò đốt rác cấp xã với tổng công suất 3,5 tấn/giờ; tỷ lệ thu gom rác thải sinh hoạt nông thôn ước đạt 88%, tăng 11 điểm phần trăm so với năm 2020. Năm 2024, huyện phấn đấu nâng tỷ lệ này lên 92% và xây thêm hai lò đốt tại các xã Cẩm Minh, Cẩm Thạch.

Minh Hà - Phòng TN&MT huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("công suất 1 tấn/giờ", "1", 1, "measure", "tấn/giờ", "công suất lò đốt rác xã Cẩm Quang"),
    F("tổng mức đầu tư 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng mức đầu tư lò đốt"),
    F("hỗ trợ 4 tỷ đồng", "4", 4e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=6.8e9),
    F("diện tích 2.500 m2", "2.500", 2500, "measure", "m2", "diện tích xây dựng lò đốt"),
    F("khoảng 600 m", "600", 600, "measure", "m", "khoảng cách từ lò đốt đến khu dân cư gần nhất", approx="about"),
    F("khoảng 18 tấn rác", "18", 18, "measure", "tấn", "rác lò tiếp nhận mỗi ngày", approx="about"),
    F("từ 3 xã", "3", 3, "count", "xã", "xã đưa rác về lò đốt"),
    F("hơn 4.200 hộ dân", "4.200", 4200, "count", "hộ dân", "hộ dân được phục vụ", approx="over"),
    F("có 12 công nhân", "12", 12, "count", "công nhân", "công nhân tổ thu gom"),
    F("2 xe chuyên dụng", "2", 2, "count", "xe chuyên dụng", "xe chuyên dụng tổ thu gom"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "mức lương bình quân công nhân thu gom"),
    F("10.000 đồng/khẩu/tháng", "10.000", 10000, "money", "đồng/khẩu/tháng", "mức phí vệ sinh"),
    F("50.000 đồng/hộ/tháng", "50.000", 50000, "money", "đồng/hộ/tháng", "mức phí vệ sinh hộ kinh doanh"),
    F("đạt 186 triệu đồng", "186", 186e6, "money", "đồng", "tổng số phí vệ sinh thu được", Q1, percent=87),
    F("đạt 79,5%", "79,5", 79.5, "percent", "%", "tỷ lệ hộ nộp phí", Q1),
    F("hiện có 5 lò đốt", "5", 5, "count", "lò đốt", "lò đốt rác cấp xã"),
    F("tổng công suất 3,5 tấn/giờ", "3,5", 3.5, "measure", "tấn/giờ", "tổng công suất lò đốt rác cấp xã"),
    F("ước đạt 88%", "88", 88, "percent", "%", "tỷ lệ thu gom rác thải sinh hoạt nông thôn", status="estimate",
      change=C("increase", 11, "điểm phần trăm", "năm 2020")),
    F("lên 92%", "92", 92, "percent", "%", "tỷ lệ thu gom rác thải sinh hoạt nông thôn", Y(2024, "Năm 2024"),
      status="target"),
    F("thêm hai lò đốt", "hai", 2, "count", "lò đốt", "lò đốt xây thêm", Y(2024, "Năm 2024"), status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Cẩm Xuyên (Hà Tĩnh): lò đốt rác xã Cẩm Quang đi vào hoạt động; phí vệ sinh quý I/2024; mục tiêu năm 2024.",
    "Communes (Cẩm Quang, Cẩm Hà, Cẩm Lộc, Cẩm Minh, Cẩm Thạch) lie in the district: location = Cẩm Xuyên throughout.",
    "Distractors: 'Thứ Năm, 16/05/2024 - 10:20', 'ngày 02/5/2024', 'thôn 7', 'Sau hơn 3 tháng vận hành thử' (a duration locating the start: not a figure).",
    "'bằng 87% kế hoạch quý' is the percent of 186 triệu đồng. 'Mỗi ngày … 18 tấn rác': unit tấn (the per-day is in the subject).",
    "'tăng 11 điểm phần trăm so với năm 2020' is the change of 88% (a level, not a growth rate).",
]

if __name__ == "__main__":
    build("p1071-2", TEXT, NOTES, FIGS, published="2024-05-16", location="Cẩm Xuyên")
