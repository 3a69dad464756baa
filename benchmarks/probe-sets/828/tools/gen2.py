"""p828-2: district portal (huyện Yên Phong, Bắc Ninh), câu lạc bộ dân ca quan họ, 6 tháng 2023."""
from lib import F, write, months, asof, up, span

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG - TỈNH BẮC NINH
Trang chủ / Tin tức / Văn hóa - Xã hội

Câu lạc bộ quan họ: 6 tháng biểu diễn gần 300 buổi

Thứ Năm, 13/07/2023 - 15:40

Theo Phòng Văn hóa và Thông tin huyện, tính đến 30/6/2023, toàn huyện có 38 câu lạc bộ dân ca quan họ với 1.126 hội viên; trong đó 214 hội viên là thanh thiếu niên dưới 18 tuổi, tăng 37 người so với cuối năm 2022. 14/14 xã, thị trấn đều đã có câu lạc bộ quan họ.

6 tháng đầu năm 2023, các câu lạc bộ đã tổ chức 296 buổi sinh hoạt, biểu diễn, tăng 18,4% so với cùng kỳ, phục vụ khoảng 41.000 lượt người xem. Câu lạc bộ quan họ làng Đông Xá (xã Đông Phong) mở 12 lớp truyền dạy cho 360 học viên.

Tại Hội thi hát quan họ huyện lần thứ XII tổ chức ngày 28/4, có 30 câu lạc bộ với 245 liền anh, liền chị tham gia. Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 7 giải Ba và 10 giải Khuyến khích.

Theo Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh, mỗi câu lạc bộ quan họ được hỗ trợ 10 triệu đồng/năm. 6 tháng đầu năm, huyện đã cấp 190 triệu đồng cho 19 câu lạc bộ. Nhân dân và doanh nghiệp còn đóng góp hơn 250 triệu đồng để tu sửa 5 điểm sinh hoạt quan họ tại các làng Xuân Ổ, Đông Xá, Đông Mai.

Mục tiêu đến năm 2025, huyện có 45 câu lạc bộ quan họ; mỗi làng quan họ gốc có ít nhất 1 câu lạc bộ thiếu niên.

Nguyễn Hương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

H1 = months("6 tháng", 2023, 1, 6)
AS = asof("tính đến 30/6/2023", "2023-06-30")
ASi = asof("tính đến 30/6/2023", "2023-06-30", inh=True)
S6 = months("6 tháng đầu năm 2023", 2023, 1, 6)
S6b = months("6 tháng đầu năm", 2023, 1, 6)
S6bi = months("6 tháng đầu năm", 2023, 1, 6, inh=True)
T25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("gần 300 buổi", "300", 300, "count", "buổi", "buổi biểu diễn của các câu lạc bộ quan họ", H1, approx="nearly"),
    F("có 38 câu lạc bộ", "38", 38, "count", "câu lạc bộ", "câu lạc bộ dân ca quan họ", AS),
    F("với 1.126 hội viên", "1.126", 1126, "count", "hội viên", "hội viên câu lạc bộ dân ca quan họ", AS),
    F("trong đó 214 hội viên", "214", 214, "count", "hội viên", "hội viên là thanh thiếu niên dưới 18 tuổi", AS,
      total=1126, change=up(37, "người", "cuối năm 2022")),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "ngưỡng tuổi thanh thiếu niên", optional=True),
    F("14/14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có câu lạc bộ quan họ", ASi, total=14),
    F("tổ chức 296 buổi", "296", 296, "count", "buổi", "buổi sinh hoạt, biểu diễn của các câu lạc bộ", S6,
      change=up(18.4, "%", "cùng kỳ")),
    F("khoảng 41.000 lượt người xem", "41.000", 41000, "count", "lượt người xem", "lượt người xem được phục vụ", S6,
      approx="about"),
    F("mở 12 lớp", "12", 12, "count", "lớp", "lớp truyền dạy quan họ của câu lạc bộ làng Đông Xá", S6.copy() | {"inherited": True}),
    F("cho 360 học viên", "360", 360, "count", "học viên", "học viên các lớp truyền dạy", S6.copy() | {"inherited": True}),
    F("có 30 câu lạc bộ", "30", 30, "count", "câu lạc bộ", "câu lạc bộ tham gia Hội thi hát quan họ huyện"),
    F("245 liền anh", "245", 245, "count", "liền anh, liền chị", "liền anh, liền chị tham gia Hội thi"),
    F("trao 3 giải Nhất", "3", 3, "count", "giải Nhất", "giải Nhất"),
    F("5 giải Nhì", "5", 5, "count", "giải Nhì", "giải Nhì"),
    F("7 giải Ba", "7", 7, "count", "giải Ba", "giải Ba"),
    F("10 giải Khuyến khích", "10", 10, "count", "giải Khuyến khích", "giải Khuyến khích"),
    F("hỗ trợ 10 triệu đồng/năm", "10", 10e6, "money", "đồng/năm", "mức hỗ trợ mỗi câu lạc bộ quan họ"),
    F("cấp 190 triệu đồng", "190", 190e6, "money", "đồng", "kinh phí huyện cấp cho các câu lạc bộ", S6b),
    F("cho 19 câu lạc bộ", "19", 19, "count", "câu lạc bộ", "câu lạc bộ được cấp kinh phí", S6b),
    F("hơn 250 triệu đồng", "250", 250e6, "money", "đồng", "kinh phí nhân dân và doanh nghiệp đóng góp tu sửa điểm sinh hoạt quan họ",
      S6bi, approx="over"),
    F("tu sửa 5 điểm", "5", 5, "count", "điểm sinh hoạt quan họ", "điểm sinh hoạt quan họ được tu sửa", S6bi),
    F("có 45 câu lạc bộ", "45", 45, "count", "câu lạc bộ", "câu lạc bộ quan họ", T25, status="target"),
    F("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", "câu lạc bộ thiếu niên mỗi làng quan họ gốc", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Yên Phong (Bắc Ninh): câu lạc bộ dân ca quan họ, 6 tháng đầu năm 2023 (invented probe article).",
    "Distractors: dateline 'Thứ Năm, 13/07/2023 - 15:40', 'lần thứ XII', 'ngày 28/4', 'Nghị quyết số 08/2022/NQ-HĐND',",
    "prize names 'giải Nhất/Nhì/Ba' (the number word 'Ba' is a name, not 3).",
    "Headline '6 tháng' has no year: the dateline (2023) gives it. 'dưới 18 tuổi' is a category threshold (optional).",
    "The change 'tăng 37 người so với cuối năm 2022' belongs to the 214 young members before it.",
    "Location: the district (Yên Phong) for all figures; the Hội thi (ngày 28/4) is an event date, not a period.",
]

if __name__ == "__main__":
    write(2, TEXT, NOTES, FIGS, published="2023-07-13", location="Yên Phong")
