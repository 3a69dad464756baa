"""p1189-3: formal report (UBND tỉnh Đồng Nai) on waste tyre collection and recycling in 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 26 tháng 12 năm 2023

BÁO CÁO
Tình hình thu gom, tái chế săm lốp và cao su phế thải năm 2023

I. TÌNH HÌNH CHUNG
Năm 2023, trên địa bàn tỉnh có 64 cơ sở đắp lốp, tái chế săm lốp và cao su phế thải, giảm 7 cơ sở so với năm 2022 do di dời, sáp nhập; trong đó 22 cơ sở đắp lốp và 42 cơ sở tái chế. Tổng khối lượng săm lốp phế thải được thu gom, xử lý ước đạt 26.840 tấn, bằng 103,2% kế hoạch, tăng 8,7% so với năm 2022.

II. KẾT QUẢ THU GOM THEO ĐỊA BÀN
Đơn vị tính: tấn
Địa bàn | Năm 2022 | Ước thực hiện 2023 | Kế hoạch 2024
TP Biên Hòa | 9.150 | 9.820 | 10.300
Huyện Trảng Bom | 5.430 | 6.075 | 6.400
Huyện Long Thành | 4.210 | 4.560 | 4.900
Huyện Nhơn Trạch | 3.380 | 3.605 | 3.800
Các địa bàn khác | 2.520 | 2.780 | 2.900
Tổng cộng | 24.690 | 26.840 | 28.300

III. ĐÁNH GIÁ
Tỷ lệ cơ sở có hệ thống xử lý khí thải đạt chuẩn là 81,3% (52/64 cơ sở). Trong năm, Đoàn kiểm tra liên ngành lần thứ 2 đã xử phạt 9 cơ sở với số tiền 640 triệu đồng. Giá thu mua lốp phế thải dao động 1.200-1.800 đồng/kg, thấp hơn khoảng 10% so với năm 2022.

IV. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thu gom, xử lý 28.300 tấn săm lốp phế thải; 100% cơ sở nhiệt phân lốp nằm trong cụm công nghiệp; giảm ít nhất 15% lượng lốp phế thải bị đốt thủ công.

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)   # report title
Y23IN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24H = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "Năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    "Ước thực hiện 2023": (per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
    "Kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}
IND = "thu gom săm lốp phế thải"


def row(label, place, cells):
    """cells: list of (anchor, number, value) in column order."""
    out = []
    for (anchor, number, value), col in zip(cells, COLS):
        p, st = COLS[col]
        subj = f"{IND} {col}" if place else f"{IND} {label} {col}"
        kw = {"location": place} if place else {}
        out.append(fig(anchor, number, value, "measure", "tấn", subject=subj, period=p, status=st, **kw))
    return out


TABLE = (
    row("TP Biên Hòa", "Biên Hòa", [("Hòa | 9.150", "9.150", 9150), ("9.150 | 9.820", "9.820", 9820),
                                     ("9.820 | 10.300", "10.300", 10300)])
    + row("Huyện Trảng Bom", "Trảng Bom", [("Bom | 5.430", "5.430", 5430), ("5.430 | 6.075", "6.075", 6075),
                                           ("6.075 | 6.400", "6.400", 6400)])
    + row("Huyện Long Thành", "Long Thành", [("Thành | 4.210", "4.210", 4210), ("4.210 | 4.560", "4.560", 4560),
                                             ("4.560 | 4.900", "4.900", 4900)])
    + row("Huyện Nhơn Trạch", "Nhơn Trạch", [("Trạch | 3.380", "3.380", 3380), ("3.380 | 3.605", "3.605", 3605),
                                             ("3.605 | 3.800", "3.800", 3800)])
    + row("các địa bàn khác", None, [("khác | 2.520", "2.520", 2520), ("2.520 | 2.780", "2.780", 2780),
                                     ("2.780 | 2.900", "2.900", 2900)])
    + row("tổng cộng", None, [("cộng | 24.690", "24.690", 24690), ("24.690 | 26.840", "26.840", 26840),
                              ("26.840 | 28.300", "28.300", 28300)])
)

FIGS = [
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", change=chg("decrease", 7, "cơ sở", "năm 2022"),
        subject="cơ sở đắp lốp, tái chế săm lốp và cao su phế thải", period=Y23),
    fig("trong đó 22 cơ sở", "22", 22, "count", "cơ sở", total=64, subject="cơ sở đắp lốp", period=Y23),
    fig("và 42 cơ sở", "42", 42, "count", "cơ sở", total=64, subject="cơ sở tái chế săm lốp và cao su phế thải",
        period=Y23),
    fig("ước đạt 26.840 tấn", "26.840", 26840, "measure", "tấn", percent=103.2,
        change=chg("increase", 8.7, "%", "năm 2022"), status="estimate",
        subject="tổng khối lượng săm lốp phế thải được thu gom, xử lý", period=inh(Y23)),
] + TABLE + [
    fig("là 81,3%", "81,3", 81.3, "percent", "%", subject="tỷ lệ cơ sở có hệ thống xử lý khí thải đạt chuẩn",
        period=Y23T),
    fig("(52/64 cơ sở)", "52", 52, "count", "cơ sở", total=64,
        subject="cơ sở có hệ thống xử lý khí thải đạt chuẩn", period=Y23T),
    fig("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y23IN),
    fig("số tiền 640 triệu", "640", 640000000, "money", "đồng", subject="số tiền xử phạt", period=Y23IN),
    fig("dao động 1.200-1.800", "1.200", 1200, "money", "đồng/kg", value_max=1800,
        change=chg("decrease", 10, "%", "năm 2022", approx="about"),
        subject="giá thu mua lốp phế thải", period=Y23T),
    fig("xử lý 28.300 tấn", "28.300", 28300, "measure", "tấn", status="target",
        subject="săm lốp phế thải thu gom, xử lý", period=Y24H),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở nhiệt phân lốp nằm trong cụm công nghiệp", period=Y24H),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="giảm lượng lốp phế thải bị đốt thủ công", period=Y24H),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH ĐỒNG NAI, 'Số: 318/BC-UBND', 'Đồng Nai, ngày 26 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are districts (→ location) plus 'Các địa bàn khác' and 'Tổng cộng' (location Đồng Nai,",
    "row label in the subject). Column headers give period and status: 'Ước thực hiện 2023' → estimate, 'Kế hoạch 2024' → target. No totals on cells.",
    "Distractors: Số: 318/BC-UBND, section numbers I.-IV., 'lần thứ 2' (ordinal), 'Lưu: VT, KTN', 'b/c'.",
    "22 + 42 after 'trong đó' are parts of 64 (same sentence: scored period). '81,3% (52/64 cơ sở)': the percent and the bracketed count are",
    "both figures; 52 has total 64. 'Trong năm' in an annual report is the report's year (scored). Section III sentences without a period",
    "inherit 'năm 2023' from the title. 'giảm ít nhất 15%' is a reduction that stands as the claim: a percent figure (target).",
    "Section IV heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets' period (inherited: a heading, not the sentence).",
]

if __name__ == "__main__":
    write("p1189-3", TEXT, NOTES, FIGS, published="2023-12-26", location="Đồng Nai")
