"""p1123-3: UBND tỉnh Đồng Tháp formal report - làng nghề bột, hủ tiếu Sa Đéc, 6 months 2024, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Đồng Tháp, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất và bảo vệ môi trường làng nghề bột, hủ tiếu Sa Đéc 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, kinh doanh
Tính đến ngày 30/6/2024, làng nghề ở Phường 1, Phường 2 và xã Tân Quy Tây (thành phố Sa Đéc) có 146 cơ sở đang hoạt động (giảm 9 cơ sở so với cuối năm 2023), gồm 58 cơ sở sản xuất bột gạo và 88 cơ sở làm hủ tiếu, bánh phở; giải quyết việc làm cho khoảng 1.800 lao động. Tổng sản lượng 6 tháng đầu năm đạt 29.957 tấn, bằng 49,4% kế hoạch năm, tăng 7,3% so với cùng kỳ; giá trị sản xuất ước đạt 612 tỷ đồng.

Sản lượng các sản phẩm chủ yếu:
Đơn vị tính: tấn
Sản phẩm | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024 | Kế hoạch năm 2024
Bột gạo | 21.450 | 22.780 | 46.000
Hủ tiếu | 5.320 | 5.915 | 12.000
Bánh phở | 1.140 | 1.262 | 2.600
Tổng cộng | 27.910 | 29.957 | 60.600

2. Môi trường, an toàn thực phẩm
Lượng nước thải phát sinh khoảng 2.100 m³/ngày đêm, trong đó mới có 860 m³ được xử lý qua hệ thống tập trung của Cụm công nghiệp Sa Đéc, đạt 41%. Trong 6 tháng, Đoàn kiểm tra liên ngành đã kiểm tra 64 cơ sở, phát hiện 7 cơ sở vi phạm, xử phạt 38,5 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm đạt 60.600 tấn sản phẩm; hỗ trợ ít nhất 20 cơ sở đổi mới thiết bị sấy; đưa tỷ lệ nước thải được xử lý lên 60%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_23 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1_24 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SIX = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col, period, **kw):
    return fig(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col}", period=period, **kw)


FIGS = [
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở",
        change=chg("decrease", 9, "cơ sở", "cuối năm 2023"),
        subject="cơ sở làng nghề bột, hủ tiếu đang hoạt động", period=ASOF),
    fig("gồm 58 cơ sở", "58", 58, "count", "cơ sở", total=146,
        subject="cơ sở sản xuất bột gạo", period=ASOF),
    fig("và 88 cơ sở", "88", 88, "count", "cơ sở", total=146,
        subject="cơ sở làm hủ tiếu, bánh phở", period=ASOF),
    fig("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm tại làng nghề", period=ASOF),
    fig("đạt 29.957 tấn", "29.957", 29957, "measure", "tấn", percent=49.4,
        change=chg("increase", 7.3, "%", "cùng kỳ"),
        subject="tổng sản lượng làng nghề", period=H1),
    fig("ước đạt 612 tỷ", "612", 612e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất làng nghề", period=H1),
    cell("Bột gạo | 21.450", "21.450", 21450, "bột gạo", "6 tháng đầu năm 2023", H1_23),
    cell("| 22.780", "22.780", 22780, "bột gạo", "6 tháng đầu năm 2024", H1_24),
    cell("| 46.000", "46.000", 46000, "bột gạo", "kế hoạch năm 2024", KH24, status="target"),
    cell("Hủ tiếu | 5.320", "5.320", 5320, "hủ tiếu", "6 tháng đầu năm 2023", H1_23),
    cell("| 5.915", "5.915", 5915, "hủ tiếu", "6 tháng đầu năm 2024", H1_24),
    cell("| 12.000", "12.000", 12000, "hủ tiếu", "kế hoạch năm 2024", KH24, status="target"),
    cell("Bánh phở | 1.140", "1.140", 1140, "bánh phở", "6 tháng đầu năm 2023", H1_23),
    cell("| 1.262", "1.262", 1262, "bánh phở", "6 tháng đầu năm 2024", H1_24),
    cell("| 2.600", "2.600", 2600, "bánh phở", "kế hoạch năm 2024", KH24, status="target"),
    cell("Tổng cộng | 27.910", "27.910", 27910, "tổng cộng", "6 tháng đầu năm 2023", H1_23),
    cell("| 29.957 |", "29.957", 29957, "tổng cộng", "6 tháng đầu năm 2024", H1_24),
    cell("| 60.600", "60.600", 60600, "tổng cộng", "kế hoạch năm 2024", KH24, status="target"),
    fig("khoảng 2.100 m³", "2.100", 2100, "measure", "m³/ngày đêm", approx="about",
        subject="lượng nước thải phát sinh"),
    fig("có 860 m³", "860", 860, "measure", "m³", total=2100, percent=41,
        subject="nước thải được xử lý qua hệ thống tập trung của Cụm công nghiệp Sa Đéc"),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở được Đoàn kiểm tra liên ngành kiểm tra", period=SIX),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=SIX),
    fig("xử phạt 38,5 triệu", "38,5", 38.5e6, "money", "đồng", subject="tiền xử phạt", period=SIX),
    fig("đạt 60.600 tấn", "60.600", 60600, "measure", "tấn", status="target",
        subject="sản phẩm làng nghề", period=YEAR),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới thiết bị sấy", period=inh(H2)),
    fig("lên 60%", "60", 60, "percent", "%", status="target",
        subject="tỷ lệ nước thải được xử lý", period=inh(H2)),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Đồng Tháp, Số: 215/BC-UBND, 'Đồng Tháp, ngày 18 tháng 7 năm 2024').",
    "Distractors: document number 215/BC-UBND, 'Phường 1', 'Phường 2' (ward names), section numbers I., II., 1., 2., 'Lưu: VT, KT', 'Cụm công nghiệp Sa Đéc'.",
    "Flattened '|' table (Đơn vị tính: tấn); rows are products, columns periods; 'Kế hoạch năm 2024' column -> target.",
    "Cell subjects: caption indicator + row label + column label (FIGURES.md: row and column label). Cells get no total.",
    "Location: the village lies in thành phố Sa Đéc (stated), so every figure is Sa Đéc, not the province Đồng Tháp.",
    "Year-less '6 tháng đầu năm', 'Trong 6 tháng', 'cả năm' take 2024 from the title/dateline.",
    "'phát hiện 7 cơ sở vi phạm' after 'kiểm tra 64 cơ sở': no part-of cue, so no total.",
    "Section II: the first clause has 'cả năm' (scored); the other two clauses only the heading '6 THÁNG CUỐI NĂM 2024' (inherited).",
    "Wastewater figures are stated as standing amounts (no period). 860 m³: 'trong đó' part of 2.100, share 'đạt 41%'.",
]

if __name__ == "__main__":
    write("p1123-3", TEXT, NOTES, FIGS, published="2024-07-18", location="Sa Đéc")
