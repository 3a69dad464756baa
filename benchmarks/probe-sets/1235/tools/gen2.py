"""p1235-2: district portal (huyện Tuần Giáo, Điện Biên): Thái and Mông radio bulletins, 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO
Trang chủ / Tin hoạt động / Văn hóa - Xã hội
Thứ Năm, 13/03/2025 - 15:40

Duy trì bản tin truyền thanh tiếng Thái, tiếng Mông phục vụ đồng bào vùng cao

Năm 2024, Trung tâm Văn hóa, Thể thao và Truyền thông huyện đã biên dịch, sản xuất 312 chương trình phát thanh tiếng dân tộc, tăng 24 chương trình so với năm 2023; trong đó tiếng Thái 168 chương trình, tiếng Mông 144 chương trình. Mỗi chương trình dài 15 phút, được phát hai buổi sáng, chiều trên hệ thống truyền thanh của huyện và tiếp sóng tại 19/19 xã, thị trấn.

Toàn huyện hiện có 176 cụm loa truyền thanh tại các bản, tổ dân phố, trong đó 58 cụm loa không dây ứng dụng công nghệ thông tin - viễn thông. Tuy nhiên, khoảng 30% cụm loa đã xuống cấp, hoạt động chập chờn, nhất là tại các xã Pú Xi, Mường Mùn, Tênh Phông.

Phát thanh viên Lò Thị Hoa, người dân tộc Thái, đã gắn bó với chương trình tiếng Thái hơn 12 năm. Mỗi tuần chị biên dịch khoảng 8.000 chữ từ tiếng Việt sang tiếng Thái, đọc và thu âm 4 chương trình. "Nhiều bà con ở bản xa nghe xong còn gọi điện hỏi lại cách làm hồ sơ vay vốn", chị Hoa chia sẻ.

Năm 2024, kinh phí duy trì chương trình phát thanh tiếng dân tộc của huyện là 486 triệu đồng, trong đó nhuận bút biên dịch, đọc bản tin chiếm 62%. Năm 2025, huyện dự kiến chi khoảng 520 triệu đồng, phấn đấu sản xuất 330 chương trình tiếng Thái, tiếng Mông và thay thế 40 cụm loa hư hỏng trên Quốc lộ 6 và tuyến Tuần Giáo - Lai Châu.

Quàng Văn Thanh (Trung tâm VH, TT&TT huyện)
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
PROG = "chương trình phát thanh tiếng dân tộc"

FIGS = [
    F("sản xuất 312 chương trình", "312", 312, "count", "chương trình",
      change=C("increase", 24, "chương trình", "năm 2023"),
      subject=PROG + " biên dịch, sản xuất", period=Y24),
    F("tiếng Thái 168 chương trình", "168", 168, "count", "chương trình", total=312,
      subject="chương trình tiếng Thái", period=Y24),
    F("tiếng Mông 144 chương trình", "144", 144, "count", "chương trình", total=312,
      subject="chương trình tiếng Mông", period=Y24),
    F("dài 15 phút", "15", 15, "measure", "phút", subject="thời lượng mỗi chương trình"),
    F("phát hai buổi", "hai", 2, "count", "buổi", optional=True,
      subject="buổi phát chương trình mỗi ngày"),
    F("tại 19/19 xã", "19", 19, "count", "xã, thị trấn", total=19,
      subject="xã, thị trấn tiếp sóng chương trình tiếng dân tộc"),
    F("có 176 cụm loa", "176", 176, "count", "cụm loa", subject="cụm loa truyền thanh tại các bản, tổ dân phố"),
    F("58 cụm loa", "58", 58, "count", "cụm loa", total=176,
      subject="cụm loa không dây ứng dụng công nghệ thông tin - viễn thông"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="cụm loa đã xuống cấp, hoạt động chập chờn"),
    F("hơn 12 năm", "12", 12, "measure", "năm", approx="over", optional=True,
      subject="thời gian phát thanh viên Lò Thị Hoa gắn bó với chương trình tiếng Thái"),
    F("khoảng 8.000 chữ", "8.000", 8000, "measure", "chữ/tuần", approx="about",
      subject="chữ biên dịch từ tiếng Việt sang tiếng Thái mỗi tuần"),
    F("thu âm 4 chương trình", "4", 4, "measure", "chương trình/tuần",
      subject="chương trình đọc và thu âm mỗi tuần"),
    F("là 486 triệu", "486", 486000000, "money", "đồng",
      subject="kinh phí duy trì chương trình phát thanh tiếng dân tộc", period=Y24b),
    F("chiếm 62%", "62", 62, "percent", "%",
      subject="nhuận bút biên dịch, đọc bản tin trong kinh phí", period=Y24b),
    F("khoảng 520 triệu", "520", 520000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí chi cho chương trình phát thanh tiếng dân tộc", period=Y25),
    F("sản xuất 330 chương trình", "330", 330, "count", "chương trình", status="target",
      subject="chương trình tiếng Thái, tiếng Mông sản xuất", period=Y25),
    F("thay thế 40 cụm loa", "40", 40, "count", "cụm loa", status="target",
      subject="cụm loa hư hỏng thay thế", period=Y25),
]

NOTES = [
    "District portal (huyện Tuần Giáo, Điện Biên): 'Thứ Năm, 13/03/2025 - 15:40' (published), byline at the end. Default location = the district.",
    "Distractors: time 15:40, 'Quốc lộ 6', 'tuyến Tuần Giáo - Lai Châu', commune names, 'VH, TT&TT'.",
    "'tăng 24 chương trình so với năm 2023' = change in chương trình. '19/19 xã, thị trấn' = count with total. 'hai buổi' optional (time slots).",
    "'trong đó nhuận bút ... chiếm 62%': no money figure for the part, so 62% is a percent figure of its own.",
    "'hơn 12 năm' (a person's years of service) optional. 'Mỗi tuần ... khoảng 8.000 chữ', '4 chương trình' are rates per week (measure).",
    "'dự kiến chi khoảng 520 triệu' → forecast; 'phấn đấu sản xuất 330 ... và thay thế 40' → target (the cue governs its clause).",
]

if __name__ == "__main__":
    write("p1235-2", TEXT, NOTES, FIGS, published="2025-03-13", location="Tuần Giáo")
