"""p1451-3: formal report (UBND tỉnh Long An, Số: 57/BC-UBND): thuộc da, đồ da năm 2023; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LONG AN
Số: 57/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 15 tháng 3 năm 2024

BÁO CÁO
Kết quả quản lý các cơ sở thuộc da và sản xuất sản phẩm da năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tình hình sản xuất
Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 27 cơ sở thuộc da và 64 cơ sở sản xuất túi xách, ví, thắt lưng da; tổng công suất thuộc da khoảng 9,5 triệu m2/năm. Năm 2023, sản lượng da thành phẩm đạt 7,84 triệu m2, tăng 5,1% so với năm 2022, bằng 96,8% kế hoạch; tỷ lệ da phế phẩm dưới 3%.

Sản lượng da thành phẩm theo địa bàn
Đơn vị tính: nghìn m2
Địa bàn | Năm 2022 | Năm 2023 | So với cùng kỳ (%) | Kế hoạch 2024
Huyện Đức Hòa | 3.420 | 3.610 | 105,6 | 3.800
Huyện Bến Lức | 2.150 | 2.230 | 103,7 | 2.300
Huyện Cần Giuộc | 1.890 | 2.000 | 105,8 | 2.100
Tổng cộng | 7.460 | 7.840 | 105,1 | 8.200

2. Công tác bảo vệ môi trường
27/27 cơ sở thuộc da đã đấu nối nước thải về hệ thống xử lý tập trung của Khu công nghiệp Xuyên Á; lượng nước thải phát sinh khoảng 4.600 m3/ngày đêm. Trong năm, Đoàn kiểm tra liên ngành kiểm tra 35 cơ sở, phát hiện 6 cơ sở vi phạm Nghị định số 45/2022/NĐ-CP, xử phạt 1,26 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng da thành phẩm năm 2024 đạt 8,2 triệu m2, tăng 4,6% so với năm 2023; 100% cơ sở thuộc da lắp đặt hệ thống quan trắc nước thải tự động.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

PUB = "2024-03-15"
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
COLS = {"năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
        "năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "so với cùng kỳ": None,
        "kế hoạch 2024": per("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
ROWS = {"Đức Hòa": "Đức Hòa", "Bến Lức": "Bến Lức", "Cần Giuộc": "Cần Giuộc", "Tổng cộng": "Long An"}


def cell(anchor, number, row, col):
    kw = {}
    if col == "kế hoạch 2024":
        kw["status"] = "target"
    if row != "Tổng cộng":
        kw["location"] = ROWS[row]
    sub = "sản lượng da thành phẩm " + ("tổng cộng " if row == "Tổng cộng" else "") + col
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%", subject=sub, **kw)
    v = float(number.replace(".", "")) * 1e3
    return fig(anchor, number, v, "measure", "m2", subject=sub, period=COLS[col], **kw)


C = list(COLS)
FIGS = [
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở thuộc da", period=ASOF),
    fig("và 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở sản xuất túi xách, ví, thắt lưng da", period=ASOF),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "measure", "m2/năm", approx="about",
        subject="tổng công suất thuộc da", period=ASOF),
    fig("đạt 7,84 triệu", "7,84", 7.84e6, "measure", "m2", percent=96.8,
        change=chg("increase", 5.1, "%", "năm 2022"), subject="sản lượng da thành phẩm", period=Y23),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", subject="tỷ lệ da phế phẩm", period=Y23),
    cell("Hòa | 3.420", "3.420", "Đức Hòa", C[0]),
    cell("3.420 | 3.610", "3.610", "Đức Hòa", C[1]),
    cell("3.610 | 105,6", "105,6", "Đức Hòa", C[2]),
    cell("105,6 | 3.800", "3.800", "Đức Hòa", C[3]),
    cell("Lức | 2.150", "2.150", "Bến Lức", C[0]),
    cell("2.150 | 2.230", "2.230", "Bến Lức", C[1]),
    cell("2.230 | 103,7", "103,7", "Bến Lức", C[2]),
    cell("103,7 | 2.300", "2.300", "Bến Lức", C[3]),
    cell("Giuộc | 1.890", "1.890", "Cần Giuộc", C[0]),
    cell("1.890 | 2.000", "2.000", "Cần Giuộc", C[1]),
    cell("2.000 | 105,8", "105,8", "Cần Giuộc", C[2]),
    cell("105,8 | 2.100", "2.100", "Cần Giuộc", C[3]),
    cell("cộng | 7.460", "7.460", "Tổng cộng", C[0]),
    cell("7.460 | 7.840", "7.840", "Tổng cộng", C[1]),
    cell("7.840 | 105,1", "105,1", "Tổng cộng", C[2]),
    cell("105,1 | 8.200", "8.200", "Tổng cộng", C[3]),
    fig("27/27 cơ sở", "27", 27, "count", "cơ sở", total=27,
        subject="cơ sở thuộc da đã đấu nối nước thải về hệ thống xử lý tập trung"),
    fig("khoảng 4.600 m3", "4.600", 4600, "measure", "m3/ngày đêm", approx="about",
        subject="lượng nước thải phát sinh"),
    fig("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở",
        subject="cơ sở Đoàn kiểm tra liên ngành kiểm tra", period=TN),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm", period=TN),
    fig("phạt 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", subject="xử phạt cơ sở vi phạm", period=TN),
    fig("đạt 8,2 triệu", "8,2", 8.2e6, "measure", "m2", status="target",
        change=chg("increase", 4.6, "%", "năm 2023"), subject="sản lượng da thành phẩm",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("2023; 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở thuộc da lắp đặt hệ thống quan trắc nước thải tự động",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 57/BC-UBND', 'Long An, ngày 15 tháng 3 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m2' → value cells are measure in m2 ×10^3; the place column gives location (Tổng cộng → Long An);",
    "subject = 'sản lượng da thành phẩm' + column label; period from the column header; 'Kế hoạch 2024' → target. The 'So với cùng kỳ (%)'",
    "column holds growth indices (105,6 = 105,6 % of last year): percent figures, no period (the header names none), not the year's change.",
    "'Tính đến ngày 31/12/2023' is an as-of date for the stock of establishments and capacity. 'bằng 96,8% kế hoạch' → percent attribute.",
    "'tỷ lệ da phế phẩm dưới 3%' → percent, under, period Năm 2023 (same sentence). '27/27 cơ sở' → total 27. 'kiểm tra 35 ... phát hiện 6'",
    "has no part-of-whole cue: no total. 'Trong năm' in this annual report is the year 2023 (like 'trong tháng' in a monthly report), stated in the sentence.",
    "Section II 'Phấn đấu ... ; 100% cơ sở ...' → both target, period 'năm 2024' in the sentence.",
    "Distractors: Số: 57/BC-UBND, Nghị định số 45/2022/NĐ-CP, 'Khu công nghiệp Xuyên Á', section numbers I./II./1./2., the letterhead date, 'm2'/'m3' digits.",
]

if __name__ == "__main__":
    write("p1451-3", TEXT, NOTES, FIGS, published=PUB, location="Long An")
