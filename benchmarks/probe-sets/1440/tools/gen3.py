"""p1440-3: formal report (Sở KH&CN Quảng Ngãi, Số: 1187/BC-SKHCN), tab-flattened table of licensed X-ray devices."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1187/BC-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an toàn bức xạ trong y tế năm 2024

I. TÌNH HÌNH CHUNG
Năm 2024, toàn tỉnh có 203 cơ sở y tế sử dụng thiết bị X-quang, tăng 14 cơ sở so với năm 2023; trong đó 38 cơ sở công lập và 165 cơ sở ngoài công lập. Tổng số nhân viên bức xạ hiện là 596 người, ước đến cuối năm 2024 đạt khoảng 610 người.

II. KẾT QUẢ CẤP PHÉP VÀ KIỂM TRA
1. Thiết bị X-quang được cấp phép theo loại
Đơn vị tính: thiết bị
Loại thiết bị\tNăm 2023\tNăm 2024\tKế hoạch 2025
X-quang chẩn đoán thông thường\t186\t201\t215
Chụp cắt lớp vi tính (CT)\t24\t29\t33
X-quang nha khoa\t112\t131\t145
X-quang tuyến vú, C-arm\t9\t11\t14
Tổng cộng\t331\t372\t407

2. Công tác kiểm tra
Năm 2024, Sở chủ trì kiểm tra 46 cơ sở, vượt 15% kế hoạch; phát hiện và xử phạt 7 cơ sở vi phạm với tổng số tiền 142,5 triệu đồng. 100% thiết bị X-quang đang sử dụng đã được kiểm định theo Thông tư số 13/2018/TT-BKHCN; 2 cơ sở bị đình chỉ sử dụng thiết bị do phòng chụp không đạt yêu cầu che chắn.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% nhân viên bức xạ được đào tạo, cập nhật kiến thức an toàn bức xạ; kiểm tra tối thiểu 50 cơ sở; dự kiến kinh phí thực hiện khoảng 350 triệu đồng.

Nơi nhận:
- Cục An toàn bức xạ và hạt nhân;
- UBND tỉnh;
- Lưu: VT, QLCN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, float(number), "count", "thiết bị",
               subject=f"thiết bị X-quang được cấp phép {row} {col.lower()}", period=COLS[col], **kw)


ROWS = [("X-quang chẩn đoán thông thường", "thông thường", ["186", "201", "215"]),
        ("chụp cắt lớp vi tính (CT)", "(CT)", ["24", "29", "33"]),
        ("X-quang nha khoa", "nha khoa", ["112", "131", "145"]),
        ("X-quang tuyến vú, C-arm", "C-arm", ["9", "11", "14"]),
        ("tổng cộng", "Tổng cộng", ["331", "372", "407"])]
CELLS = []
for row, key, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\t{n}", n, row, col))
        prev = n

FIGS = [
    fig("có 203 cơ sở", "203", 203, "count", "cơ sở", change=chg("increase", 14, "cơ sở", "năm 2023"),
        subject="cơ sở y tế sử dụng thiết bị X-quang", period=Y24),
    fig("38 cơ sở công lập", "38", 38, "count", "cơ sở", total=203, subject="cơ sở công lập", period=Y24),
    fig("165 cơ sở ngoài", "165", 165, "count", "cơ sở", total=203, subject="cơ sở ngoài công lập", period=Y24),
    fig("hiện là 596 người", "596", 596, "count", "người", subject="tổng số nhân viên bức xạ"),
    fig("khoảng 610 người", "610", 610, "count", "người", approx="about", status="estimate",
        subject="nhân viên bức xạ", period=EOY),
] + CELLS + [
    fig("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", change=chg("increase", 15, "%", "kế hoạch"),
        subject="cơ sở Sở chủ trì kiểm tra", period=Y24),
    fig("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=Y24),
    fig("tiền 142,5 triệu", "142,5", 142.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
    fig("100% thiết bị", "100", 100, "percent", "%", subject="thiết bị X-quang đang sử dụng đã được kiểm định",
        period=inh(Y24)),
    fig("2 cơ sở bị", "2", 2, "count", "cơ sở", subject="cơ sở bị đình chỉ sử dụng thiết bị", period=inh(Y24)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="nhân viên bức xạ được đào tạo, cập nhật kiến thức an toàn bức xạ", period=N25),
    fig("tối thiểu 50 cơ sở", "50", 50, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra", period=N25),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí thực hiện", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI / SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 1187/BC-SKHCN', 'Quảng Ngãi, ngày 16 tháng 12 năm 2024', I-III, 'Nơi nhận'.",
    "Tab-flattened table, 'Đơn vị tính: thiết bị': rows are device types; subject = caption + row + column; period from column header;",
    "'Kế hoạch 2025' → target; row sums 186+24+112+9 = 331 etc.; cells get no total.",
    "203 = 38 + 165 after 'trong đó' (after ';'): total 203. 'tăng 14 cơ sở so với năm 2023' → change in cơ sở.",
    "'hiện là 596 người' no period; 'ước đến cuối năm 2024 đạt khoảng 610 người' → estimate, about, as-of 2024-12-31.",
    "'vượt 15% kế hoạch' → change +15% with baseline 'kế hoạch' (FIGURES.md: a gap to a plan).",
    "Section III: period only in the heading 'NHIỆM VỤ NĂM 2025' (inherited). 'Phấn đấu' governs 100% and 'tối thiểu 50'; 'dự kiến' → forecast.",
    "Distractors: Số 1187/BC-SKHCN, letterhead date, section numbers I-III and 1-2, Thông tư số 13/2018/TT-BKHCN, 'Lưu: VT'.",
]

if __name__ == "__main__":
    write("p1440-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Quảng Ngãi")
