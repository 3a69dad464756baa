"""p1119-7: department site (Chi cục Kiểm lâm Hà Tĩnh), no dateline, one-cell-per-line table of violations."""
from lib import F, P, I, C, T, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Tăng cường tuần tra, gỡ bẫy tại rừng đặc dụng Vũ Quang và Kẻ Gỗ

Năm 2024, Hạt Kiểm lâm Vườn quốc gia Vũ Quang và Ban quản lý Khu bảo tồn thiên nhiên Kẻ Gỗ đã tổ chức 2.318 lượt tuần tra với 6.954 ngày công, tháo gỡ 3.607 bẫy các loại (Vườn quốc gia Vũ Quang 2.146 bẫy, Khu bảo tồn Kẻ Gỗ 1.461 bẫy). Lực lượng chức năng đã cứu hộ 23 cá thể động vật hoang dã, trong đó có 2 cá thể gấu ngựa do người dân tự nguyện chuyển giao; thả về rừng 17 cá thể.

Số vụ vi phạm phát hiện tại hai khu rừng đặc dụng như sau:
Đơn vị tính: vụ
Loại vi phạm
Năm 2023
Năm 2024
Săn, bắt, bẫy động vật rừng
41
29
Khai thác lâm sản trái phép
36
27
Vận chuyển, tàng trữ lâm sản
18
15
Lấn chiếm đất rừng
7
4
Tổng cộng
102
75

Như vậy, số vụ vi phạm năm 2024 giảm 26,5% so với năm 2023; riêng số vụ săn, bắt, bẫy động vật rừng giảm 12 vụ. Đã xử phạt vi phạm hành chính 68 vụ, khởi tố 4 vụ, thu nộp ngân sách gần 1,1 tỷ đồng.

Hiện hai đơn vị có 96 cán bộ, kiểm lâm viên và 42 tổ bảo vệ rừng cộng đồng ở 19 xã vùng đệm; kinh phí hỗ trợ từ 3 đến 5 triệu đồng/tổ/quý. Năm 2025, các đơn vị phấn đấu duy trì tối thiểu 2.400 lượt tuần tra, không để xảy ra điểm nóng về săn bắt động vật hoang dã.

Bài viết liên quan:
- Hội nghị tổng kết Dự án bảo tồn sao la lần thứ 2
- Tập huấn sử dụng phần mềm SMART năm 2024

CHI CỤC KIỂM LÂM TỈNH HÀ TĨNH
Địa chỉ: Số 7 đường Hải Thượng Lãn Ông, TP Hà Tĩnh
Điện thoại: 0239.3855.316
Tổng lượt truy cập: 846.215 | Đang trực tuyến: 17
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ROWS = {"Săn": "săn, bắt, bẫy động vật rừng", "Khai": "khai thác lâm sản trái phép",
        "Vận": "vận chuyển, tàng trữ lâm sản", "Lấn": "lấn chiếm đất rừng", "Tổng": "tổng cộng"}


def cell(anchor, number, value, row, col):
    per = Y23 if col == "2023" else Y24
    return F(anchor, number, value, "count", "vụ", subject=f"vụ vi phạm {ROWS[row]} năm {col}", period=per)


