"""p1272-3: formal report (UBND tỉnh Đồng Tháp, Số: 46/BC-UBND): residues and biochar 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả tận dụng phụ phẩm nông nghiệp sản xuất than sinh học năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thu gom phụ phẩm
Năm 2024, toàn tỉnh gieo trồng 476.000 ha lúa; lượng rơm rạ được thu gom ước đạt 1,48 triệu tấn, bằng 62% tổng lượng phát sinh, tăng 9% so với năm 2023.

2. Sản xuất than
Sản lượng than sinh học, than trấu năm 2024 đạt 36.100 tấn, vượt 3,1% kế hoạch năm. Kết quả theo địa bàn:
Đơn vị tính: tấn
STT | Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Huyện Tháp Mười | 12.450 | 15.820 | 18.000
2 | Huyện Tam Nông | 8.930 | 10.260 | 12.500
3 | Huyện Lấp Vò | 6.140 | 7.375 | 9.000
4 | TP Sa Đéc | 2.080 | 2.645 | 3.500
 | Tổng cộng | 29.600 | 36.100 | 43.000

Các cơ sở đã cung ứng khoảng 21.000 tấn than cho sản xuất phân bón hữu cơ, trong đó 4.300 tấn xuất khẩu sang Nhật Bản và Hàn Quốc, trị giá 1,9 triệu USD.

3. Tồn tại, hạn chế
Còn khoảng 38% rơm rạ bị đốt bỏ hoặc vùi tại ruộng; 11/26 cơ sở sử dụng lò thủ công, chưa có hệ thống xử lý khói.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ rơm rạ được thu gom đạt 70%; hỗ trợ đầu tư ít nhất 5 lò nhiệt phân tiên tiến; đưa sản lượng than sinh học, than trấu lên 43.000 tấn.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thành Tâm
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
S24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
SUBJ = "sản lượng than sinh học, than trấu"


def cell(anchor, number, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
    v = float(number.replace(".", ""))
    # revised after the first run: subject = row label + column label only (FIGURES.md, Tables); a place row label
    # goes to location, so a district row keeps the column label alone. The first gold had prefixed the indicator SUBJ.
    return fig(anchor, number, v, "measure", "tấn", subject=col.lower() if place else f"tổng cộng {col.lower()}",
               period=COLS[col], **kw)


ROWS = [("Huyện Tháp Mười", "Tháp Mười", ["12.450", "15.820", "18.000"]),
        ("Huyện Tam Nông", "Tam Nông", ["8.930", "10.260", "12.500"]),
        ("Huyện Lấp Vò", "Lấp Vò", ["6.140", "7.375", "9.000"]),
        ("TP Sa Đéc", "Sa Đéc", ["2.080", "2.645", "3.500"]),
        ("Tổng cộng", None, ["29.600", "36.100", "43.000"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("gieo trồng 476.000 ha", "476.000", 476000, "measure", "ha", subject="diện tích lúa gieo trồng", period=Y24),
    fig("ước đạt 1,48 triệu", "1,48", 1.48e6, "measure", "tấn", status="estimate", percent=62,
        change=chg("increase", 9, "%", "năm 2023"), subject="lượng rơm rạ được thu gom", period=Y24),
    fig("đạt 36.100 tấn", "36.100", 36100, "measure", "tấn",
        change=chg("increase", 3.1, "%", "kế hoạch năm"), subject="sản lượng than sinh học, than trấu", period=S24),
] + CELLS + [
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        subject="than cung ứng cho sản xuất phân bón hữu cơ", period=inh(Y24)),
    fig("đó 4.300 tấn", "4.300", 4300, "measure", "tấn", total=21000,
        subject="than xuất khẩu sang Nhật Bản và Hàn Quốc", period=inh(Y24)),
    fig("trị giá 1,9 triệu", "1,9", 1.9e6, "money", "USD", subject="trị giá than xuất khẩu", period=inh(Y24)),
    fig("khoảng 38%", "38", 38, "percent", "%", approx="about",
        subject="rơm rạ bị đốt bỏ hoặc vùi tại ruộng", period=inh(Y24)),
    fig("11/26 cơ sở", "11", 11, "count", "cơ sở", total=26, subject="cơ sở sử dụng lò thủ công", period=inh(Y24)),
    fig("đạt 70%", "70", 70, "percent", "%", status="target", subject="tỷ lệ rơm rạ được thu gom", period=N25),
    fig("ít nhất 5 lò", "5", 5, "count", "lò", approx="at_least", status="target",
        subject="lò nhiệt phân tiên tiến hỗ trợ đầu tư", period=N25),
    fig("lên 43.000 tấn", "43.000", 43000, "measure", "tấn", status="target",
        subject="sản lượng than sinh học, than trấu", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 46/BC-UBND', 'Đồng Tháp, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'ước đạt 1,48 triệu tấn, bằng 62% tổng lượng phát sinh, tăng 9% so với năm 2023' → estimate, percent 62, change 9%.",
    "'đạt 36.100 tấn, vượt 3,1% kế hoạch năm' → change +3,1% with baseline 'kế hoạch năm' (spec: a gap to a plan is a change).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; the row label is a place → location (Tháp Mười, Tam Nông, Lấp Vò, Sa Đéc), the 'Tổng cộng'",
    "row stays Đồng Tháp; period from the column header (scored); 'Kế hoạch 2025' → target.",
    "revised after the first run: table subject = row label + column label as FIGURES.md says (the place label goes to location),",
    "so district cells have the column label alone ('năm 2023'); the first gold had prefixed 'sản lượng than sinh học, than trấu'.",
    "Row numbers 1-4 and 'STT' are not figures. Table cells get no total.",
    "'khoảng 21.000 tấn ..., trong đó 4.300 tấn xuất khẩu' → total 21.000. Japan and Korea are trade partners: location stays Đồng Tháp.",
    "'11/26 cơ sở' → total 26. Figures after the section heading 'KẾT QUẢ THỰC HIỆN NĂM 2024' inherit năm 2024 (not scored).",
    "Section 'II. NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for all three clauses of the sentence; period from the heading (inherited).",
    "Distractors: 'Số: 46/BC-UBND', letterhead date, section numbers I./II./1.-3., 'Lưu: VT, NN'.",
]

if __name__ == "__main__":
    write("p1272-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Tháp")
