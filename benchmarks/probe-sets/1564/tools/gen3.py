"""p1564-3: formal report (UBND tỉnh Nam Định), locks and household hardware 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                     Độc lập - Tự do - Hạnh phúc
Số: 12/BC-UBND                       Nam Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh khóa và kim khí gia dụng năm 2024, nhiệm vụ năm 2025

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 46 cơ sở sản xuất khóa và kim khí gia dụng, gồm 9 doanh nghiệp và 37 hộ kinh doanh. Sản lượng khóa các loại đạt 7.420 nghìn chiếc, tăng 9,6% so với năm 2023, đạt 103,1% kế hoạch.

Bảng 1. Sản lượng khóa theo địa bàn
Đơn vị tính: nghìn chiếc
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
TP Nam Định | 2.310 | 2.540 | 110,0 | 2.700
Huyện Ý Yên | 3.150 | 3.480 | 110,5 | 3.750
Huyện Vụ Bản | 1.310 | 1.400 | 106,9 | 1.500
Tổng cộng | 6.770 | 7.420 | 109,6 | 7.950

2. Tiêu thụ, xuất khẩu
Doanh thu của các cơ sở ước đạt 1.260 tỷ đồng, tăng 12,3%. Giá trị xuất khẩu đạt 14,5 triệu USD, chủ yếu sang Nhật Bản và Hoa Kỳ.

3. Quản lý thị trường
Qua kiểm tra 52 cơ sở kinh doanh, lực lượng quản lý thị trường phát hiện 11 cơ sở bán khóa không rõ nguồn gốc, xử phạt 96 triệu đồng, tạm giữ 3.640 sản phẩm.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng khóa đạt 7.950 nghìn chiếc, tăng 7,1%; hỗ trợ ít nhất 10 cơ sở đổi mới công nghệ; 100% doanh nghiệp sản xuất khóa áp dụng hệ thống quản lý chất lượng ISO 9001:2015.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SEC24 = per("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
SEC25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, "count"),
    ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None, "count"),
    ("năm 2024 so với cùng kỳ", per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True), None, "percent"),
    ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", "count"),
]
ROWS = [
    ("TP Nam Định", "Nam Định", ["2.310", "2.540", "110,0", "2.700"]),
    ("Huyện Ý Yên", "Ý Yên", ["3.150", "3.480", "110,5", "3.750"]),
    ("Huyện Vụ Bản", "Vụ Bản", ["1.310", "1.400", "106,9", "1.500"]),
    ("Tổng cộng", "Nam Định", ["6.770", "7.420", "109,6", "7.950"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    prev = label
    for (col, p, st, kind), n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        kw = {"status": st} if st else {}
        head = "tổng cộng sản lượng khóa" if label == "Tổng cộng" else "sản lượng khóa"
        if kind == "percent":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{head} {col} (%)", period=p,
                             location=place, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e3, "count", "chiếc", subject=f"{head} {col}", period=p,
                             location=place, **kw))
        prev = n

FIGS = [
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở",
        subject="cơ sở sản xuất khóa và kim khí gia dụng", period=Y24),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=46,
        subject="doanh nghiệp sản xuất khóa và kim khí gia dụng", period=Y24),
    fig("và 37 hộ kinh doanh", "37", 37, "count", "hộ kinh doanh", total=46,
        subject="hộ kinh doanh sản xuất khóa và kim khí gia dụng", period=Y24),
    fig("đạt 7.420 nghìn", "7.420", 7420e3, "count", "chiếc",
        change=chg("increase", 9.6, "%", "năm 2023"), percent=103.1,
        subject="sản lượng khóa các loại", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 1.260 tỷ", "1.260", 1260e9, "money", "đồng", status="estimate",
        change=chg("increase", 12.3, "%"), subject="doanh thu của các cơ sở", period=SEC24),
    fig("đạt 14,5 triệu USD", "14,5", 14.5e6, "money", "USD",
        subject="giá trị xuất khẩu", period=SEC24),
    fig("kiểm tra 52 cơ sở", "52", 52, "count", "cơ sở",
        subject="cơ sở kinh doanh được kiểm tra", period=SEC24),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở bán khóa không rõ nguồn gốc", period=SEC24),
    fig("xử phạt 96 triệu", "96", 96e6, "money", "đồng",
        subject="tiền xử phạt", period=SEC24),
    fig("tạm giữ 3.640 sản phẩm", "3.640", 3640, "count", "sản phẩm",
        subject="sản phẩm bị tạm giữ", period=SEC24),
    fig("đạt 7.950 nghìn", "7.950", 7950e3, "count", "chiếc", status="target",
        change=chg("increase", 7.1, "%"), subject="sản lượng khóa", period=SEC25),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới công nghệ", period=SEC25),
    fig("; 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp sản xuất khóa áp dụng hệ thống quản lý chất lượng", period=SEC25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 12/BC-UBND', 'Nam Định, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document numbers 12/BC-UBND, 45/KH-UBND, the dates 10/3/2024 and the letterhead date, section numbers I., II., 1.-3.,",
    "'Bảng 1', 'ISO 9001:2015', 'Lưu: VT, KTN'.",
    "'gồm 9 doanh nghiệp và 37 hộ kinh doanh' adds up to 46 cơ sở: total 46. The 7.420 sentence has no period of its own (inherits 'Năm 2024').",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (×10³); rows are places → location (TP Nam Định = Nam Định; Tổng cộng = the province);",
    "subject = indicator + column label. Period from the column header (scored); the 'So với cùng kỳ (%)' column names no year, so its",
    "period (2024, the compared year) is marked inherited. 'Kế hoạch 2025' → target. Table cells carry no total.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for every clause of the sentence; period from the heading (inherited).",
    "Section I figures after the table take 2024 from the section heading (inherited). 'Giá trị xuất khẩu đạt' has no 'ước': actual.",
    "'phát hiện 11 cơ sở' after 'kiểm tra 52 cơ sở' has no part-of cue: no total.",
]

if __name__ == "__main__":
    write("p1564-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Định")
