"""p1231-3: formal report (UBND tỉnh Hà Giang), mobile libraries for highland schools 2023, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện mô hình xe thư viện lưu động phục vụ trường học vùng cao năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Nguồn lực
Toàn tỉnh hiện có 3 xe thư viện lưu động (01 xe do ngân sách tỉnh đầu tư, 02 xe do doanh nghiệp tài trợ). Tổng kinh phí hoạt động năm 2023 là 1,86 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng, nguồn xã hội hóa 660 triệu đồng.

2. Kết quả phục vụ
Tính đến ngày 15/12/2023, các xe đã thực hiện 124 chuyến đến 187 lượt trường, phục vụ 58.960 lượt học sinh; ước cả năm đạt 61.500 lượt học sinh, bằng 102,5% kế hoạch.

Kết quả phục vụ học sinh theo địa bàn (tính đến ngày 15/12/2023)
Đơn vị tính: lượt học sinh
Huyện | Tiểu học | THCS | Cộng
Đồng Văn | 9.820 | 6.140 | 15.960
Mèo Vạc | 8.750 | 5.630 | 14.380
Yên Minh | 8.215 | 5.305 | 13.520
Quản Bạ | 9.064 | 6.036 | 15.100
Tổng cộng | 35.849 | 23.111 | 58.960

3. Hạn chế
Số xe còn ít so với nhu cầu; khoảng 35% điểm trường lẻ chưa được xe tiếp cận do đường hẹp, dốc.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thực hiện 140 chuyến xe, phục vụ trên 65.000 lượt học sinh; đề nghị Bộ Văn hóa, Thể thao và Du lịch hỗ trợ thêm 02 xe loại nhỏ (dưới 16 chỗ) phù hợp đường đèo dốc.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 15/12/2023", None, "2023-12-15")
TAB = per("tính đến ngày 15/12/2023", None, "2023-12-15", inherited=True)
YEAR = per("cả năm", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COL = {"Tiểu học": "lượt học sinh tiểu học được phục vụ", "THCS": "lượt học sinh THCS được phục vụ",
       "Cộng": "tổng lượt học sinh được phục vụ"}


def cell(anchor, number, value, col, place=None):
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "lượt học sinh", subject=COL[col], period=TAB, **kw)


FIGS = [
    fig("có 3 xe", "3", 3, "count", "xe", subject="xe thư viện lưu động toàn tỉnh"),
    fig("(01 xe", "01", 1, "count", "xe", total=3, subject="xe thư viện lưu động do ngân sách tỉnh đầu tư"),
    fig("02 xe do", "02", 2, "count", "xe", total=3, subject="xe thư viện lưu động do doanh nghiệp tài trợ"),
    fig("là 1,86 tỷ", "1,86", 1860000000, "money", "đồng",
        subject="tổng kinh phí hoạt động xe thư viện lưu động", period=Y23),
    fig("tỉnh 1,2 tỷ", "1,2", 1200000000, "money", "đồng", total=1860000000,
        subject="kinh phí hoạt động từ ngân sách tỉnh", period=Y23),
    fig("hóa 660 triệu", "660", 660000000, "money", "đồng", total=1860000000,
        subject="kinh phí hoạt động từ nguồn xã hội hóa", period=Y23),
    fig("thực hiện 124 chuyến", "124", 124, "count", "chuyến", subject="chuyến xe thư viện lưu động", period=ASOF),
    fig("đến 187 lượt", "187", 187, "count", "lượt trường", subject="lượt trường được xe đến phục vụ", period=ASOF),
    fig("phục vụ 58.960 lượt", "58.960", 58960, "count", "lượt học sinh",
        subject="lượt học sinh được xe thư viện lưu động phục vụ", period=ASOF),
    fig("đạt 61.500 lượt", "61.500", 61500, "count", "lượt học sinh", percent=102.5, status="estimate",
        subject="lượt học sinh được xe thư viện lưu động phục vụ", period=YEAR),
    cell("Văn | 9.820", "9.820", 9820, "Tiểu học", "Đồng Văn"),
    cell("9.820 | 6.140", "6.140", 6140, "THCS", "Đồng Văn"),
    cell("6.140 | 15.960", "15.960", 15960, "Cộng", "Đồng Văn"),
    cell("Vạc | 8.750", "8.750", 8750, "Tiểu học", "Mèo Vạc"),
    cell("8.750 | 5.630", "5.630", 5630, "THCS", "Mèo Vạc"),
    cell("5.630 | 14.380", "14.380", 14380, "Cộng", "Mèo Vạc"),
    cell("Minh | 8.215", "8.215", 8215, "Tiểu học", "Yên Minh"),
    cell("8.215 | 5.305", "5.305", 5305, "THCS", "Yên Minh"),
    cell("5.305 | 13.520", "13.520", 13520, "Cộng", "Yên Minh"),
    cell("Bạ | 9.064", "9.064", 9064, "Tiểu học", "Quản Bạ"),
    cell("9.064 | 6.036", "6.036", 6036, "THCS", "Quản Bạ"),
    cell("6.036 | 15.100", "15.100", 15100, "Cộng", "Quản Bạ"),
    cell("cộng | 35.849", "35.849", 35849, "Tiểu học"),
    cell("35.849 | 23.111", "23.111", 23111, "THCS"),
    cell("23.111 | 58.960", "58.960", 58960, "Cộng"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ điểm trường lẻ chưa được xe tiếp cận"),
    fig("thực hiện 140 chuyến", "140", 140, "count", "chuyến", status="target",
        subject="chuyến xe thư viện lưu động", period=Y24),
    fig("trên 65.000 lượt", "65.000", 65000, "count", "lượt học sinh", approx="over", status="target",
        subject="lượt học sinh được phục vụ", period=Y24),
    fig("thêm 02 xe", "02", 2, "count", "xe", optional=True,
        subject="xe thư viện lưu động loại nhỏ đề nghị Bộ hỗ trợ thêm"),
    fig("dưới 16 chỗ", "16", 16, "count", "chỗ", approx="under", optional=True),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH HÀ GIANG', 'Số: 312/BC-UBND', 'Hà Giang, ngày 20 tháng 12 năm 2023', sections I/II, 1-3, 'Nơi nhận'.",
    "Bracketed breakdown (01 xe …, 02 xe …) adds up to the 3 cars: total 3. Funds 1,2 tỷ + 660 triệu after 'trong đó' = 1,86 tỷ: total 1,86 tỷ.",
    "'ước cả năm đạt 61.500 …, bằng 102,5% kế hoạch': estimate with percent 102.5; 'cả năm' = 2023 (year of the report date).",
    "Flattened | table: 'Đơn vị tính: lượt học sinh'; district rows are locations, subject = column label + indicator of the caption; the as-of date stands in the caption line: inherited.",
    "Table cells get no total; the 'Tổng cộng' row is a figure of its own (location Hà Giang). 58.960 appears twice (text and table): two figures.",
    "Section II targets take 'NĂM 2024' from the heading (inherited). The request 'đề nghị … hỗ trợ thêm 02 xe' is neither result nor own target: optional. 'dưới 16 chỗ' is a vehicle class: optional.",
    "Distractors: 'Số: 312/BC-UBND', 'ngày 20 tháng 12 năm 2023', section numbers I., II., 1.-3., 'Lưu: VT, KGVX'.",
]

if __name__ == "__main__":
    write("p1231-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Hà Giang")
