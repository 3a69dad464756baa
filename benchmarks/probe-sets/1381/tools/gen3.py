"""p1381-3: formal report (Sở Công Thương Đồng Nai, Số: 412/BC-SCT): toy and school-supply inspections 2024, flattened '|' table by place."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 412/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả kiểm tra thị trường đồ chơi trẻ em, đồ dùng học tập năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 486 lượt cơ sở kinh doanh đồ chơi trẻ em, đồ dùng học tập, bằng 108% kế hoạch năm; phát hiện, xử lý 59 vụ vi phạm, giảm 11 vụ so với năm 2023; tổng số tiền xử phạt 412,5 triệu đồng. Vi phạm tập trung tại TP Biên Hòa (27 vụ) và huyện Nhơn Trạch (14 vụ).

2. Kết quả kiểm tra theo địa bàn
Đơn vị tính: lượt cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Biên Hòa | 198 | 214 | 108,1
TP Long Khánh | 52 | 61 | 117,3
Huyện Trảng Bom | 87 | 93 | 106,9
Huyện Nhơn Trạch | 120 | 118 | 98,3
Tổng cộng | 457 | 486 | 106,3

3. Kết quả kiểm tra chất lượng
Trong năm, Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 64 mẫu đồ chơi để thử nghiệm theo QCVN 3:2019/BKHCN, trong đó 7 mẫu không đạt chỉ tiêu giới hạn hàm lượng chì và phthalate (chiếm 10,9%).

II. NHIỆM VỤ NĂM 2025
Phấn đấu kiểm tra ít nhất 500 lượt cơ sở; lấy từ 70 đến 80 mẫu đồ chơi, đồ dùng học tập để thử nghiệm; 100% cơ sở vi phạm được xử lý theo quy định.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLTM.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Minh Khoa
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"năm 2023": Y23, "năm 2024": Y24, "so với cùng kỳ (%)": None}
PLACES = {"TP Biên Hòa": "Biên Hòa", "TP Long Khánh": "Long Khánh", "Huyện Trảng Bom": "Trảng Bom",
          "Huyện Nhơn Trạch": "Nhơn Trạch", "Tổng cộng": None}


def cell(anchor, number, row, col):
    kw = {}
    if PLACES[row]:
        kw["location"] = PLACES[row]
    pre = "tổng cộng " if row == "Tổng cộng" else ""
    if col.startswith("so với"):
        v = float(number.replace(",", "."))
        return F(anchor, number, v, "percent", "%", subject=f"{pre}lượt cơ sở được kiểm tra so với cùng kỳ", **kw)
    return F(anchor, number, float(number), "count", "lượt cơ sở",
             subject=f"{pre}lượt cơ sở được kiểm tra {col}", period=COLS[col], **kw)


ROWS = [("TP Biên Hòa", ["198", "214", "108,1"]), ("TP Long Khánh", ["52", "61", "117,3"]),
        ("Huyện Trảng Bom", ["87", "93", "106,9"]), ("Huyện Nhơn Trạch", ["120", "118", "98,3"]),
        ("Tổng cộng", ["457", "486", "106,3"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    F("kiểm tra 486 lượt", "486", 486, "count", "lượt cơ sở", percent=108,
      subject="lượt cơ sở kinh doanh đồ chơi trẻ em, đồ dùng học tập được kiểm tra", period=Y24),
    F("xử lý 59 vụ", "59", 59, "count", "vụ", change=C("decrease", 11, "vụ", "năm 2023"),
      subject="vụ vi phạm phát hiện, xử lý", period=Y24),
    F("tiền xử phạt 412,5 triệu", "412,5", 412.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
    F("Biên Hòa (27 vụ)", "27", 27, "count", "vụ", subject="vụ vi phạm", location="Biên Hòa",
      period=I(Y24)),
    F("Nhơn Trạch (14 vụ)", "14", 14, "count", "vụ", subject="vụ vi phạm", location="Nhơn Trạch",
      period=I(Y24)),
] + CELLS + [
    F("lấy 64 mẫu", "64", 64, "count", "mẫu", subject="mẫu đồ chơi lấy để thử nghiệm",
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("trong đó 7 mẫu", "7", 7, "count", "mẫu", total=64, percent=10.9,
      subject="mẫu không đạt chỉ tiêu giới hạn hàm lượng chì và phthalate",
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("ít nhất 500 lượt", "500", 500, "count", "lượt cơ sở", approx="at_least", status="target",
      subject="lượt cơ sở kiểm tra", period=Y25),
    F("từ 70 đến 80 mẫu", "70", 70, "count", "mẫu", value_max=80, status="target",
      subject="mẫu đồ chơi, đồ dùng học tập lấy để thử nghiệm", period=Y25),
    F("; 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở vi phạm được xử lý theo quy định", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI / SỞ CÔNG THƯƠNG', 'Số: 412/BC-SCT', 'Đồng Nai, ngày 18 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận', signature.",
    "'bằng 108% kế hoạch năm' is the percent of 486; 'giảm 11 vụ so với năm 2023' is a change in vụ.",
    "'Vi phạm tập trung tại TP Biên Hòa (27 vụ) và huyện Nhơn Trạch (14 vụ)' does not add up to 59: no total; the places go to location.",
    "Flattened '|' table, 'Đơn vị tính: lượt cơ sở'. Rows are places: location, not subject; subject = what is counted + column label.",
    "Period from the column header (Năm 2023 / Năm 2024); the 'So với cùng kỳ (%)' column is a percent with no period of its own. Table cells get no total.",
    "'Tổng cộng' row: location Đồng Nai (default). 'Trong năm' = 2024. '7 mẫu' after 'trong đó' takes total 64, '(chiếm 10,9%)' its percent.",
    "Section II: the period 'NĂM 2025' stands in the heading (inherited); 'Phấn đấu' governs all three clauses (target).",
    "Distractors: Số: 412/BC-SCT, QCVN 3:2019/BKHCN, the letterhead date, section numbers I./II./1.-3., 'KT. GIÁM ĐỐC'.",
]

if __name__ == "__main__":
    write("p1381-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Đồng Nai")
