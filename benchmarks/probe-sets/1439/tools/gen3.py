"""p1439-3: formal report (UBND tỉnh Hà Tĩnh, Số: 52/BC-UBND): certifications 2023, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 25 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác chứng thực và quản lý cộng tác viên dịch thuật năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Số việc chứng thực
Đơn vị tính: việc
Loại việc | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
Chứng thực bản sao từ bản chính | 412.580 | 438.916 | 106,4
Chứng thực chữ ký người dịch | 5.126 | 6.482 | 126,5
Chứng thực chữ ký | 21.304 | 23.877 | 112,1
Chứng thực hợp đồng, giao dịch | 8.742 | 8.015 | 91,7
Tổng cộng | 447.752 | 477.290 | 106,6

Tổng lệ phí chứng thực thu được năm 2023 là 2,86 tỷ đồng, vượt 8% dự toán.

2. Công chứng bản dịch
Toàn tỉnh có 14 tổ chức hành nghề công chứng (gồm 2 phòng công chứng và 12 văn phòng công chứng). Năm 2023, các tổ chức này công chứng 3.904 bản dịch, giảm 2,3% so với năm 2022, thu phí công chứng bản dịch khoảng 312 triệu đồng.

3. Quản lý cộng tác viên dịch thuật
Tính đến ngày 31/12/2023, Sở Tư pháp và phòng tư pháp cấp huyện đã ký hợp đồng với 87 cộng tác viên dịch thuật cho 9 ngôn ngữ; trong năm có ba trường hợp bị chấm dứt hợp đồng do không bảo đảm chất lượng bản dịch.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu 100% UBND cấp xã thực hiện chứng thực bản sao điện tử từ bản chính; tỷ lệ hồ sơ chứng thực được giải quyết đúng hạn đạt trên 98%; ký hợp đồng thêm từ 10 đến 15 cộng tác viên dịch thuật, ưu tiên tiếng Hàn, tiếng Nhật.

Nơi nhận:
- Bộ Tư pháp (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, STP.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
TRONGNAM = per("trong năm", "2023-01-01", "2023-12-31")


def cell(anchor, number, row, col):
    if col == "%":
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"{row} so với cùng kỳ",
                   period=inh(Y23))
    v = float(number.replace(".", ""))
    return fig(anchor, number, v, "count", "việc", subject=f"{row} {col.lower()}",
               period=Y22 if col == "Năm 2022" else Y23)


R = ["Chứng thực bản sao từ bản chính", "Chứng thực chữ ký người dịch", "Chứng thực chữ ký",
     "Chứng thực hợp đồng, giao dịch", "Tổng cộng"]
FIGS = [
    cell("chính | 412.580", "412.580", R[0], "Năm 2022"),
    cell("412.580 | 438.916", "438.916", R[0], "Năm 2023"),
    cell("438.916 | 106,4", "106,4", R[0], "%"),
    cell("người dịch | 5.126", "5.126", R[1], "Năm 2022"),
    cell("5.126 | 6.482", "6.482", R[1], "Năm 2023"),
    cell("6.482 | 126,5", "126,5", R[1], "%"),
    cell("chữ ký | 21.304", "21.304", R[2], "Năm 2022"),
    cell("21.304 | 23.877", "23.877", R[2], "Năm 2023"),
    cell("23.877 | 112,1", "112,1", R[2], "%"),
    cell("giao dịch | 8.742", "8.742", R[3], "Năm 2022"),
    cell("8.742 | 8.015", "8.015", R[3], "Năm 2023"),
    cell("8.015 | 91,7", "91,7", R[3], "%"),
    cell("Tổng cộng | 447.752", "447.752", R[4], "Năm 2022"),
    cell("447.752 | 477.290", "477.290", R[4], "Năm 2023"),
    cell("477.290 | 106,6", "106,6", R[4], "%"),
    fig("là 2,86 tỷ", "2,86", 2.86e9, "money", "đồng", change=chg("increase", 8, "%", "dự toán"),
        subject="tổng lệ phí chứng thực thu được", period=Y23s),
    fig("có 14 tổ chức", "14", 14, "count", "tổ chức hành nghề công chứng",
        subject="tổ chức hành nghề công chứng"),
    fig("gồm 2 phòng", "2", 2, "count", "phòng công chứng", total=14, subject="phòng công chứng"),
    fig("và 12 văn phòng", "12", 12, "count", "văn phòng công chứng", total=14,
        subject="văn phòng công chứng"),
    fig("công chứng 3.904 bản", "3.904", 3904, "count", "bản dịch",
        change=chg("decrease", 2.3, "%", "năm 2022"),
        subject="bản dịch các tổ chức hành nghề công chứng công chứng", period=Y23),
    fig("khoảng 312 triệu", "312", 312e6, "money", "đồng", approx="about",
        subject="phí công chứng bản dịch thu được", period=Y23),
    fig("với 87 cộng tác viên", "87", 87, "count", "cộng tác viên",
        subject="cộng tác viên dịch thuật Sở Tư pháp và phòng tư pháp cấp huyện đã ký hợp đồng", period=ASOF),
    fig("cho 9 ngôn ngữ", "9", 9, "count", "ngôn ngữ", subject="ngôn ngữ của cộng tác viên dịch thuật",
        period=ASOF),
    fig("có ba trường hợp", "ba", 3, "count", "trường hợp",
        subject="cộng tác viên dịch thuật bị chấm dứt hợp đồng", period=TRONGNAM),
    fig("phấn đấu 100% UBND", "100", 100, "percent", "%", status="target",
        subject="UBND cấp xã thực hiện chứng thực bản sao điện tử từ bản chính", period=Y24),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hồ sơ chứng thực được giải quyết đúng hạn", period=Y24),
    fig("từ 10 đến 15 cộng tác viên", "10", 10, "count", "cộng tác viên", value_max=15, status="target",
        subject="cộng tác viên dịch thuật ký hợp đồng thêm", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 52/BC-UBND', 'Hà Tĩnh, ngày 25 tháng 01 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: việc': every numeric cell is a figure; subject = row label + column label; cells get no total.",
    "Year cells take their column's period (scored). 'So với cùng kỳ (%)' cells are percent figures (2023 as % of 2022): no period",
    "in the header, so the report year is given as inherited (not scored). Row sums and ratios are consistent.",
    "'vượt 8% dự toán' → change +8% with baseline dự toán (spec: a gap to a plan is a change).",
    "'14 tổ chức (gồm 2 … và 12 …)' → parts with total 14; 'Toàn tỉnh có' names no period.",
    "'Tính đến ngày 31/12/2023' is an as-of date for 87 and 9; 'trong năm' (an annual report) is the year 2023 for 'ba trường hợp'.",
    "Section II 'Năm 2024, phấn đấu …; …; …' → all three clauses target, period 2024 stated in the sentence.",
    "Distractors: Số: 52/BC-UBND, letterhead date, section numbers I./II./1.-3., 'Lưu: VT, STP'.",
]

if __name__ == "__main__":
    write("p1439-3", TEXT, NOTES, FIGS, published="2024-01-25", location="Hà Tĩnh")
