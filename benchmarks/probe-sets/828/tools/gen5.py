"""p828-5: provincial Party newspaper (Báo Nghệ An), câu lạc bộ dân ca ví, giặm; byline and bare date at the end."""
from lib import F, write, year, asof, span

TEXT = """
Ví, giặm lan tỏa từ các câu lạc bộ làng, xã

Sau 11 năm dân ca ví, giặm Nghệ Tĩnh được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại, phong trào hát ví, giặm ở Nghệ An ngày càng lan tỏa. Toàn tỉnh hiện có 436 câu lạc bộ dân ca ví, giặm với hơn 11.500 hội viên. Số câu lạc bộ gấp gần 6 lần so với năm 2014.

Năm 2024, các câu lạc bộ tổ chức hơn 3.200 buổi sinh hoạt, biểu diễn. Nhiều câu lạc bộ nhất là các huyện Nghi Lộc (38 câu lạc bộ), Diễn Châu (35 câu lạc bộ) và Yên Thành (31 câu lạc bộ). Hiện có 362/412 xã, phường, thị trấn đã thành lập câu lạc bộ, đạt 87,9%.

Ở xóm 7, xã Nghi Phương (huyện Nghi Lộc), ông Lê Văn Sáu, Chủ nhiệm Câu lạc bộ dân ca ví, giặm Nghi Phương cho biết, câu lạc bộ có 32 thành viên, người lớn tuổi nhất 84 tuổi, nhỏ nhất mới 9 tuổi. Câu lạc bộ sinh hoạt 4 buổi/tháng, kinh phí chủ yếu do hội viên đóng góp, 20.000 đồng/người/tháng.

Từ năm 2021 đến nay, tỉnh đã chi khoảng 8,6 tỷ đồng hỗ trợ các câu lạc bộ; riêng năm 2024 có 120 câu lạc bộ được hỗ trợ 15 triệu đồng/câu lạc bộ để mua nhạc cụ, trang phục. Liên hoan dân ca ví, giặm tỉnh lần thứ 4 năm 2024 thu hút 21 đoàn với gần 700 diễn viên.

Theo Đề án bảo tồn và phát huy dân ca ví, giặm giai đoạn 2021-2025, mục tiêu đến năm 2025, 100% xã, phường, thị trấn có câu lạc bộ ví, giặm và ít nhất 50 câu lạc bộ thiếu nhi được thành lập.

THANH LÊ
12/05/2025
"""

Y24 = year("Năm 2024", 2024)
R24 = year("riêng năm 2024", 2024)
L24 = year("năm 2024", 2024)
T25 = asof("đến năm 2025", "2025-12-31")
SINCE = span("Từ năm 2021 đến nay", "2021-01-01", "2025-05-12")

FIGS = [
    F("có 436 câu lạc bộ", "436", 436, "count", "câu lạc bộ", "câu lạc bộ dân ca ví, giặm"),
    F("hơn 11.500 hội viên", "11.500", 11500, "count", "hội viên", "hội viên câu lạc bộ dân ca ví, giặm", approx="over"),
    F("gấp gần 6 lần", "6", 6, "multiple", "lần", "số câu lạc bộ so với năm 2014", approx="nearly"),
    F("hơn 3.200 buổi", "3.200", 3200, "count", "buổi", "buổi sinh hoạt, biểu diễn của các câu lạc bộ", Y24, approx="over"),
    F("Nghi Lộc (38 câu lạc bộ)", "38", 38, "count", "câu lạc bộ", "câu lạc bộ dân ca ví, giặm", location="Nghi Lộc"),
    F("Diễn Châu (35 câu lạc bộ)", "35", 35, "count", "câu lạc bộ", "câu lạc bộ dân ca ví, giặm", location="Diễn Châu"),
    F("Yên Thành (31 câu lạc bộ)", "31", 31, "count", "câu lạc bộ", "câu lạc bộ dân ca ví, giặm", location="Yên Thành"),
    F("362/412 xã", "362", 362, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đã thành lập câu lạc bộ",
      total=412, percent=87.9),
    F("có 32 thành viên", "32", 32, "count", "thành viên", "thành viên Câu lạc bộ dân ca ví, giặm Nghi Phương",
      location="Nghi Lộc"),
    F("nhất 84 tuổi", "84", 84, "measure", "tuổi", "tuổi của thành viên lớn tuổi nhất", location="Nghi Lộc", optional=True),
    F("mới 9 tuổi", "9", 9, "measure", "tuổi", "tuổi của thành viên nhỏ nhất", location="Nghi Lộc", optional=True),
    F("sinh hoạt 4 buổi/tháng", "4", 4, "measure", "buổi/tháng", "buổi sinh hoạt của câu lạc bộ", location="Nghi Lộc"),
    F("20.000 đồng/người/tháng", "20.000", 20000, "money", "đồng/người/tháng", "mức đóng góp của hội viên",
      location="Nghi Lộc"),
    F("khoảng 8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng", "kinh phí tỉnh hỗ trợ các câu lạc bộ", SINCE, approx="about"),
    F("có 120 câu lạc bộ", "120", 120, "count", "câu lạc bộ", "câu lạc bộ được hỗ trợ mua nhạc cụ, trang phục", R24),
    F("hỗ trợ 15 triệu đồng/câu lạc bộ", "15", 15e6, "money", "đồng/câu lạc bộ", "mức hỗ trợ mua nhạc cụ, trang phục", R24),
    F("thu hút 21 đoàn", "21", 21, "count", "đoàn", "đoàn tham gia Liên hoan dân ca ví, giặm tỉnh", L24),
    F("gần 700 diễn viên", "700", 700, "count", "diễn viên", "diễn viên tham gia Liên hoan dân ca ví, giặm tỉnh", L24,
      approx="nearly"),
    F("2025, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có câu lạc bộ ví, giặm", T25, status="target"),
    F("ít nhất 50 câu lạc bộ", "50", 50, "count", "câu lạc bộ", "câu lạc bộ thiếu nhi được thành lập", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Nghệ An: câu lạc bộ dân ca ví, giặm (invented probe article); byline THANH LÊ and bare date 12/05/2025 at the end.",
    "Distractors: 'Sau 11 năm' (a duration locating the story), 'năm 2014' (baseline), 'xóm 7', the name 'Lê Văn Sáu',",
    "'lần thứ 4', 'giai đoạn 2021-2025'. 'gấp gần 6 lần so với năm 2014' stands as its own sentence: a multiple.",
    "The example club's members' ages (84, 9 tuổi) are optional. The Nghi Phương club's figures are located in its district, Nghi Lộc.",
    "'Toàn tỉnh hiện có', 'Hiện có' give no period. 'Từ năm 2021 đến nay' ends at the byline date.",
]

if __name__ == "__main__":
    write(5, TEXT, NOTES, FIGS, published="2025-05-12", location="Nghệ An")
