"""p1291-3: formal report (UBND huyện Tiền Hải, Thái Bình), flattened '|' table of rươi output and processed products."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN TIỀN HẢI
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Hải, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả khai thác, chế biến, tiêu thụ rươi năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, toàn huyện có 265 ha bãi rươi tại 7 xã ven sông Trà Lý và sông Lân. Sản lượng khai thác ước đạt 186 tấn, tăng 12,7% so với năm 2023, bằng 103,3% kế hoạch, đứng thứ 2 toàn tỉnh sau huyện Thái Thụy.

Bảng 1. Sản lượng rươi và sản phẩm chế biến
Đơn vị tính: tấn
TT | Chỉ tiêu | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%)
1 | Rươi tươi khai thác | 165,0 | 186,0 | 112,7
2 | Rươi tiêu thụ tươi | 98,5 | 104,2 | 105,8
3 | Chả rươi | 21,3 | 27,6 | 129,6
4 | Mắm rươi | 8,4 | 9,1 | 108,3

2. Giá cả, thu nhập
Giá rươi tươi bình quân năm 2024 đạt 420.000 đồng/kg, cao hơn khoảng 40.000 đồng/kg so với năm 2023. Tổng giá trị rươi và sản phẩm chế biến ước đạt 96,5 tỷ đồng. Lao động tham gia khai thác mùa rươi có thu nhập bình quân 9-10 triệu đồng/người/tháng.

3. Chế biến, xây dựng thương hiệu
Trên địa bàn có 18 cơ sở chế biến rươi (gồm 3 doanh nghiệp, 6 hợp tác xã và 9 hộ kinh doanh). Sản phẩm "Chả rươi Tiền Hải" được cấp nhãn hiệu chứng nhận; 2 sản phẩm đạt OCOP 4 sao.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu sản lượng rươi đạt 200 tấn; giá trị sản phẩm chế biến chiếm trên 35% tổng giá trị; xây dựng thêm 1 chuỗi liên kết tiêu thụ.

Nơi nhận:
- UBND tỉnh Thái Bình;
- Sở NN&PTNT;
- Lưu: VT, NN.
"""

Y24 = year("Năm 2024", 2024)
Y24b = year("năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện năm 2024", 2024)
COLS = [("Năm 2023", C23, None, "measure"), ("Ước thực hiện năm 2024", E24, "estimate", "measure"),
        ("So với cùng kỳ", inh(E24), None, "percent")]
ROWS = [("Rươi tươi khai thác", ["165,0", "186,0", "112,7"]), ("Rươi tiêu thụ tươi", ["98,5", "104,2", "105,8"]),
        ("Chả rươi", ["21,3", "27,6", "129,6"]), ("Mắm rươi", ["8,4", "9,1", "108,3"])]
CELLS = []
for label, nums in ROWS:
    for (col, p, st, kind), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"| {n}", n, v, kind, "%" if kind == "percent" else "tấn",
                         subject=f"{label} {col}", period=p, **kw))

FIGS = [
    fig("có 265 ha", "265", 265, "measure", "ha", subject="diện tích bãi rươi", period=Y24),
    fig("tại 7 xã", "7", 7, "count", "xã", subject="xã ven sông có bãi rươi", period=Y24),
    fig("ước đạt 186 tấn", "186", 186, "measure", "tấn", status="estimate", percent=103.3,
        change=chg("increase", 12.7, "%", "năm 2023"), subject="sản lượng khai thác", period=inh(Y24)),
    fig("thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", status="estimate",
        subject="sản lượng khai thác", period=inh(Y24)),
] + CELLS + [
    fig("đạt 420.000", "420.000", 420000, "money", "đồng/kg",
        change=chg("increase", 40000, "đồng/kg", "năm 2023", approx="about"),
        subject="giá rươi tươi bình quân", period=Y24b),
    fig("ước đạt 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", status="estimate",
        subject="tổng giá trị rươi và sản phẩm chế biến", period=inh(Y24b)),
    fig("bình quân 9-10 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân lao động tham gia khai thác mùa rươi"),
    fig("có 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở chế biến rươi"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=18,
        subject="doanh nghiệp chế biến rươi"),
    fig("6 hợp tác xã", "6", 6, "count", "hợp tác xã", total=18, subject="hợp tác xã chế biến rươi"),
    fig("9 hộ kinh doanh", "9", 9, "count", "hộ kinh doanh", total=18, subject="hộ kinh doanh chế biến rươi"),
    fig("2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm đạt OCOP 4 sao"),
    fig("đạt 200 tấn", "200", 200, "measure", "tấn", status="target", subject="sản lượng rươi", period=Y25),
    fig("trên 35%", "35", 35, "percent", "%", approx="over", status="target",
        subject="giá trị sản phẩm chế biến trong tổng giá trị", period=Y25),
    fig("thêm 1 chuỗi", "1", 1, "count", "chuỗi", status="target",
        subject="chuỗi liên kết tiêu thụ xây dựng thêm", period=Y25),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN HUYỆN TIỀN HẢI', 'Số: 312/BC-UBND', 'Tiền Hải, ngày 10 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 312/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Bảng 1.', TT row numbers 1-4, 'OCOP 4 sao', 'Lưu: VT, NN'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every numeric cell is a figure; subject = row label + column label; periods from the",
    "column headers (scored); 'Ước thực hiện năm 2024' -> estimate; 'So với cùng kỳ (%)' cells are percent figures (actual; the header",
    "names no period, so their period is marked inherited and not scored).",
    "'đứng thứ 2 toàn tỉnh' continues the 'ước đạt' clause -> estimate; a district's rank in its province: location Tiền Hải.",
    "Bracketed breakdown '(gồm 3 doanh nghiệp, 6 hợp tác xã và 9 hộ kinh doanh)' adds up to 18: total 18 each.",
    "'cao hơn khoảng 40.000 đồng/kg so với năm 2023' is the change of the 420.000 price (approx about).",
]

if __name__ == "__main__":
    write("p1291-3", TEXT, NOTES, FIGS, published="2024-12-10", location="Tiền Hải")
