"""p524-7: department site (Sở Xây dựng Đà Nẵng), no dateline; building permits 2023 with a one-cell-per-line table."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Quy hoạch - Kiến trúc

Tình hình cấp giấy phép xây dựng năm 2023

Năm 2023, các cơ quan có thẩm quyền trên địa bàn thành phố Đà Nẵng đã cấp 6.742 giấy phép xây dựng, giảm 11,4% so với năm 2022; trong đó, Sở Xây dựng cấp 58 giấy phép, UBND các quận, huyện cấp 6.684 giấy phép.

Bảng: Giấy phép xây dựng nhà ở riêng lẻ tại một số quận, huyện
Đơn vị tính: giấy phép

Quận, huyện
Năm 2022
Năm 2023
Liên Chiểu
1.215
1.032
Hải Châu
684
597
Ngũ Hành Sơn
1.106
948
Hòa Vang
1.842
1.711
Cẩm Lệ
1.058
1.136

Giấy phép xây dựng nhà ở riêng lẻ chiếm khoảng 93% tổng số giấy phép được cấp trong năm 2023.

Thời gian giải quyết hồ sơ cấp phép bình quân 10,5 ngày, giảm 4,5 ngày so với thời gian quy định; tỷ lệ hồ sơ nộp trực tuyến đạt 97,3%. Qua kiểm tra, lực lượng chức năng phát hiện 126 công trình vi phạm trật tự xây dựng, xử phạt hành chính 2,85 tỷ đồng.

Năm 2024, Sở phấn đấu 100% hồ sơ cấp phép xây dựng được giải quyết đúng hạn, tỷ lệ công trình được cấp phép trên tổng số công trình khởi công đạt trên 95%.

Địa chỉ: Tầng 8, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, TP. Đà Nẵng
Điện thoại: 0236.3822.512 – Email: sxd@danang.gov.vn
Tổng lượt truy cập: 2.154.873
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GP = "giấy phép xây dựng nhà ở riêng lẻ"

FIGS = [
    F("cấp 6.742 giấy phép", "6.742", 6742, "count", "giấy phép", "giấy phép xây dựng được cấp", Y23,
      change=CH("decrease", 11.4, "%", "năm 2022")),
    F("cấp 58 giấy phép", "58", 58, "count", "giấy phép", "giấy phép xây dựng Sở Xây dựng cấp", Y23, total=6742),
    F("cấp 6.684 giấy phép", "6.684", 6684, "count", "giấy phép", "giấy phép xây dựng UBND các quận, huyện cấp", Y23, total=6742),
]
ROWS = [
    ("Liên Chiểu\n1.215", "1.215", 1215, "1.215\n1.032", "1.032", 1032, "Liên Chiểu"),
    ("Hải Châu\n684", "684", 684, "684\n597", "597", 597, "Hải Châu"),
    ("Ngũ Hành Sơn\n1.106", "1.106", 1106, "1.106\n948", "948", 948, "Ngũ Hành Sơn"),
    ("Hòa Vang\n1.842", "1.842", 1842, "1.842\n1.711", "1.711", 1711, "Hòa Vang"),
    ("Cẩm Lệ\n1.058", "1.058", 1058, "1.058\n1.136", "1.136", 1136, "Cẩm Lệ"),
]
for a1, n1, v1, a2, n2, v2, loc in ROWS:
    FIGS += [
        F(a1, n1, v1, "count", "giấy phép", GP + " năm 2022", Y22c, location=loc),
        F(a2, n2, v2, "count", "giấy phép", GP + " năm 2023", Y23, location=loc),
    ]
FIGS += [
    F("khoảng 93%", "93", 93, "percent", "%", "giấy phép xây dựng nhà ở riêng lẻ trong tổng số giấy phép được cấp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("bình quân 10,5 ngày", "10,5", 10.5, "measure", "ngày", "thời gian giải quyết hồ sơ cấp phép bình quân", I(Y23),
      change=CH("decrease", 4.5, "ngày", "thời gian quy định")),
    F("đạt 97,3%", "97,3", 97.3, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", I(Y23)),
    F("phát hiện 126 công trình", "126", 126, "count", "công trình", "công trình vi phạm trật tự xây dựng", I(Y23)),
    F("xử phạt hành chính 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng", "tiền xử phạt hành chính vi phạm trật tự xây dựng",
      I(Y23)),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hồ sơ cấp phép xây dựng được giải quyết đúng hạn", Y24, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ công trình được cấp phép trên tổng số công trình khởi công", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Sở Xây dựng Đà Nẵng (department site), no dateline (published absent); footer counter 'Tổng lượt truy cập: 2.154.873'.",
    "One-cell-per-line table with 'Đơn vị tính: giấy phép' and year column headers: every numeric cell is a figure, period from its",
    "column (scored, as in shared h23/probe 469), district row labels → location, subject = table indicator + column.",
    "58 + 6.684 = 6.742 after 'trong đó' → total. '10,5 ngày, giảm 4,5 ngày so với thời gian quy định' → change of 10,5.",
    "Distractors: 'Tầng 8', '24 Trần Phú', phone 0236.3822.512, counter, headline year 'năm 2023'.",
    "Second-paragraph figures inherit 'Năm 2023' (not scored); the 2024 targets state 'Năm 2024' in their own sentence.",
]

if __name__ == "__main__":
    emit("p524-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
