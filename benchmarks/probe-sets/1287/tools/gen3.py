"""p1287-3: formal report (Sở Công Thương Hà Tĩnh, Số: 86/BC-SCT): electricity saving 2023, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
SỞ CÔNG THƯƠNG
Số: 86/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện tiết kiệm điện năm 2023 theo Chỉ thị số 20/CT-TTg

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tình hình chung
Năm 2023, tổng điện năng tiêu thụ trên địa bàn tỉnh đạt 1.359,3 triệu kWh, tăng 4,8% so với năm 2022. Điện năng tiết kiệm được là 41,6 triệu kWh, bằng 3,06% tổng điện năng tiêu thụ, vượt chỉ tiêu được giao là 2,5%.

2. Điện năng tiêu thụ theo khu vực
Đơn vị tính: triệu kWh
STT | Khu vực | Năm 2022 | Năm 2023 | So với cùng kỳ (%) | Kế hoạch 2024
1 | Hành chính, sự nghiệp | 42,5 | 39,8 | 93,6 | 38,0
2 | Chiếu sáng công cộng | 18,4 | 17,1 | 92,9 | 16,5
3 | Sản xuất, kinh doanh và sinh hoạt | 1.236,7 | 1.302,4 | 105,3 | 1.350,0
 | Tổng cộng | 1.297,6 | 1.359,3 | 104,8 | 1.404,5

3. Khu vực hành chính, sự nghiệp
Toàn tỉnh có 1.027 cơ quan, đơn vị hành chính, sự nghiệp; trong đó 985 đơn vị đã ban hành quy chế sử dụng điện, chiếm 95,9%. Năm 2023, khu vực này tiết kiệm được 2,7 triệu kWh, tương đương hơn 5,4 tỷ đồng; các đơn vị đã thay 1.850 máy điều hòa cũ bằng máy Inverter và gần 12.000 bộ đèn LED.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu tiết kiệm tối thiểu 3% tổng điện năng tiêu thụ; điện năng tiêu thụ của khu vực hành chính, sự nghiệp giảm ít nhất 5% so với năm 2023; 100% cơ quan, đơn vị lắp công tơ riêng cho hệ thống điều hòa.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLNL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Thắng
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Hành chính, sự nghiệp", "hành chính, sự nghiệp", ["42,5", "39,8", "93,6", "38,0"]),
        ("Chiếu sáng công cộng", "chiếu sáng công cộng", ["18,4", "17,1", "92,9", "16,5"]),
        ("Sản xuất, kinh doanh và sinh hoạt", "sản xuất, kinh doanh và sinh hoạt",
         ["1.236,7", "1.302,4", "105,3", "1.350,0"]),
        ("Tổng cộng", "tổng cộng", ["1.297,6", "1.359,3", "104,8", "1.404,5"])]
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("so với cùng kỳ", None, None),
        ("kế hoạch 2024", K24, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, low, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if p is not None:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%",
                             subject=f"điện năng tiêu thụ {low} so với cùng kỳ", **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e6, "measure", "kWh",
                             subject=f"điện năng tiêu thụ {low} {col}", **kw))
        prev = n

FIGS = [
    fig("đạt 1.359,3 triệu", "1.359,3", 1359.3e6, "measure", "kWh",
        change=chg("increase", 4.8, "%", "năm 2022"),
        subject="tổng điện năng tiêu thụ trên địa bàn tỉnh", period=Y23),
    fig("là 41,6 triệu", "41,6", 41.6e6, "measure", "kWh", percent=3.06, target=tgt(2.5, "%", True),
        subject="điện năng tiết kiệm được", period=inh(Y23)),
] + CELLS + [
    fig("có 1.027 cơ quan", "1.027", 1027, "count", "cơ quan, đơn vị",
        subject="cơ quan, đơn vị hành chính, sự nghiệp"),
    fig("trong đó 985 đơn vị", "985", 985, "count", "đơn vị", total=1027, percent=95.9,
        subject="đơn vị đã ban hành quy chế sử dụng điện"),
    fig("được 2,7 triệu", "2,7", 2.7e6, "measure", "kWh",
        subject="điện khu vực hành chính, sự nghiệp tiết kiệm được", period=Y23),
    fig("hơn 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", approx="over",
        subject="tiền điện khu vực hành chính, sự nghiệp tiết kiệm được", period=Y23),
    fig("thay 1.850 máy", "1.850", 1850, "count", "máy điều hòa",
        subject="máy điều hòa cũ được thay bằng máy Inverter", period=Y23),
    fig("gần 12.000 bộ", "12.000", 12000, "count", "bộ đèn LED", approx="nearly",
        subject="bộ đèn LED được thay", period=Y23),
    fig("tối thiểu 3%", "3", 3, "percent", "%", approx="at_least", status="target",
        subject="điện năng tiết kiệm trên tổng điện năng tiêu thụ", period=Y24),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="mức giảm điện năng tiêu thụ của khu vực hành chính, sự nghiệp", period=Y24),
    fig("2023; 100% cơ quan", "100", 100, "percent", "%", status="target",
        subject="cơ quan, đơn vị lắp công tơ riêng cho hệ thống điều hòa", period=Y24),
]

NOTES = [
    "Formal report (Sở Công Thương Hà Tĩnh, 'Số: 86/BC-SCT', 'Hà Tĩnh, ngày 15 tháng 01 năm 2024'), sections I/II and 1-3, Nơi nhận, signature.",
    "Distractors: 86/BC-SCT, Chỉ thị số 20/CT-TTg, the letterhead date, section numbers I, II, 1-3, table row numbers 1-3 (STT), 'Lưu: VT, QLNL'.",
    "'bằng 3,06% tổng điện năng tiêu thụ, vượt chỉ tiêu được giao là 2,5%' → percent 3.06 and target 2.5 (met) of 41,6 triệu kWh",
    "(form 'vượt mục tiêu đề ra là 7%' of the spec); period inherited from 'Năm 2023' of the sentence before.",
    "Flattened '|' table, 'Đơn vị tính: triệu kWh': every numeric cell is a figure; subject = caption indicator + row + column;",
    "period from column headers; 'Kế hoạch 2024' → target; 'So với cùng kỳ (%)' cells are percent figures (actual, no period: the header has no year).",
    "Table cells get no total. 'Tổng cộng | 1.359,3' repeats the text figure and is a figure of its own (a cell).",
    "'1.027 cơ quan …; trong đó 985 đơn vị …, chiếm 95,9%' → total 1027, percent 95.9.",
    "'tương đương hơn 5,4 tỷ đồng' is a money amount, not a share: own figure. Section II 'Năm 2024, phấn đấu …' governs the three clauses (target);",
    "'giảm ít nhất 5% so với năm 2023' is a rate as the claim → percent figure, no change.",
]

if __name__ == "__main__":
    write("p1287-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Hà Tĩnh")
