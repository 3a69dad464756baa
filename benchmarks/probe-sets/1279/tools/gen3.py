"""p1279-3: formal report (UBND tỉnh Điện Biên, Số: 21/BC-UBND): drug rehabilitation 2023, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 19 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác cai nghiện ma túy và quản lý sau cai nghiện năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác cai nghiện
Thực hiện Kế hoạch số 3125/KH-UBND ngày 12/10/2022, năm 2023 toàn tỉnh tổ chức cai nghiện cho 2.252 người, tăng 12% so với năm 2022, vượt 7,2% kế hoạch; tỷ lệ người nghiện có hồ sơ quản lý được cai nghiện đạt 31,4% (chỉ tiêu 30%).

Kết quả theo hình thức cai nghiện:
Đơn vị tính: người
Hình thức | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
Cai nghiện bắt buộc tại cơ sở | 812 | 865 | 106,5
Cai nghiện tự nguyện tại cơ sở | 164 | 139 | 84,8
Cai nghiện tại gia đình, cộng đồng | 1.035 | 1.248 | 120,6
Tổng cộng | 2.011 | 2.252 | 112,0

2. Quản lý sau cai nghiện
Đến ngày 31/12/2023, toàn tỉnh quản lý sau cai nghiện 1.906 người; hỗ trợ dạy nghề cho 213 người, giới thiệu việc làm cho 158 người. Cơ sở cai nghiện ma túy tỉnh tại huyện Điện Biên có quy mô 1.000 học viên; năm 2023, cơ sở được đầu tư sửa chữa 4 khu nhà ở với kinh phí 14,6 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Năm 2024, phấn đấu tổ chức cai nghiện cho 2.400 người, trong đó cai nghiện tại gia đình, cộng đồng chiếm trên 55%; dự kiến kinh phí thực hiện khoảng 26 tỷ đồng.

Nơi nhận:
- Bộ Lao động - TB&XH (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
COLS = {"năm 2022": Y22, "năm 2023": Y23, "so với cùng kỳ": inh(Y23)}


def cell(anchor, number, row, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"{row} so với cùng kỳ", period=COLS[col])
    return fig(anchor, number, v, "count", "người", subject=f"{row} {col}", period=COLS[col])


ROWS = [("Cai nghiện bắt buộc tại cơ sở", ["812", "865", "106,5"]),
        ("Cai nghiện tự nguyện tại cơ sở", ["164", "139", "84,8"]),
        ("Cai nghiện tại gia đình, cộng đồng", ["1.035", "1.248", "120,6"]),
        ("Tổng cộng", ["2.011", "2.252", "112,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label.split()[-1]
    for col, n in zip(COLS, nums):
        row = "tổng cộng các hình thức cai nghiện" if label == "Tổng cộng" else label.lower()
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("cho 2.252 người", "2.252", 2252, "count", "người", change=chg("increase", 12, "%", "năm 2022"),
        subject="người được tổ chức cai nghiện", period=y23),
    fig("vượt 7,2%", "7,2", 7.2, "percent", "%", subject="mức vượt kế hoạch tổ chức cai nghiện",
        period=y23, optional=True),
    fig("đạt 31,4%", "31,4", 31.4, "percent", "%", target=tgt(30, "%"),
        subject="tỷ lệ người nghiện có hồ sơ quản lý được cai nghiện", period=y23),
] + CELLS + [
    fig("nghiện 1.906 người", "1.906", 1906, "count", "người", subject="người được quản lý sau cai nghiện",
        period=ASOF),
    fig("cho 213 người", "213", 213, "count", "người", subject="người được hỗ trợ dạy nghề", period=ASOF),
    fig("cho 158 người", "158", 158, "count", "người", subject="người được giới thiệu việc làm", period=ASOF),
    fig("quy mô 1.000 học viên", "1.000", 1000, "count", "học viên",
        subject="quy mô cơ sở cai nghiện ma túy tỉnh"),
    fig("sửa chữa 4 khu", "4", 4, "count", "khu nhà ở", subject="khu nhà ở được đầu tư sửa chữa", period=y23),
    fig("kinh phí 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", subject="kinh phí sửa chữa khu nhà ở", period=y23),
    fig("cho 2.400 người", "2.400", 2400, "count", "người", status="target",
        subject="người được tổ chức cai nghiện", period=Y24),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", status="target",
        subject="cai nghiện tại gia đình, cộng đồng", period=Y24),
    fig("khoảng 26 tỷ", "26", 26e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí thực hiện", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐIỆN BIÊN', 'Số: 21/BC-UBND', 'Điện Biên, ngày 19 tháng 01 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 21/BC-UBND, 'Kế hoạch số 3125/KH-UBND ngày 12/10/2022', section numbers, letterhead date, 'Lưu: VT, KGVX'.",
    "'tăng 12% so với năm 2022, vượt 7,2% kế hoạch': the first change is the attribute; the second gap is a percent figure of its own,",
    "optional (FIGURES.md: one change per figure). '(chỉ tiêu 30%)' → target 30 of the 31,4%.",
    "Flattened '|' table, 'Đơn vị tính: người': subject = row label + column label; period from 'Năm 2022'/'Năm 2023' (scored).",
    "The 'So với cùng kỳ (%)' column: percent figures (actual); its header states no period, so the year 2023 is kept as inherited (not scored).",
    "Table cells get no total. 'Đến ngày 31/12/2023' governs the three figures of its sentence (as-of).",
    "'Cơ sở … tại huyện Điện Biên': the district has the province's name; location Điện Biên either way. Capacity has no period.",
    "Section II: 'Năm 2024, phấn đấu …' → target (the 'trong đó … chiếm trên 55%' share is a percent figure, target);",
    "'dự kiến kinh phí … khoảng 26 tỷ' → forecast.",
]

if __name__ == "__main__":
    write("p1279-3", TEXT, NOTES, FIGS, published="2024-01-19", location="Điện Biên")
