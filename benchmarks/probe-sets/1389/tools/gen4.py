"""p1389-4: formal report (UBND tỉnh Thanh Hóa, Số: 27/BC-UBND): assisted reproduction 2024, flattened '|' table by hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện kỹ thuật hỗ trợ sinh sản năm 2024, phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Khám, điều trị vô sinh
Năm 2024, các cơ sở y tế trên địa bàn tỉnh đã khám, tư vấn cho 14.380 lượt người, tăng 12,6% so với năm 2023; thực hiện bơm tinh trùng vào buồng tử cung (IUI) cho 2.150 trường hợp, tỷ lệ thành công 17,8%.

2. Thụ tinh trong ống nghiệm
Đơn vị tính: chu kỳ
Cơ sở | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Bệnh viện Phụ sản tỉnh | 1.126 | 1.318 | 117,1 | 1.500
Bệnh viện Đa khoa tỉnh | 402 | 455 | 113,2 | 520
Bệnh viện Đa khoa Hoàng Lâm | 540 | 617 | 114,3 | 680
Tổng cộng | 2.068 | 2.390 | 115,6 | 2.700

Năm 2024, toàn tỉnh thực hiện 2.390 chu kỳ, vượt 6,2% kế hoạch; tỷ lệ có thai lâm sàng chung đạt 49,2% (năm 2023 là 46,8%). Số trẻ sinh ra từ thụ tinh trong ống nghiệm năm 2024 ước khoảng 960 trẻ.

3. Nhân lực, trang thiết bị
Toàn tỉnh có 3 đơn vị hỗ trợ sinh sản với 21 bác sĩ và 14 chuyên viên phôi học; kinh phí đầu tư trang thiết bị năm 2024 là 8,6 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 thực hiện 2.700 chu kỳ, tỷ lệ có thai lâm sàng trên 50%; đầu tư 12,5 tỷ đồng xây dựng labo phôi đạt chuẩn ISO 15189 tại Bệnh viện Phụ sản tỉnh.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Khiêm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Bệnh viện Phụ sản tỉnh", ["1.126", "1.318", "117,1", "1.500"]),
        ("Bệnh viện Đa khoa tỉnh", ["402", "455", "113,2", "520"]),
        ("Bệnh viện Đa khoa Hoàng Lâm", ["540", "617", "114,3", "680"]),
        ("Tổng cộng", ["2.068", "2.390", "115,6", "2.700"])]
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, cells in ROWS:
    prev = label
    for col, n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        prev = n
        row = label if label != "Tổng cộng" else "tổng cộng"
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"chu kỳ thụ tinh trong ống nghiệm {row} so với cùng kỳ",
                             period=inh(Y24)))
            continue
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        p = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
        CELLS.append(fig(anchor, n, num(n), "count", "chu kỳ",
                         subject=f"chu kỳ thụ tinh trong ống nghiệm {row} {col.lower()}", period=p, **kw))

FIGS = [
    fig("cho 14.380 lượt", "14.380", 14380, "count", "lượt người",
        change=chg("increase", 12.6, "%", "năm 2023"),
        subject="lượt người được khám, tư vấn điều trị vô sinh", period=Y24),
    fig("cho 2.150 trường hợp", "2.150", 2150, "count", "trường hợp",
        subject="trường hợp bơm tinh trùng vào buồng tử cung (IUI)", period=Y24),
    fig("thành công 17,8%", "17,8", 17.8, "percent", "%", subject="tỷ lệ thành công của IUI", period=Y24),
] + CELLS + [
    fig("thực hiện 2.390 chu kỳ", "2.390", 2390, "count", "chu kỳ",
        change=chg("increase", 6.2, "%", "kế hoạch"),
        subject="chu kỳ thụ tinh trong ống nghiệm toàn tỉnh thực hiện", period=Y24),
    fig("đạt 49,2%", "49,2", 49.2, "percent", "%", subject="tỷ lệ có thai lâm sàng chung", period=Y24),
    fig("là 46,8%", "46,8", 46.8, "percent", "%", subject="tỷ lệ có thai lâm sàng chung", period=Y23b),
    fig("khoảng 960 trẻ", "960", 960, "count", "trẻ", approx="about", status="estimate",
        subject="trẻ sinh ra từ thụ tinh trong ống nghiệm", period=Y24b),
    fig("có 3 đơn vị", "3", 3, "count", "đơn vị", subject="đơn vị hỗ trợ sinh sản"),
    fig("với 21 bác sĩ", "21", 21, "count", "bác sĩ", subject="bác sĩ của các đơn vị hỗ trợ sinh sản"),
    fig("và 14 chuyên viên", "14", 14, "count", "chuyên viên phôi học",
        subject="chuyên viên phôi học của các đơn vị hỗ trợ sinh sản"),
    fig("là 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", subject="kinh phí đầu tư trang thiết bị", period=Y24b),
    fig("thực hiện 2.700 chu kỳ", "2.700", 2700, "count", "chu kỳ", status="target",
        subject="chu kỳ thụ tinh trong ống nghiệm", period=Y25),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ có thai lâm sàng", period=Y25),
    fig("đầu tư 12,5 tỷ", "12,5", 12.5e9, "money", "đồng", status="target",
        subject="kinh phí đầu tư xây dựng labo phôi", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 27/BC-UBND', 'Thanh Hóa, ngày 16 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'ISO 15189', '(b/c)', 'Lưu: VT, VX'.",
    "Flattened '|' table by hospital with 'Đơn vị tính: chu kỳ': every numeric cell is a figure; hospitals are row labels (not places), location Thanh Hóa.",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, no change); the header names no year, so their period (2024 over 2023) is marked inherited.",
    "'Kế hoạch 2025' column: status target. Table cells get no total (the 'Tổng cộng' row is a figure of its own).",
    "'thực hiện 2.390 chu kỳ, vượt 6,2% kế hoạch': a gap to plan is a change with baseline 'kế hoạch'. '(năm 2023 là 46,8%)' is its own figure.",
    "Section II: 'Phấn đấu năm 2025' governs the whole sentence (3 targets).",
]

if __name__ == "__main__":
    write("p1389-4", TEXT, NOTES, FIGS, published="2025-01-16", location="Thanh Hóa")
