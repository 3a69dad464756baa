"""p1180-3: formal report (UBND tỉnh Tuyên Quang) on silage maize 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển ngô sinh khối làm thức ăn chăn nuôi năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng được 3.146 ha ngô sinh khối, bằng 98,3% kế hoạch, giảm 2,1% so với năm 2022; sản lượng ước đạt 138.400 tấn. Diện tích cỏ trồng các loại đạt 6.820 ha. Giá bán ngô sinh khối tại ruộng bình quân 1.050 đồng/kg.

2. Kết quả theo địa bàn
Đơn vị tính: ha
Huyện, thành phố | Kế hoạch | Thực hiện | So với KH (%)
Sơn Dương | 1.100 | 1.152 | 104,7
Yên Sơn | 820 | 786 | 95,9
Hàm Yên | 560 | 538 | 96,1
Chiêm Hóa | 420 | 397 | 94,5
Các địa phương khác | 300 | 273 | 91,0
Tổng cộng | 3.200 | 3.146 | 98,3

3. Chế biến, dự trữ thức ăn
Tính đến ngày 30/11/2023, tổng đàn trâu, bò toàn tỉnh đạt 118.500 con, trong đó đàn bò 62.300 con. Lượng ngô sinh khối ủ chua dự trữ cho vụ đông đạt khoảng 21.000 tấn, tăng 3.500 tấn so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng 3.500 ha ngô sinh khối; xây dựng 5 mô hình liên kết ủ chua thức ăn thô xanh, mỗi mô hình quy mô từ 50 tấn trở lên.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NLN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TITLE = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
CAP = "diện tích ngô sinh khối"
PLACES = {"Sơn Dương", "Yên Sơn", "Hàm Yên", "Chiêm Hóa"}


def cell(anchor, number, value, row, col):
    place = row if row in PLACES else None
    label = "" if place else " " + row.lower()
    if col == "So với KH (%)":
        f = fig(anchor, number, value, "percent", "%",
                subject=f"tỷ lệ {CAP} thực hiện so với kế hoạch{label}", period=TITLE)
    else:
        kw = {"status": "target"} if col == "Kế hoạch" else {}
        f = fig(anchor, number, value, "measure", "ha", subject=f"{CAP} {col.lower()}{label}", period=TITLE, **kw)
    if place:
        f["location"] = place
    return f


FIGS = [
    fig("trồng được 3.146 ha", "3.146", 3146, "measure", "ha", percent=98.3,
        change=chg("decrease", 2.1, "%", "năm 2022"), subject="diện tích ngô sinh khối trồng được", period=Y23),
    fig("ước đạt 138.400 tấn", "138.400", 138400, "measure", "tấn", status="estimate",
        subject="sản lượng ngô sinh khối", period=Y23),
    fig("đạt 6.820 ha", "6.820", 6820, "measure", "ha", subject="diện tích cỏ trồng các loại", period=inh(Y23)),
    fig("bình quân 1.050 đồng/kg", "1.050", 1050, "money", "đồng/kg",
        subject="giá bán ngô sinh khối tại ruộng bình quân", period=inh(Y23)),
    cell("Dương | 1.100", "1.100", 1100, "Sơn Dương", "Kế hoạch"),
    cell("1.100 | 1.152", "1.152", 1152, "Sơn Dương", "Thực hiện"),
    cell("1.152 | 104,7", "104,7", 104.7, "Sơn Dương", "So với KH (%)"),
    cell("Yên Sơn | 820", "820", 820, "Yên Sơn", "Kế hoạch"),
    cell("820 | 786", "786", 786, "Yên Sơn", "Thực hiện"),
    cell("786 | 95,9", "95,9", 95.9, "Yên Sơn", "So với KH (%)"),
    cell("Hàm Yên | 560", "560", 560, "Hàm Yên", "Kế hoạch"),
    cell("560 | 538", "538", 538, "Hàm Yên", "Thực hiện"),
    cell("538 | 96,1", "96,1", 96.1, "Hàm Yên", "So với KH (%)"),
    cell("Hóa | 420", "420", 420, "Chiêm Hóa", "Kế hoạch"),
    cell("420 | 397", "397", 397, "Chiêm Hóa", "Thực hiện"),
    cell("397 | 94,5", "94,5", 94.5, "Chiêm Hóa", "So với KH (%)"),
    cell("khác | 300", "300", 300, "Các địa phương khác", "Kế hoạch"),
    cell("300 | 273", "273", 273, "Các địa phương khác", "Thực hiện"),
    cell("273 | 91,0", "91,0", 91.0, "Các địa phương khác", "So với KH (%)"),
    cell("Tổng cộng | 3.200", "3.200", 3200, "Tổng cộng", "Kế hoạch"),
    cell("3.200 | 3.146", "3.146", 3146, "Tổng cộng", "Thực hiện"),
    cell("3.146 | 98,3", "98,3", 98.3, "Tổng cộng", "So với KH (%)"),
    fig("đạt 118.500 con", "118.500", 118500, "count", "con", subject="tổng đàn trâu, bò", period=ASOF),
    fig("đàn bò 62.300 con", "62.300", 62300, "count", "con", total=118500, subject="đàn bò", period=ASOF),
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        change=chg("increase", 3500, "tấn", "năm 2022"),
        subject="lượng ngô sinh khối ủ chua dự trữ cho vụ đông", period=inh(ASOF)),
    fig("trồng 3.500 ha", "3.500", 3500, "measure", "ha", status="target",
        subject="diện tích ngô sinh khối trồng", period=Y24),
    fig("xây dựng 5 mô hình", "5", 5, "count", "mô hình", status="target",
        subject="mô hình liên kết ủ chua thức ăn thô xanh", period=Y24),
    fig("từ 50 tấn", "50", 50, "measure", "tấn", approx="at_least", status="target",
        subject="quy mô mỗi mô hình liên kết ủ chua", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH TUYÊN QUANG', 'Số: 418/BC-UBND', 'Tuyên Quang, ngày 22 tháng 12 năm 2023' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha': rows are districts (location; subject = caption indicator + column label). 'Các địa phương khác' and",
    "'Tổng cộng' are not places: row label joins the subject, location the province. 'Kế hoạch' column → status target. 'So với KH (%)' cells are",
    "percent figures (unit from the header). Table period 'năm 2023' from the title: inherited. Cells get no totals or percents.",
    "'bằng 98,3% kế hoạch' is the share of 3.146 ha (attribute, not a figure). 'từ 50 tấn trở lên' = at_least 50, not a range.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets' period (inherited). Distractors: Số: 418/BC-UBND, section numbers, 'b/c'.",
]

if __name__ == "__main__":
    write("p1180-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Tuyên Quang")
