"""p1033-3: formal report, UBND tỉnh Quảng Trị, reading-culture scheme, 9 months 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển văn hóa đọc 9 tháng năm 2023

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống thư viện
Toàn tỉnh có 1 thư viện tỉnh, 10 thư viện cấp huyện; 101/125 xã, phường, thị trấn có phòng đọc hoặc tủ sách (đạt 80,8%).

2. Phục vụ bạn đọc
9 tháng năm 2023, hệ thống thư viện công cộng toàn tỉnh phục vụ 268.450 lượt bạn đọc, đạt 74,6% kế hoạch năm; luân chuyển 512.300 lượt sách, báo. Kết quả theo đơn vị:

Đơn vị tính: lượt
Đơn vị | Lượt bạn đọc | Lượt sách luân chuyển
Thư viện tỉnh | 142.600 | 286.900
TP. Đông Hà | 38.750 | 71.400
Vĩnh Linh | 29.300 | 52.800
Hướng Hóa | 21.850 | 40.150
Các huyện còn lại | 35.950 | 61.050
Tổng cộng | 268.450 | 512.300

3. Luân chuyển sách, số hóa tài liệu
Thư viện tỉnh luân chuyển 24.600 bản sách đến 58 điểm (21 đồn biên phòng, 37 trường học), ước cả năm đạt khoảng 32.000 bản. Số hóa 215.000 trang tài liệu địa chí, nâng tổng số lên 1,34 triệu trang. Tổ chức 36 buổi trưng bày sách với hơn 9.800 lượt người tham gia.

4. Kinh phí
Tổng kinh phí 9 tháng là 2,85 tỷ đồng, trong đó bổ sung sách, báo 1,42 tỷ đồng, chiếm 49,8%. Cộng tác viên tủ sách cấp xã được hỗ trợ 300.000 đồng/người/tháng.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm phục vụ 360.000 lượt bạn đọc; hoàn thành số hóa 300.000 trang tài liệu; 100% thư viện cấp huyện kết nối dữ liệu với Thư viện tỉnh.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9b = P("9 tháng", "2023-01-01", "2023-09-30")
Y = P("cả năm", "2023-01-01", "2023-12-31")


def cell(anchor, number, value, subject, loc=None, **kw):
    extra = {"location": loc} if loc else {}
    return F(anchor, number, value, "count", "lượt", subject, I(N9), **extra, **kw)


BD, SL = "Lượt bạn đọc", "Lượt sách luân chuyển"
FIGS = [
    F("có 1 thư viện tỉnh", "1", 1, "count", "thư viện tỉnh", "thư viện tỉnh", optional=True),
    F("10 thư viện cấp huyện", "10", 10, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    F("101/125 xã", "101", 101, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có phòng đọc hoặc tủ sách",
      total=125, percent=80.8),
    F("phục vụ 268.450 lượt", "268.450", 268450, "count", "lượt bạn đọc", "lượt bạn đọc hệ thống thư viện công cộng phục vụ",
      N9, percent=74.6),
    F("luân chuyển 512.300 lượt", "512.300", 512300, "count", "lượt sách, báo", "lượt sách, báo luân chuyển", N9),
    cell("Thư viện tỉnh | 142.600", "142.600", 142600, "Lượt bạn đọc Thư viện tỉnh"),
    cell("142.600 | 286.900", "286.900", 286900, "Lượt sách luân chuyển Thư viện tỉnh"),
    cell("Đông Hà | 38.750", "38.750", 38750, BD, "Đông Hà"),
    cell("38.750 | 71.400", "71.400", 71400, SL, "Đông Hà"),
    cell("Vĩnh Linh | 29.300", "29.300", 29300, BD, "Vĩnh Linh"),
    cell("29.300 | 52.800", "52.800", 52800, SL, "Vĩnh Linh"),
    cell("Hướng Hóa | 21.850", "21.850", 21850, BD, "Hướng Hóa"),
    cell("21.850 | 40.150", "40.150", 40150, SL, "Hướng Hóa"),
    cell("còn lại | 35.950", "35.950", 35950, "Lượt bạn đọc các huyện còn lại"),
    cell("35.950 | 61.050", "61.050", 61050, "Lượt sách luân chuyển các huyện còn lại"),
    cell("Tổng cộng | 268.450", "268.450", 268450, "Tổng cộng lượt bạn đọc"),
    cell("268.450 | 512.300", "512.300", 512300, "Tổng cộng lượt sách luân chuyển"),
    F("luân chuyển 24.600 bản", "24.600", 24600, "count", "bản sách", "sách Thư viện tỉnh luân chuyển", I(N9)),
    F("đến 58 điểm", "58", 58, "count", "điểm", "điểm nhận sách luân chuyển", I(N9)),
    F("(21 đồn", "21", 21, "count", "đồn biên phòng", "đồn biên phòng nhận sách luân chuyển", I(N9), total=58),
    F("37 trường học", "37", 37, "count", "trường học", "trường học nhận sách luân chuyển", I(N9), total=58),
    F("khoảng 32.000 bản", "32.000", 32000, "count", "bản", "sách luân chuyển cả năm", Y, approx="about", status="estimate"),
    F("Số hóa 215.000 trang", "215.000", 215000, "count", "trang", "trang tài liệu địa chí số hóa", I(N9)),
    F("lên 1,34 triệu trang", "1,34", 1.34e6, "count", "trang", "tổng số trang tài liệu số hóa"),
    F("Tổ chức 36 buổi", "36", 36, "count", "buổi", "buổi trưng bày sách", I(N9)),
    F("hơn 9.800 lượt", "9.800", 9800, "count", "lượt người", "lượt người tham gia trưng bày sách", I(N9), approx="over"),
    F("9 tháng là 2,85 tỷ", "2,85", 2.85e9, "money", "đồng", "tổng kinh phí thực hiện Đề án", N9b),
    F("1,42 tỷ đồng", "1,42", 1.42e9, "money", "đồng", "kinh phí bổ sung sách, báo", N9b, total=2.85e9, percent=49.8),
    F("hỗ trợ 300.000 đồng", "300.000", 300000, "money", "đồng/người/tháng", "hỗ trợ cộng tác viên tủ sách cấp xã"),
    F("phục vụ 360.000 lượt", "360.000", 360000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ", Y, status="target"),
    F("số hóa 300.000 trang", "300.000", 300000, "count", "trang", "trang tài liệu số hóa", Y, status="target"),
    F("100% thư viện", "100", 100, "percent", "%", "thư viện cấp huyện kết nối dữ liệu với Thư viện tỉnh", Y, status="target"),
]

NOTES = [
    "Formal report under a letterhead: UBND tỉnh Quảng Trị, Số: 287/BC-UBND, 'Quảng Trị, ngày 12 tháng 10 năm 2023'.",
    "Distractors: 'Số: 287/BC-UBND', 'Quyết định số 329/QĐ-TTg ngày 15/3/2017', section numbers I., II., 1.-4., heading 'QUÝ IV/2023'.",
    "Flattened table (Đơn vị tính: lượt): every cell is a figure; place rows give the location (Đông Hà, Vĩnh Linh, Hướng Hóa),",
    "others keep Quảng Trị; period from the sentence above the table (inherited). The Tổng cộng row gets no total.",
    "'1 thư viện tỉnh' is structure (optional). 21 + 37 = 58 points: bracketed breakdown, total 58.",
    "'đạt 74,6% kế hoạch năm' is the percent of 268.450; '(đạt 80,8%)' the percent of 101/125.",
    "'100% thư viện cấp huyện' continues the 'Phấn đấu cả năm' clause (target, period cả năm = 2023, same sentence).",
]

write("p1033-3", TEXT, NOTES, FIGS, published="2023-10-12", location="Quảng Trị")
