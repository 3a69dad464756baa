"""p1049-2: district portal (huyện Bắc Hà, Lào Cai), mobile information-and-arts team, 2023."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ
Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Năm, 14/12/2023 - 16:05

Đội Thông tin lưu động mang lời ca về thôn, bản

Năm 2023, Đội Thông tin lưu động thuộc Trung tâm Văn hóa - Thể thao và Truyền thông huyện Bắc Hà đã tổ chức 96 buổi tuyên truyền lưu động kết hợp biểu diễn văn nghệ tại 21/21 xã, thị trấn, tăng 14 buổi so với năm 2022, thu hút trên 35.000 lượt người xem.

Đội có 9 diễn viên, tuyên truyền viên, phần lớn là người dân tộc Mông, Tày, Nùng. Mỗi chuyến đi cơ sở thường kéo dài 3-5 ngày; có thôn như Sín Chải, Lùng Phình cách trung tâm huyện trên 30 km, xe không vào được, anh em phải gùi loa máy, đạo cụ đi bộ dọc Tỉnh lộ 153. Kinh phí hoạt động của Đội năm 2023 là 420 triệu đồng; mức bồi dưỡng biểu diễn 150.000 đồng/người/buổi.

Phong trào văn nghệ quần chúng tiếp tục phát triển. Toàn huyện hiện có 168 đội văn nghệ quần chúng, tăng 12 đội so với cuối năm 2022, với gần 2.500 diễn viên không chuyên; trong đó 131 đội hoạt động thường xuyên, chiếm 78%. Liên hoan Văn nghệ các dân tộc huyện Bắc Hà lần thứ VII tổ chức tháng 9/2023 có 18 đội với 406 diễn viên tham gia, trao 4 giải A, 6 giải B và 8 giải C.

Thực hiện Kế hoạch số 215/KH-UBND ngày 10/3/2023 của UBND huyện, năm 2024 huyện phấn đấu 100% thôn, bản có đội văn nghệ; Đội Thông tin lưu động biểu diễn ít nhất 100 buổi, trong đó 60 buổi tại các xã đặc biệt khó khăn. Phó Chủ tịch UBND huyện Hoàng Văn Sáu đề nghị các xã dọc Quốc lộ 4E gắn biểu diễn văn nghệ với phiên chợ vùng cao để phục vụ du khách.

Trung tâm VH-TT&TT huyện Bắc Hà - Điện thoại: 0214.3880.216
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("tổ chức 96 buổi", "96", 96, "count", "buổi",
      "buổi tuyên truyền lưu động kết hợp biểu diễn văn nghệ", Y23,
      change=C("increase", 14, "buổi", "năm 2022")),
    F("tại 21/21 xã", "21", 21, "count", "xã, thị trấn",
      "xã, thị trấn được Đội Thông tin lưu động phục vụ", Y23, total=21),
    F("trên 35.000 lượt người xem", "35.000", 35000, "count", "lượt người xem",
      "lượt người xem", Y23, approx="over"),
    F("Đội có 9 diễn viên", "9", 9, "count", "diễn viên, tuyên truyền viên",
      "diễn viên, tuyên truyền viên của Đội Thông tin lưu động"),
    F("kéo dài 3-5 ngày", "3", 3, "measure", "ngày", "thời gian mỗi chuyến đi cơ sở",
      value_max=5),
    F("trên 30 km", "30", 30, "measure", "km",
      "khoảng cách từ thôn đến trung tâm huyện", approx="over"),
    F("là 420 triệu đồng", "420", 420000000, "money", "đồng",
      "kinh phí hoạt động của Đội", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("150.000 đồng/người/buổi", "150.000", 150000, "money", "đồng/người/buổi",
      "mức bồi dưỡng biểu diễn"),
    F("có 168 đội", "168", 168, "count", "đội", "đội văn nghệ quần chúng",
      change=C("increase", 12, "đội", "cuối năm 2022")),
    F("gần 2.500 diễn viên", "2.500", 2500, "count", "diễn viên",
      "diễn viên không chuyên của các đội văn nghệ quần chúng", approx="nearly"),
    F("131 đội hoạt động", "131", 131, "count", "đội",
      "đội văn nghệ hoạt động thường xuyên", total=168, percent=78),
    F("có 18 đội", "18", 18, "count", "đội",
      "đội tham gia Liên hoan Văn nghệ các dân tộc huyện", P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("406 diễn viên", "406", 406, "count", "diễn viên",
      "diễn viên tham gia Liên hoan Văn nghệ các dân tộc huyện", P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("trao 4 giải A", "4", 4, "count", "giải A", "giải A tại Liên hoan",
      P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("6 giải B", "6", 6, "count", "giải B", "giải B tại Liên hoan",
      P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("8 giải C", "8", 8, "count", "giải C", "giải C tại Liên hoan",
      P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, bản có đội văn nghệ",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 100 buổi", "100", 100, "count", "buổi",
      "buổi biểu diễn của Đội Thông tin lưu động", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
    F("trong đó 60 buổi", "60", 60, "count", "buổi",
      "buổi biểu diễn tại các xã đặc biệt khó khăn", P("năm 2024", "2024-01-01", "2024-12-31"),
      total=100, status="target"),
]

NOTES = [
    "District portal of Bắc Hà (Lào Cai): Đội Thông tin lưu động and amateur art teams, 2023; targets for 2024.",
    "Distractors: 'Thứ Năm, 14/12/2023 - 16:05', 'Tỉnh lộ 153', 'Quốc lộ 4E', 'Kế hoạch số 215/KH-UBND ngày 10/3/2023',",
    "'lần thứ VII', a person named 'Hoàng Văn Sáu', phone '0214.3880.216'.",
    "Location is the district Bắc Hà throughout. 'hiện có 168 đội' has no period (hiện).",
    "'kéo dài 3-5 ngày' (trip length) and 'trên 30 km' are measures stated as facts.",
    "The three prize counts do not form a bracketed breakdown of the 18 teams: no total.",
    "Targets: the 2024 clause ('phấn đấu') governs 100%, 'ít nhất 100 buổi' and its part 60 buổi (total 100).",
]

if __name__ == "__main__":
    build("p1049-2", TEXT, FIGS, NOTES, published="2023-12-14", location="Bắc Hà")
