"""p1244-3: formal report (UBND tỉnh Hưng Yên, Số: 127/BC-UBND): ba ba 6 months 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 127/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển nuôi ba ba 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
6 tháng đầu năm 2024, diện tích nuôi ba ba toàn tỉnh là 412 ha, tăng 25 ha so với cùng kỳ; sản lượng ước đạt 1.950 tấn, tăng 6,2% so với cùng kỳ năm 2023, bằng 46,4% kế hoạch năm; giá trị sản xuất ước đạt 530 tỷ đồng.

2. Sản lượng ba ba theo địa phương
Đơn vị tính: tấn
Huyện, thị xã | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
Khoái Châu | 612 | 655 | 107,0
Văn Giang | 438 | 470 | 107,3
Kim Động | 365 | 372 | 101,9
Các địa phương khác | 421 | 453 | 107,6
Tổng cộng | 1.836 | 1.950 | 106,2

3. Con giống và thị trường
Toàn tỉnh có 27 cơ sở sản xuất giống ba ba, sản xuất được khoảng 2,3 triệu con giống. Giá ba ba hoa thương phẩm giảm 10-15% so với cuối năm 2023. Qua kiểm tra 54 cơ sở nuôi, phát hiện 3 cơ sở sử dụng thuốc thú y ngoài danh mục, xử phạt 21 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng cả năm đạt 4.200 tấn; hoàn thành cấp mã số cơ sở nuôi cho 100% cơ sở đủ điều kiện theo Thông tư số 26/2016/TT-BNNPTNT.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
H2 = per("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [("Khoái Châu", "Khoái Châu", ["612", "655", "107,0"]),
        ("Văn Giang", "Văn Giang", ["438", "470", "107,3"]),
        ("Kim Động", "Kim Động", ["365", "372", "101,9"]),
        ("Các địa phương khác", None, ["421", "453", "107,6"]),
        ("Tổng cộng", None, ["1.836", "1.950", "106,2"])]
CELLS = []
for label, place, nums in ROWS:
    loc = {"location": place} if place else {}
    rest = "" if place else f" {label.lower()}"
    a, b, c = nums
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(".", "")), "measure", "tấn",
                     subject=f"sản lượng ba ba{rest} 6 tháng 2023", period=C23, **loc))
    CELLS.append(fig(f"| {a} | {b} |", b, float(b.replace(".", "")), "measure", "tấn",
                     subject=f"sản lượng ba ba{rest} 6 tháng 2024", period=C24, **loc))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"sản lượng ba ba{rest} so với cùng kỳ", period=inh(C24), **loc))

FIGS = [
    fig("là 412 ha", "412", 412, "measure", "ha", change=chg("increase", 25, "ha", "cùng kỳ"),
        subject="diện tích nuôi ba ba toàn tỉnh", period=H1),
    fig("ước đạt 1.950 tấn", "1.950", 1950, "measure", "tấn", status="estimate", percent=46.4,
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"), subject="sản lượng ba ba", period=H1),
    fig("ước đạt 530 tỷ", "530", 530e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất nuôi ba ba", period=H1),
] + CELLS + [
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất giống ba ba"),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "con giống", approx="about",
        subject="con giống các cơ sở sản xuất được"),
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá ba ba hoa thương phẩm"),
    fig("kiểm tra 54 cơ sở", "54", 54, "count", "cơ sở", subject="cơ sở nuôi được kiểm tra"),
    fig("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở sử dụng thuốc thú y ngoài danh mục"),
    fig("xử phạt 21 triệu", "21", 21e6, "money", "đồng", subject="số tiền xử phạt cơ sở vi phạm"),
    fig("đạt 4.200 tấn", "4.200", 4200, "measure", "tấn", status="target",
        subject="sản lượng ba ba cả năm", period=YEAR),
    fig("cho 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở đủ điều kiện được cấp mã số cơ sở nuôi", period=H2),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, Số: 127/BC-UBND, 'Hưng Yên, ngày 12 tháng 7 năm 2024'): sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 127/BC-UBND, the letterhead date, section numbers, Thông tư số 26/2016/TT-BNNPTNT, '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; district rows give location (Khoái Châu, Văn Giang, Kim Động);",
    "'Các địa phương khác' and 'Tổng cộng' stay with the province and keep the row label in the subject.",
    "Column headers '6 tháng 2023', '6 tháng 2024' give the period (scored); 'So với cùng kỳ (%)' cells are percent figures",
    "(index, value as written, e.g. 107,0) whose period is the 2024 half stated only in another column header (inherited).",
    "No 'Ước' in the table header, so the cells are actual although the text says 'ước đạt 1.950 tấn'. Table cells get no total.",
    "'Giá … giảm 10-15% so với cuối năm 2023' is a rate as the claim: percent, range, no change, no period (cuối năm 2023 is a baseline).",
    "'Qua kiểm tra 54 cơ sở, phát hiện 3 cơ sở': no part-of cue, so no total.",
    "'100%' stands under the heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM' (period inherited); 'cả năm' takes 2024.",
]

if __name__ == "__main__":
    write("p1244-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Hưng Yên")
