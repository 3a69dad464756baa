"""p1038-7: department site (Trung tâm Khuyến nông, Sở NN&PTNT Trà Vinh), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
TRUNG TÂM KHUYẾN NÔNG
Trang chủ » Chăn nuôi - Thú y

Trà Vinh: Cải tạo đàn bò theo hướng chuyên thịt

Trà Vinh là một trong những địa phương có đàn bò lớn nhất vùng Đồng bằng sông Cửu Long, với tổng đàn năm 2023 đạt 218.460 con; bò lai Sind và bò lai chuyên thịt chiếm 96,2% tổng đàn.

Năm 2023, Trung tâm Khuyến nông phối hợp các huyện Càng Long, Trà Cú, Cầu Kè thụ tinh nhân tạo cho 47.815 con bò, tăng 4,3% so với năm 2022; tỷ lệ đậu thai lần phối đầu đạt 62,8%. Bò lai Sind trưởng thành nặng 350-400 kg, bò lai chuyên thịt đạt 450-550 kg.

Kết quả thụ tinh nhân tạo bò giai đoạn 2022-2024
Đơn vị tính: con
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Bò được thụ tinh nhân tạo
45.842
47.815
50.000
Bê lai sinh ra
31.260
33.104
35.000
Bò đực giống được bình tuyển
126
118
120

Theo Chương trình phát triển chăn nuôi bò thịt (Quyết định số 2306/QĐ-UBND), mỗi dẫn tinh viên được hỗ trợ 70.000 đồng/con bò có chửa và 30.000 đồng/lượt kiểm tra. Tỉnh hiện có 94 dẫn tinh viên, trong đó huyện Trà Cú 21 người, Càng Long 18 người.

TRUNG TÂM KHUYẾN NÔNG TRÀ VINH
Địa chỉ: Số 38 Nguyễn Thị Minh Khai, Phường 2, TP Trà Vinh
Điện thoại: 0294.3862.450 - Fax: 0294.3862.451
Tổng lượt truy cập: 1.204.377 | Đang truy cập: 58
"""

NOTES = [
    "Trung tâm Khuyến nông Trà Vinh (department site): no dateline, so no `published`; footer address, phone, fax and visitor counters.",
    "Distractors: 'giai đoạn 2022-2024', Quyết định số 2306/QĐ-UBND, 'Số 38 Nguyễn Thị Minh Khai, Phường 2', phone/fax,",
    "'Tổng lượt truy cập: 1.204.377', 'Đang truy cập: 58'. 'bò lai Sind' is a breed name.",
    "One-cell-per-line table: unit 'con' from 'Đơn vị tính'; subject = row label; period from the column header;",
    "'Kế hoạch 2024' column -> status target. 96,2% is a share stated for its own subject (bò lai), a percent figure of its own.",
    "'Tỉnh hiện có 94 dẫn tinh viên, trong đó huyện Trà Cú 21 người, Càng Long 18 người': the district parts get total 94 and",
    "their district as location; 'hiện' gives no period (not a period phrase). Weights of adult animals: ranges, no period.",
]

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("đạt 218.460 con", "218.460", 218460, "count", "con", "tổng đàn bò", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ bò lai Sind và bò lai chuyên thịt trong tổng đàn",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 47.815 con bò", "47.815", 47815, "count", "con", "bò được thụ tinh nhân tạo", Y23,
      change=C("increase", 4.3, "%", "năm 2022")),
    F("đầu đạt 62,8%", "62,8", 62.8, "percent", "%", "tỷ lệ đậu thai lần phối đầu", Y23),
    F("nặng 350-400 kg", "350", 350, "measure", "kg", "khối lượng bò lai Sind trưởng thành", value_max=400),
    F("đạt 450-550 kg", "450", 450, "measure", "kg", "khối lượng bò lai chuyên thịt trưởng thành", value_max=550),
    F("nhân tạo\n45.842", "45.842", 45842, "count", "con", "bò được thụ tinh nhân tạo", Y22),
    F("45.842\n47.815", "47.815", 47815, "count", "con", "bò được thụ tinh nhân tạo", Y23),
    F("47.815\n50.000", "50.000", 50000, "count", "con", "bò được thụ tinh nhân tạo", K24, status="target"),
    F("31.260", "31.260", 31260, "count", "con", "bê lai sinh ra", Y22),
    F("33.104", "33.104", 33104, "count", "con", "bê lai sinh ra", Y23),
    F("35.000", "35.000", 35000, "count", "con", "bê lai sinh ra", K24, status="target"),
    F("126", "126", 126, "count", "con", "bò đực giống được bình tuyển", Y22),
    F("118", "118", 118, "count", "con", "bò đực giống được bình tuyển", Y23),
    F("tuyển\n126\n118\n120", "120", 120, "count", "con", "bò đực giống được bình tuyển", K24, status="target"),
    F("hỗ trợ 70.000 đồng/con", "70.000", 70000, "money", "đồng/con", "hỗ trợ dẫn tinh viên cho mỗi con bò có chửa"),
    F("và 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "hỗ trợ dẫn tinh viên cho mỗi lượt kiểm tra"),
    F("có 94 dẫn tinh viên", "94", 94, "count", "dẫn tinh viên", "dẫn tinh viên toàn tỉnh"),
    F("Trà Cú 21 người", "21", 21, "count", "người", "dẫn tinh viên", total=94, location="Trà Cú"),
    F("Càng Long 18 người", "18", 18, "count", "người", "dẫn tinh viên", total=94, location="Càng Long"),
]

if __name__ == "__main__":
    write("p1038-7", TEXT, NOTES, FIGS, published=None, location="Trà Vinh")
