"""p1571-3: formal report (UBND tỉnh Quảng Ninh, Số: 215/BC-UBND): glass packaging 2024, flattened '|' table by company."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 14 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất bao bì thủy tinh năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất, tiêu thụ
Năm 2024, 3 doanh nghiệp sản xuất bao bì thủy tinh trên địa bàn tỉnh sản xuất 548,6 triệu chai, lọ, tăng 4,9% so với năm 2023, đạt 101,6% kế hoạch; nộp ngân sách nhà nước 96,5 tỷ đồng; giá trị sản xuất ước đạt 2.140 tỷ đồng.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: triệu chai, lọ
Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
Công ty CP Thủy tinh Hoàng Long | 301,2 | 318,4 | 330
Công ty TNHH Bao bì Thủy tinh Minh Đức | 156,0 | 161,5 | 165
Công ty TNHH Thủy tinh Tân Phát | 65,8 | 68,7 | 75
Tổng cộng | 523,0 | 548,6 | 570
Trong đó: xuất khẩu | 88,4 | 97,2 | 105

3. Nguyên liệu và môi trường
Năm 2024, các mỏ cát trắng tại huyện Vân Đồn khai thác 412.000 tấn cát thủy tinh, trong đó khoảng 60% cung cấp cho các nhà máy trong tỉnh. Các doanh nghiệp đã tái chế 38.500 tấn thủy tinh vụn, chiếm 17% nguyên liệu đầu vào. Qua kiểm tra, phát hiện 2 cơ sở vi phạm về bảo vệ môi trường, xử phạt 85 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng bao bì thủy tinh năm 2025 đạt 570 triệu chai, lọ, tăng 3,9% so với năm 2024; tỷ lệ thủy tinh tái chế trong nguyên liệu đạt ít nhất 20%; thực hiện nghiêm Quyết định số 1842/QĐ-UBND về bảo vệ môi trường.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT3.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Công ty CP Thủy tinh Hoàng Long", ["301,2", "318,4", "330"]),
        ("Công ty TNHH Bao bì Thủy tinh Minh Đức", ["156,0", "161,5", "165"]),
        ("Công ty TNHH Thủy tinh Tân Phát", ["65,8", "68,7", "75"]),
        ("Tổng cộng", ["523,0", "548,6", "570"]),
        ("Trong đó: xuất khẩu", ["88,4", "97,2", "105"])]
TOTALS = dict(zip([c for c, _, _ in COLS], ["523,0", "548,6", "570"]))


def million(s):
    return float(s.replace(",", ".")) * 1e6


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = million(TOTALS[col])
        row = "xuất khẩu" if label.startswith("Trong đó") else label
        CELLS.append(F(f"{prev} | {n}", n, million(n), "count", "chai, lọ", subject=f"{row} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("Năm 2024, 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bao bì thủy tinh",
      period=Y24),
    F("sản xuất 548,6 triệu", "548,6", 548.6e6, "count", "chai, lọ", percent=101.6,
      change=chg("increase", 4.9, "%", "năm 2023"), subject="chai, lọ các doanh nghiệp sản xuất", period=Y24),
    F("nước 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", subject="nộp ngân sách nhà nước", period=Y24),
    F("ước đạt 2.140 tỷ", "2.140", 2140e9, "money", "đồng", status="estimate", subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    F("khai thác 412.000 tấn", "412.000", 412000, "measure", "tấn", subject="cát thủy tinh các mỏ cát trắng khai thác",
      period=Y24, location="Vân Đồn"),
    F("khoảng 60% cung cấp", "60", 60, "percent", "%", approx="about",
      subject="cát cung cấp cho các nhà máy trong tỉnh", period=Y24, location="Vân Đồn"),
    F("tái chế 38.500 tấn", "38.500", 38500, "measure", "tấn", percent=17,
      subject="thủy tinh vụn các doanh nghiệp tái chế", period=inh(Y24)),
    F("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở vi phạm về bảo vệ môi trường", period=inh(Y24)),
    F("xử phạt 85 triệu", "85", 85e6, "money", "đồng", subject="tiền xử phạt", period=inh(Y24)),
    F("đạt 570 triệu", "570", 570e6, "count", "chai, lọ", status="target",
      change=chg("increase", 3.9, "%", "năm 2024"), subject="sản lượng bao bì thủy tinh", period=Y25),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ thủy tinh tái chế trong nguyên liệu", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH', 'Số: 215/BC-UBND', 'Quảng Ninh, ngày 14 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'đạt 101,6% kế hoạch' after 548,6 triệu → percent attribute; 'ước đạt' stands in the last clause, so it governs only giá trị sản xuất.",
    "Flattened '|' table, 'Đơn vị tính: triệu chai, lọ' → count ×10^6, unit 'chai, lọ'; rows are companies (no place in the names): location Quảng Ninh;",
    "subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target.",
    "Annotation choice: the 'Trong đó: xuất khẩu' sub-row follows the 'Tổng cộng' row, so each of its cells takes the Tổng cộng cell of its column as total.",
    "Vân Đồn sand: location Vân Đồn; 'trong đó khoảng 60% cung cấp ...' is a share of a part: its own percent figure.",
    "'tái chế 38.500 tấn thủy tinh vụn, chiếm 17% nguyên liệu đầu vào' → percent attribute 17. Year for these sentences stands earlier: inherited.",
    "Section II 'Phấn đấu ... ; tỷ lệ ... đạt ít nhất 20%' → both target, period 'năm 2025' (20% continues the phấn đấu clause).",
    "Distractors: Số: 215/BC-UBND, letterhead date, section numbers I./II./1.-3., Quyết định số 1842/QĐ-UBND, 'Lưu: VT, KT3'.",
]

if __name__ == "__main__":
    write("p1571-3", TEXT, NOTES, FIGS, published="2025-01-14", location="Quảng Ninh")
