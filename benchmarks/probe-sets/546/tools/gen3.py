"""p546-3: formal report UBND tỉnh Quảng Trị — Đề án 06, 9 months of 2024, flattened '|' table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai Đề án 06 trên địa bàn tỉnh 9 tháng đầu năm 2024

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp căn cước và định danh điện tử
Trong 9 tháng đầu năm 2024, Công an tỉnh thu nhận 58.734 hồ sơ đề nghị cấp căn cước, đạt 117,5% kế hoạch năm; kích hoạt mới 102.118 tài khoản định danh điện tử mức độ 2. Tính đến ngày 30/9/2024, tổng số tài khoản đã kích hoạt là 498.605 tài khoản, chiếm 84,2% dân số từ 14 tuổi trở lên.

Bảng 1. Kết quả theo địa phương (tính đến ngày 30/9/2024)
Đơn vị | Hồ sơ căn cước thu nhận (hồ sơ) | Tài khoản ĐDĐT kích hoạt (tài khoản) | Tỷ lệ kích hoạt (%)
TP. Đông Hà | 9.812 | 71.406 | 92,4
Huyện Vĩnh Linh | 7.905 | 64.287 | 86,1
Huyện Hải Lăng | 6.418 | 55.930 | 83,7
Huyện Hướng Hóa | 8.127 | 49.512 | 71,9

2. Dữ liệu dân cư và cư trú
Cơ sở dữ liệu quốc gia về dân cư của tỉnh hiện lưu trữ thông tin của 645.820 nhân khẩu. Quý III/2024, Công an các địa phương tiếp nhận 4.963 hồ sơ đăng ký cư trú trực tuyến, tăng 18,2% so với quý II/2024.

3. Dịch vụ công trực tuyến
Tỉnh đã tích hợp 25/25 dịch vụ công thiết yếu theo Đề án 06 trên Cổng dịch vụ công quốc gia; ước cả năm 2024 tiếp nhận khoảng 36.000 hồ sơ trực tuyến.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu kích hoạt thêm từ 40.000 đến 50.000 tài khoản định danh điện tử; dự kiến bố trí 2,35 tỷ đồng mua sắm thiết bị đọc căn cước gắn chíp cho Công an cấp xã.

Nơi nhận:
- Bộ Công an (C06);
- Lưu: VT.
"""

M9 = P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

C1, C2, C3 = "Hồ sơ căn cước thu nhận", "Tài khoản ĐDĐT kích hoạt", "Tỷ lệ kích hoạt"
ROWS = [("TP. Đông Hà", "Đông Hà", "9.812", "71.406", "92,4"),
        ("Huyện Vĩnh Linh", "Vĩnh Linh", "7.905", "64.287", "86,1"),
        ("Huyện Hải Lăng", "Hải Lăng", "6.418", "55.930", "83,7"),
        ("Huyện Hướng Hóa", "Hướng Hóa", "8.127", "49.512", "71,9")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, place, a, b, c in ROWS:
    TABLE += [
        F(f"{label} | {a}", a, num(a), "count", "hồ sơ", C1, TAB, location=place),
        F(f"{a} | {b}", b, num(b), "count", "tài khoản", C2, TAB, location=place),
        F(f"{b} | {c}", c, num(c), "percent", "%", C3, TAB, location=place),
    ]

FIGS = [
    F("thu nhận 58.734 hồ sơ", "58.734", 58734, "count", "hồ sơ", "hồ sơ đề nghị cấp căn cước thu nhận", M9,
      percent=117.5),
    F("kích hoạt mới 102.118 tài khoản", "102.118", 102118, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 kích hoạt mới", M9),
    F("là 498.605 tài khoản", "498.605", 498605, "count", "tài khoản",
      "tổng số tài khoản định danh điện tử đã kích hoạt", ASOF, percent=84.2),
    F("dân số từ 14 tuổi trở lên", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
] + TABLE + [
    F("của 645.820 nhân khẩu", "645.820", 645820, "count", "nhân khẩu",
      "nhân khẩu có thông tin trong Cơ sở dữ liệu quốc gia về dân cư"),
    F("tiếp nhận 4.963 hồ sơ", "4.963", 4963, "count", "hồ sơ", "hồ sơ đăng ký cư trú trực tuyến tiếp nhận", Q3,
      change=CH("increase", 18.2, baseline="quý II/2024")),
    F("tích hợp 25/25 dịch vụ", "25", 25, "count", "dịch vụ công thiết yếu",
      "dịch vụ công thiết yếu theo Đề án 06 tích hợp trên Cổng dịch vụ công quốc gia", total=25),
    F("khoảng 36.000 hồ sơ", "36.000", 36000, "count", "hồ sơ", "hồ sơ trực tuyến tiếp nhận cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("từ 40.000 đến 50.000 tài khoản", "40.000", 40000, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử kích hoạt thêm", Q4, value_max=50000, status="target"),
    F("bố trí 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng",
      "kinh phí mua sắm thiết bị đọc căn cước gắn chíp cho Công an cấp xã", Q4, status="forecast"),
]

COMMENTS = [
    "Formal report (letterhead UBND TỈNH QUẢNG TRỊ, 'Số: 287/BC-UBND', place-and-date line 'Quảng Trị, ngày 04 tháng 10 năm 2024'):",
    "Đề án 06, 9 tháng đầu năm 2024, with a flattened '|' table by district (units in the column headers).",
    "Not figures: 'Số: 287/BC-UBND', 'Quyết định số 06/QĐ-TTg ngày 06/01/2022', 'Đề án 06', section numbers 'I.', '1.', 'Bảng 1', 'mức độ 2', 'C06'.",
    "Table cells: subject = column label, district row label = location, period from the table title (as-of 30/9/2024; inherited, not scored).",
    "'25/25 dịch vụ' total 25. 'ước cả năm 2024 … khoảng 36.000' estimate; 'Phấn đấu … từ 40.000 đến 50.000' target (range); 'dự kiến … 2,35 tỷ' forecast;",
    "the quarter heading 'NHIỆM VỤ QUÝ IV/2024' is their (inherited) period. 'dân số từ 14 tuổi trở lên' is a threshold: optional.",
]

if __name__ == "__main__":
    emit("p546-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Quảng Trị")
