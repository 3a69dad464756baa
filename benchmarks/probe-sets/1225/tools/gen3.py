"""p1225-3: formal report (UBND tỉnh Yên Bái) on rare earth exploration and mining in 2023; flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH YÊN BÁI
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình thăm dò, khai thác khoáng sản đất hiếm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp phép, kiểm tra
Đến ngày 31/12/2023, toàn tỉnh có 6 giấy phép hoạt động khoáng sản đất hiếm còn hiệu lực, gồm 4 giấy phép thăm dò và 2 giấy phép khai thác, tổng diện tích 1.245,6 ha. Trong năm, Sở Tài nguyên và Môi trường tổ chức 3 đoàn kiểm tra, xử lý 2 trường hợp vi phạm, phạt tiền 185 triệu đồng.

2. Kết quả khai thác
Năm 2023, mỏ đất hiếm Yên Phú (xã Yên Phú, huyện Văn Yên) khai thác 61.200 tấn quặng, đạt 102% kế hoạch; sản xuất 2.850 tấn tinh quặng có hàm lượng TR2O3 từ 30% trở lên. Doanh thu của mỏ đạt 318,5 tỷ đồng, tăng 9,4% so với năm 2022.

3. Thu ngân sách từ hoạt động khoáng sản đất hiếm
Đơn vị tính: triệu đồng
Khoản thu | Năm 2022 | Năm 2023 | 2023/2022 (%)
Thuế tài nguyên | 12.460 | 14.005 | 112,4
Phí bảo vệ môi trường | 3.120 | 3.548 | 113,7
Tiền cấp quyền khai thác | 8.900 | 8.900 | 100,0
Tổng cộng | 24.480 | 26.453 | 108,1

II. NHIỆM VỤ NĂM 2024
Phấn đấu khai thác 65.000 tấn quặng đất hiếm, nộp ngân sách không dưới 28 tỷ đồng; hoàn thành thăm dò nâng cấp trữ lượng khu Yên Phú mở rộng (huyện Văn Yên) với diện tích 2,1 km2.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TNMT2.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
INYEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
VY = "Văn Yên"


def cell(anchor, number, value, row, col):
    if col.endswith("(%)"):
        return fig(anchor, number, value, "percent", "%", subject=f"{row} {col}", period=inh(Y23))
    p = Y22 if col == "Năm 2022" else Y23
    return fig(anchor, number, value * 1e6, "money", "đồng", subject=f"{row} {col.lower()}", period=p)


ROWS = [
    ("Thuế tài nguyên", ("nguyên | 12.460", "12.460", 12460), ("12.460 | 14.005", "14.005", 14005),
     ("14.005 | 112,4", "112,4", 112.4)),
    ("Phí bảo vệ môi trường", ("trường | 3.120", "3.120", 3120), ("3.120 | 3.548", "3.548", 3548),
     ("3.548 | 113,7", "113,7", 113.7)),
    ("Tiền cấp quyền khai thác", ("thác | 8.900", "8.900", 8900), ("8.900 | 100,0", "8.900", 8900),
     ("8.900 | 100,0", "100,0", 100.0)),
    ("Tổng cộng", ("cộng | 24.480", "24.480", 24480), ("24.480 | 26.453", "26.453", 26453),
     ("26.453 | 108,1", "108,1", 108.1)),
]

TABLE = []
for row, a22, a23, ratio in ROWS:
    TABLE.append(cell(*a22, row, "Năm 2022"))
    TABLE.append(cell(*a23, row, "Năm 2023"))
    TABLE.append(cell(*ratio, row, "2023/2022 (%)"))

FIGS = [
    fig("có 6 giấy phép", "6", 6, "count", "giấy phép",
        subject="giấy phép hoạt động khoáng sản đất hiếm còn hiệu lực", period=ASOF),
    fig("gồm 4 giấy phép", "4", 4, "count", "giấy phép", total=6, subject="giấy phép thăm dò", period=ASOF),
    fig("và 2 giấy phép", "2", 2, "count", "giấy phép", total=6, subject="giấy phép khai thác", period=ASOF),
    fig("1.245,6 ha", "1.245,6", 1245.6, "measure", "ha", subject="tổng diện tích các giấy phép", period=ASOF),
    fig("tổ chức 3 đoàn", "3", 3, "count", "đoàn kiểm tra", subject="đoàn kiểm tra", period=INYEAR),
    fig("xử lý 2 trường hợp", "2", 2, "count", "trường hợp vi phạm", subject="trường hợp vi phạm bị xử lý",
        period=INYEAR),
    fig("phạt tiền 185 triệu", "185", 185e6, "money", "đồng", subject="tiền phạt vi phạm", period=INYEAR),
    fig("khai thác 61.200 tấn", "61.200", 61200, "measure", "tấn", percent=102,
        subject="quặng khai thác tại mỏ đất hiếm Yên Phú", period=Y23, location=VY),
    fig("sản xuất 2.850 tấn", "2.850", 2850, "measure", "tấn", subject="tinh quặng sản xuất",
        period=Y23, location=VY),
    fig("từ 30% trở lên", "30", 30, "percent", "%", approx="at_least", optional=True,
        subject="hàm lượng TR2O3 của tinh quặng", location=VY),
    fig("đạt 318,5 tỷ", "318,5", 318.5e9, "money", "đồng", change=chg("increase", 9.4, "%", "năm 2022"),
        subject="doanh thu của mỏ", period=inh(Y23), location=VY),
    *TABLE,
    fig("khai thác 65.000 tấn", "65.000", 65000, "measure", "tấn", status="target",
        subject="quặng đất hiếm khai thác", period=Y24),
    fig("không dưới 28 tỷ", "28", 28e9, "money", "đồng", approx="at_least", status="target",
        subject="nộp ngân sách", period=Y24),
    fig("diện tích 2,1 km2", "2,1", 2.1, "measure", "km2", status="target",
        subject="diện tích thăm dò nâng cấp trữ lượng khu Yên Phú mở rộng", period=Y24, location=VY),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH YÊN BÁI', 'Số: 18/BC-UBND', 'Yên Bái, ngày 18 tháng 01 năm 2024' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': money cells ×10^6; the '2023/2022 (%)' column holds percents (its header overrides",
    "the unit line) and its header '2023/2022' is a label, not a figure (period 2023 inherited). Cells: subject = row + column label; no totals.",
    "'gồm 4 ... và 2 giấy phép' are parts of 6. 'Trong năm' in a yearly report = 2023. 'từ 30% trở lên' is a product grade (optional).",
    "The Yên Phú mine is placed in huyện Văn Yên; its figures (also the revenue sentence after it) get Văn Yên.",
    "Section II 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' → targets for 2024 (period from the heading: inherited).",
    "Distractors: 'Số: 18/BC-UBND', section numbers I./II./1.-3., 'TNMT2', 'TR2O3', 'km2'.",
]

if __name__ == "__main__":
    write("p1225-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Yên Bái")
