"""p1242-3: formal report (UBND tỉnh Nghệ An, Số: 38/BC-UBND): beer 2024, flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh bia năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất, tiêu thụ
Năm 2024, sản lượng bia toàn tỉnh đạt 152,7 triệu lít, tăng 3% so với năm 2023, đạt 98,5% kế hoạch; nộp ngân sách nhà nước 1.045 tỷ đồng, chiếm 6,1% tổng thu nội địa; doanh thu của các doanh nghiệp ngành bia ước đạt 2.860 tỷ đồng.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: triệu lít
Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
Công ty TNHH Bia Hồng Lam | 118,5 | 124,2 | 130
Công ty CP Bia Cửa Hội | 23,6 | 21,4 | 22
Cơ sở bia hơi, bia thủ công | 6,2 | 7,1 | 8
Tổng cộng | 148,3 | 152,7 | 160

3. Cơ sở sản xuất bia thủ công
Đến ngày 31/12/2024, toàn tỉnh có 14 cơ sở sản xuất bia thủ công có đăng ký kinh doanh, tăng 3 cơ sở so với năm 2023, tập trung chủ yếu tại TP Vinh (9 cơ sở) và thị xã Cửa Lò (3 cơ sở). Qua kiểm tra, cơ quan chức năng phát hiện 4 cơ sở vi phạm về an toàn thực phẩm, xử phạt tổng số tiền 52 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng bia năm 2025 đạt 160 triệu lít, tăng 4,8% so với năm 2024; nộp ngân sách trên 1.100 tỷ đồng; tiếp tục triển khai Luật Phòng, chống tác hại của rượu, bia và Nghị định số 24/2020/NĐ-CP.

Nơi nhận:
- Bộ Công Thương (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "measure", "lít", subject=f"sản lượng bia {row} {col.lower()}",
               period=COLS[col], **kw)


R1, R2, R3, R4 = "Công ty TNHH Bia Hồng Lam", "Công ty CP Bia Cửa Hội", "cơ sở bia hơi, bia thủ công", "tổng cộng"
FIGS = [
    fig("đạt 152,7 triệu", "152,7", 152.7e6, "measure", "lít", percent=98.5,
        change=chg("increase", 3, "%", "năm 2023"), subject="sản lượng bia toàn tỉnh", period=Y24),
    fig("nước 1.045 tỷ", "1.045", 1045e9, "money", "đồng", percent=6.1,
        subject="nộp ngân sách nhà nước của ngành bia", period=Y24),
    fig("ước đạt 2.860 tỷ", "2.860", 2860e9, "money", "đồng", status="estimate",
        subject="doanh thu của các doanh nghiệp ngành bia", period=Y24),
    cell("Lam | 118,5", "118,5", R1, "Năm 2023"),
    cell("118,5 | 124,2", "124,2", R1, "Năm 2024"),
    cell("124,2 | 130", "130", R1, "Kế hoạch 2025"),
    cell("Hội | 23,6", "23,6", R2, "Năm 2023"),
    cell("23,6 | 21,4", "21,4", R2, "Năm 2024"),
    cell("21,4 | 22", "22", R2, "Kế hoạch 2025"),
    cell("thủ công | 6,2", "6,2", R3, "Năm 2023"),
    cell("6,2 | 7,1", "7,1", R3, "Năm 2024"),
    cell("7,1 | 8", "8", R3, "Kế hoạch 2025"),
    cell("Tổng cộng | 148,3", "148,3", R4, "Năm 2023"),
    cell("148,3 | 152,7", "152,7", R4, "Năm 2024"),
    cell("152,7 | 160", "160", R4, "Kế hoạch 2025"),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", change=chg("increase", 3, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất bia thủ công có đăng ký kinh doanh", period=ASOF),
    fig("Vinh (9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất bia thủ công có đăng ký kinh doanh",
        period=ASOF, location="Vinh"),
    fig("Cửa Lò (3 cơ sở)", "3", 3, "count", "cơ sở", subject="cơ sở sản xuất bia thủ công có đăng ký kinh doanh",
        period=ASOF, location="Cửa Lò"),
    fig("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm về an toàn thực phẩm",
        period=per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("tiền 52 triệu", "52", 52e6, "money", "đồng", subject="tổng số tiền xử phạt cơ sở vi phạm",
        period=per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("đạt 160 triệu", "160", 160e6, "measure", "lít", status="target",
        change=chg("increase", 4.8, "%", "năm 2024"), subject="sản lượng bia", period=Y25),
    fig("trên 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over", status="target",
        subject="nộp ngân sách của ngành bia", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NGHỆ AN', 'Số: 38/BC-UBND', 'Nghệ An, ngày 20 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu lít' → cells are measure in lít ×10^6; rows are companies (not places): location Nghệ An;",
    "subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' column → status target; cells get no total.",
    "Estimate cue 'ước đạt' is placed in the last clause so it governs only the revenue. 'tăng 3 cơ sở' is a change in cơ sở.",
    "'tập trung chủ yếu tại TP Vinh (9 cơ sở) và thị xã Cửa Lò (3 cơ sở)' do not add up to 14: no total; places → location.",
    "Section II 'Phấn đấu ... ; nộp ngân sách trên 1.100 tỷ đồng' → both target, period 'năm 2025' stated in the sentence.",
    "Distractors: Số: 38/BC-UBND, Nghị định số 24/2020/NĐ-CP, section numbers I./II./1.-3., the letterhead date.",
]

if __name__ == "__main__":
    write("p1242-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Nghệ An")