FIGS = [
    F("2.318 lượt", "2.318", 2318, "count", "lượt tuần tra",
      subject="lượt tuần tra của Vườn quốc gia Vũ Quang và Khu bảo tồn thiên nhiên Kẻ Gỗ", period=Y24),
    F("6.954 ngày công", "6.954", 6954, "measure", "ngày công", subject="ngày công tuần tra", period=Y24),
    F("tháo gỡ 3.607 bẫy", "3.607", 3607, "count", "bẫy", subject="bẫy các loại tháo gỡ", period=Y24),
    F("Vũ Quang 2.146 bẫy", "2.146", 2146, "count", "bẫy", total=3607,
      subject="bẫy tháo gỡ tại Vườn quốc gia Vũ Quang", period=Y24),
    F("Kẻ Gỗ 1.461 bẫy", "1.461", 1461, "count", "bẫy", total=3607,
      subject="bẫy tháo gỡ tại Khu bảo tồn Kẻ Gỗ", period=Y24),
    F("cứu hộ 23 cá thể", "23", 23, "count", "cá thể", subject="động vật hoang dã được cứu hộ", period=I(Y24)),
    F("có 2 cá thể", "2", 2, "count", "cá thể", total=23,
      subject="gấu ngựa do người dân tự nguyện chuyển giao", period=I(Y24)),
    F("thả về rừng 17 cá thể", "17", 17, "count", "cá thể", subject="cá thể thả về rừng", period=I(Y24)),
    cell("Săn, bắt, bẫy động vật rừng\n41", "41", 41, "Săn", "2023"),
    cell("41\n29", "29", 29, "Săn", "2024"),
    cell("trái phép\n36", "36", 36, "Khai", "2023"),
    cell("36\n27", "27", 27, "Khai", "2024"),
    cell("lâm sản\n18", "18", 18, "Vận", "2023"),
    cell("18\n15", "15", 15, "Vận", "2024"),
    cell("đất rừng\n7", "7", 7, "Lấn", "2023"),
    cell("7\n4", "4", 4, "Lấn", "2024"),
    cell("Tổng cộng\n102", "102", 102, "Tổng", "2023"),
    cell("102\n75", "75", 75, "Tổng", "2024"),
    F("giảm 26,5%", "26,5", 26.5, "percent", "%", subject="mức giảm số vụ vi phạm so với năm 2023", period=Y24s),
    F("giảm 12 vụ", "12", 12, "count", "vụ", optional=True,
      subject="mức giảm số vụ săn, bắt, bẫy động vật rừng", period=Y24s),
    F("hành chính 68 vụ", "68", 68, "count", "vụ", subject="vụ xử phạt vi phạm hành chính", period=I(Y24)),
    F("khởi tố 4 vụ", "4", 4, "count", "vụ", subject="vụ khởi tố", period=I(Y24)),
    F("gần 1,1 tỷ", "1,1", 1100000000, "money", "đồng", approx="nearly",
      subject="tiền thu nộp ngân sách", period=I(Y24)),
    F("tại hai khu", "hai", 2, "count", "khu rừng đặc dụng", optional=True, subject="khu rừng đặc dụng"),
    F("hai đơn vị có", "hai", 2, "count", "đơn vị", optional=True, subject="đơn vị quản lý rừng đặc dụng"),
    F("có 96 cán bộ", "96", 96, "count", "cán bộ, kiểm lâm viên", subject="cán bộ, kiểm lâm viên của hai đơn vị"),
    F("42 tổ", "42", 42, "count", "tổ bảo vệ rừng cộng đồng", subject="tổ bảo vệ rừng cộng đồng"),
    F("ở 19 xã", "19", 19, "count", "xã vùng đệm", subject="xã vùng đệm có tổ bảo vệ rừng cộng đồng"),
    F("từ 3 đến 5 triệu", "3", 3000000, "money", "đồng/tổ/quý", value_max=5000000,
      subject="kinh phí hỗ trợ tổ bảo vệ rừng cộng đồng"),
    F("tối thiểu 2.400 lượt", "2.400", 2400, "count", "lượt tuần tra", approx="at_least", status="target",
      subject="lượt tuần tra duy trì", period=Y25),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Hà Tĩnh) with no dateline: no published. Footer address, phone, visit counter.",
    "Distractors: 'Số 7 đường Hải Thượng Lãn Ông', phone 0239.3855.316, 'Tổng lượt truy cập: 846.215', 'Đang trực tuyến: 17',",
    "'lần thứ 2', 'phần mềm SMART năm 2024' (related links).",
    "Bracketed breakdown 2.146 + 1.461 = 3.607 → total. 'Vườn quốc gia Vũ Quang' is the park, not huyện Vũ Quang: location Hà Tĩnh",
    "(borderline: the park lies in huyện Vũ Quang and Hương Khê). '2 cá thể gấu ngựa' after 'trong đó': total 23.",
    "One-cell-per-line table ('Đơn vị tính: vụ'): subject = indicator + row + column label, period from the column header (scored).",
    "'số vụ vi phạm năm 2024 giảm 26,5%' is a rate standing as the claim (percent figure, no change). 'giảm 12 vụ' standing alone is",
    "an absolute change as the claim (optional). 'Hiện hai đơn vị', 'tại hai khu rừng đặc dụng' refer back to the two units (optional).",
]

if __name__ == "__main__":
    write("p1119-7", TEXT, NOTES, FIGS, published=None, location="Hà Tĩnh")
