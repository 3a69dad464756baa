"""p1530-4: formal report (UBND tỉnh Nam Định): food-safety checks on cling film, foil, zip bags in 2024; flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm đối với dụng cụ, vật liệu bao gói thực phẩm năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 316 lượt cơ sở sản xuất, kinh doanh màng bọc thực phẩm, giấy bạc nhôm, túi zip và hộp nhựa đựng thực phẩm, tăng 12,5% so với năm 2023; phát hiện 29 cơ sở vi phạm, chiếm 9,2%; xử phạt vi phạm hành chính 186,5 triệu đồng; tiêu hủy 1.240 cuộn màng bọc PVC không rõ nguồn gốc.

2. Số lượt cơ sở được kiểm tra theo địa bàn
Đơn vị tính: lượt cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Nam Định | 142 | 168 | 118,3
Huyện Hải Hậu | 57 | 61 | 107,0
Huyện Giao Thủy | 38 | 35 | 92,1
Huyện Ý Yên | 44 | 52 | 118,2
Tổng cộng | 281 | 316 | 112,5

3. Kiểm nghiệm mẫu
Các đoàn lấy 84 mẫu màng bọc, túi đựng thực phẩm gửi kiểm nghiệm, trong đó 6 mẫu không đạt chỉ tiêu thôi nhiễm chất hóa dẻo DEHP (các mẫu số 12, 37 và 61 là màng bọc PVC nhập khẩu).

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 có 100% cơ sở sản xuất màng bọc, túi đựng thực phẩm trên địa bàn được kiểm tra ít nhất 1 lần; tỷ lệ mẫu không đạt dưới 5%.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hòa
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
CAP = "số lượt cơ sở được kiểm tra"


def cell(anchor, number, place, col):
    if col.startswith("So với"):
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"{CAP} so với cùng kỳ", location=place)
    p = Y23 if col == "Năm 2023" else Y24
    return fig(anchor, number, float(number), "count", "lượt cơ sở", subject=f"{CAP} {col.lower()}",
               period=p, location=place)


ROWS = [("TP Nam Định", "Nam Định", ["142", "168", "118,3"]),
        ("Huyện Hải Hậu", "Hải Hậu", ["57", "61", "107,0"]),
        ("Huyện Giao Thủy", "Giao Thủy", ["38", "35", "92,1"]),
        ("Huyện Ý Yên", "Ý Yên", ["44", "52", "118,2"]),
        ("Tổng cộng", "Nam Định", ["281", "316", "112,5"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("kiểm tra 316 lượt", "316", 316, "count", "lượt cơ sở", change=chg("increase", 12.5, "%", "năm 2023"),
        subject="lượt cơ sở sản xuất, kinh doanh màng bọc thực phẩm, giấy bạc nhôm, túi zip và hộp nhựa được kiểm tra",
        period=Y24),
    fig("phát hiện 29 cơ sở", "29", 29, "count", "cơ sở", percent=9.2, subject="cơ sở vi phạm", period=Y24),
    fig("hành chính 186,5 triệu", "186,5", 186.5e6, "money", "đồng", subject="tiền xử phạt vi phạm hành chính",
        period=Y24),
    fig("hủy 1.240 cuộn", "1.240", 1240, "count", "cuộn", subject="màng bọc PVC không rõ nguồn gốc bị tiêu hủy",
        period=Y24),
] + CELLS + [
    fig("lấy 84 mẫu", "84", 84, "count", "mẫu", subject="mẫu màng bọc, túi đựng thực phẩm gửi kiểm nghiệm",
        period=inh(Y24)),
    fig("trong đó 6 mẫu", "6", 6, "count", "mẫu", total=84,
        subject="mẫu không đạt chỉ tiêu thôi nhiễm chất hóa dẻo DEHP", period=inh(Y24)),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở sản xuất màng bọc, túi đựng thực phẩm được kiểm tra", period=Y25),
    fig("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target", optional=True,
        subject="số lần kiểm tra mỗi cơ sở", period=Y25),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 215/BC-UBND', 'Nam Định, ngày 18 tháng 12 năm 2024' (published), sections I/II, 1-3,",
    "'Nơi nhận', signature. Distractors: 215/BC-UBND, letterhead date, section numbers, 'mẫu số 12, 37 và 61', 'KT.', 'b/c'.",
    "Flattened '|' table with a place column, 'Đơn vị tính: lượt cơ sở': place rows go to location (TP Nam Định → 'Nam Định';",
    "'Tổng cộng' → the province, also 'Nam Định'); subject = caption + column; period from the year headers (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (ratio to last year, e.g. 118,3), no period (the header names none); no totals in cells.",
    "'phát hiện 29 cơ sở vi phạm, chiếm 9,2%' → percent attribute; no part-of cue, so no total. '84 mẫu, trong đó 6 mẫu' → total 84;",
    "section 3 has no period phrase: 'Năm 2024' inherited. Section II: 'Phấn đấu năm 2025 ... 100% ...; ... dưới 5%' → both target.",
    "Optional: 'ít nhất 1 lần' (the condition inside the 100% target, not a statistic of its own).",
]

if __name__ == "__main__":
    write("p1530-4", TEXT, NOTES, FIGS, published="2024-12-18", location="Nam Định")
