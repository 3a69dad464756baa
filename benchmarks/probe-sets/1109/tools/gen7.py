"""p1109-7: department site (Cục QLTT Lạng Sơn), used goods smuggled across the border, no dateline,
one-cell-per-line table."""
from lib import F, build, change, period, inherit

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN
Trang chủ » Tin hoạt động » Kiểm tra, xử lý vi phạm

Kiểm soát chặt hàng hóa đã qua sử dụng nhập lậu qua biên giới

9 tháng năm 2024, Cục Quản lý thị trường tỉnh Lạng Sơn đã kiểm tra, xử lý 171 vụ vi phạm liên quan đến hàng hóa đã qua sử dụng, tăng 12,5% so với cùng kỳ năm 2023; thu nộp ngân sách nhà nước hơn 3,2 tỷ đồng. Tổng trị giá hàng hóa vi phạm ước khoảng 5,8 tỷ đồng.

Kết quả xử lý vi phạm theo nhóm hàng
Đơn vị tính: vụ
Nhóm hàng
9 tháng năm 2023
9 tháng năm 2024
Quần áo, giày dép đã qua sử dụng
64
72
Điện tử, điện lạnh đã qua sử dụng
41
47
Phụ tùng ô tô, xe máy cũ
29
35
Hàng hóa khác
18
17
Tổng cộng
152
171

Qua các vụ việc, lực lượng QLTT đã tạm giữ 12,4 tấn quần áo, giày dép cũ, tăng 3,1 tấn so với cùng kỳ; 2.860 sản phẩm điện tử, điện lạnh đã qua sử dụng và 1.150 phụ tùng xe máy cũ. Phần lớn tang vật được phát hiện trên Quốc lộ 1A, Quốc lộ 4B và khu vực cửa khẩu Tân Thanh. Toàn bộ hàng hóa đã bị tiêu hủy theo Quyết định số 18/2019/QĐ-TTg.

Hiện trên địa bàn tỉnh có 23 chợ, điểm kinh doanh quần áo cũ, chủ yếu tại TP Lạng Sơn và huyện Cao Lộc. Quý IV/2024, Cục phấn đấu kiểm tra 100% chợ, điểm kinh doanh này; dự kiến phối hợp Bộ đội Biên phòng tỉnh tổ chức 2 đợt cao điểm trên tuyến biên giới dài 231 km.

CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN
Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, TP Lạng Sơn
Điện thoại: 0205.3812.345
Tổng lượt truy cập: 1.284.097 | Đang trực tuyến: 37
"""

M9_24 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_23 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = period("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("xử lý 171 vụ", "171", 171, "count", "vụ", "vụ vi phạm liên quan đến hàng hóa đã qua sử dụng", M9_24,
      change=change("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("hơn 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "thu nộp ngân sách nhà nước", M9_24,
      approx="over"),
    F("ước khoảng 5,8 tỷ đồng", "5,8", 5800000000, "money", "đồng", "tổng trị giá hàng hóa vi phạm",
      inherit(M9_24), approx="about", status="estimate"),
]
ROWS = [
    ("Quần áo, giày dép đã qua sử dụng", "64", "72"),
    ("Điện tử, điện lạnh đã qua sử dụng", "41", "47"),
    ("Phụ tùng ô tô, xe máy cũ", "29", "35"),
    ("Hàng hóa khác", "18", "17"),
    ("Tổng cộng", "152", "171"),
]
for label, a, b in ROWS:
    FIGS.append(F(f"{label}\n{a}", a, float(a), "count", "vụ",
                  f"số vụ vi phạm {label.lower()} 9 tháng năm 2023", M9_23))
    FIGS.append(F(f"{a}\n{b}", b, float(b), "count", "vụ",
                  f"số vụ vi phạm {label.lower()} 9 tháng năm 2024", M9_24))

FIGS += [
    F("tạm giữ 12,4 tấn", "12,4", 12.4, "measure", "tấn", "quần áo, giày dép cũ bị tạm giữ", inherit(M9_24),
      change=change("increase", 3.1, "tấn", "cùng kỳ")),
    F("2.860 sản phẩm", "2.860", 2860, "count", "sản phẩm",
      "sản phẩm điện tử, điện lạnh đã qua sử dụng bị tạm giữ", inherit(M9_24)),
    F("1.150 phụ tùng", "1.150", 1150, "count", "phụ tùng", "phụ tùng xe máy cũ bị tạm giữ", inherit(M9_24)),
    F("có 23 chợ", "23", 23, "count", "chợ, điểm kinh doanh", "chợ, điểm kinh doanh quần áo cũ"),
    F("kiểm tra 100% chợ", "100", 100, "percent", "%", "chợ, điểm kinh doanh quần áo cũ được kiểm tra", Q4,
      status="target"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt cao điểm", "đợt cao điểm trên tuyến biên giới", Q4,
      status="forecast"),
    F("dài 231 km", "231", 231, "measure", "km", "chiều dài tuyến biên giới"),
]

NOTES = [
    "Cục QLTT Lạng Sơn (department site): hàng hóa đã qua sử dụng nhập lậu, 9 tháng 2024. No dateline: published absent.",
    "Table pasted one cell per line: header cells 'Nhóm hàng', '9 tháng năm 2023', '9 tháng năm 2024', then label + 2 cells per row.",
    "Unit from 'Đơn vị tính: vụ'; period from the column header (scored); row labels are goods groups, so location Lạng Sơn.",
    "'Tổng trị giá ... ước khoảng 5,8 tỷ' is an estimate (ước). 'dài 231 km' (border length) is a measure with no period.",
    "The 100% target and 2 đợt forecast share 'Quý IV/2024'; 'Hiện ... 23 chợ' gets no period.",
    "Distractors: Quốc lộ 1A, Quốc lộ 4B, Quyết định số 18/2019/QĐ-TTg, Số 2 đường Hùng Vương, 0205.3812.345,",
    "Tổng lượt truy cập 1.284.097, Đang trực tuyến 37.",
]

build("p1109-7", TEXT, FIGS, NOTES, published=None, location="Lạng Sơn")
