"""p1227-3: formal report (UBND tỉnh Thái Nguyên), 2023 sign language and braille support, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 468/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả hỗ trợ người khuyết tật nghe, nhìn tiếp cận thông tin năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Phiên dịch ngôn ngữ ký hiệu
Năm 2023, Đài Phát thanh - Truyền hình tỉnh duy trì phiên dịch ngôn ngữ ký hiệu trong 298 bản tin thời sự, tăng 84 bản tin so với năm 2022, tổng thời lượng khoảng 149 giờ. Tỉnh tổ chức 4 lớp tập huấn ngôn ngữ ký hiệu cho 126 cán bộ, giáo viên, trong đó 23 người đạt trình độ phiên dịch cơ bản.

2. Cấp phát sách chữ nổi
Năm 2023, toàn tỉnh cấp phát 1.610 cuốn sách chữ nổi, bằng 107,3% kế hoạch. Kết quả theo địa bàn:
Đơn vị tính: cuốn
Địa bàn | Sách giáo khoa | Sách tham khảo | Tổng số
TP Thái Nguyên | 412 | 236 | 648
TP Phổ Yên | 185 | 97 | 282
Huyện Đại Từ | 203 | 118 | 321
Huyện Phú Bình | 156 | 81 | 237
Huyện Võ Nhai | 78 | 44 | 122
Tổng cộng | 1.034 | 576 | 1.610

3. Hỗ trợ khác
Tính đến ngày 30/11/2023, 100% người khuyết tật nghe, nhìn thuộc hộ nghèo được hỗ trợ máy trợ thính, kính lúp hoặc máy đọc sách; mức trợ cấp xã hội từ 540.000 đến 1.080.000 đồng/người/tháng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% bản tin thời sự hằng ngày của Đài có phiên dịch ngôn ngữ ký hiệu; cấp phát khoảng 1.800 cuốn sách chữ nổi. Kinh phí thực hiện dự kiến 1,65 tỷ đồng.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23a = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {"Sách giáo khoa": "sách giáo khoa chữ nổi cấp phát",
        "Sách tham khảo": "sách tham khảo chữ nổi cấp phát",
        "Tổng số": "tổng số sách chữ nổi cấp phát"}
PLACE = {"TP Thái Nguyên": "Thái Nguyên", "TP Phổ Yên": "Phổ Yên", "Huyện Đại Từ": "Đại Từ",
         "Huyện Phú Bình": "Phú Bình", "Huyện Võ Nhai": "Võ Nhai", "Tổng cộng": "Thái Nguyên"}


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cuốn", subject=COLS[col], period=I(Y23b), location=PLACE[row])


FIGS = [
    F("trong 298 bản tin", "298", 298, "count", "bản tin",
      change=C("increase", 84, "bản tin", "năm 2022"),
      subject="bản tin thời sự có phiên dịch ngôn ngữ ký hiệu", period=Y23a),
    F("khoảng 149 giờ", "149", 149, "measure", "giờ", approx="about",
      subject="tổng thời lượng phiên dịch ngôn ngữ ký hiệu", period=Y23a),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", subject="lớp tập huấn ngôn ngữ ký hiệu", period=I(Y23a)),
    F("cho 126 cán bộ", "126", 126, "count", "cán bộ, giáo viên",
      subject="cán bộ, giáo viên được tập huấn ngôn ngữ ký hiệu", period=I(Y23a)),
    F("trong đó 23 người", "23", 23, "count", "người", total=126,
      subject="người đạt trình độ phiên dịch cơ bản", period=I(Y23a)),
    F("cấp phát 1.610 cuốn", "1.610", 1610, "count", "cuốn", percent=107.3,
      subject="sách chữ nổi cấp phát", period=Y23b),
    cell("Nguyên | 412", "412", 412, "TP Thái Nguyên", "Sách giáo khoa"),
    cell("412 | 236", "236", 236, "TP Thái Nguyên", "Sách tham khảo"),
    cell("236 | 648", "648", 648, "TP Thái Nguyên", "Tổng số"),
    cell("Yên | 185", "185", 185, "TP Phổ Yên", "Sách giáo khoa"),
    cell("185 | 97", "97", 97, "TP Phổ Yên", "Sách tham khảo"),
    cell("97 | 282", "282", 282, "TP Phổ Yên", "Tổng số"),
    cell("Từ | 203", "203", 203, "Huyện Đại Từ", "Sách giáo khoa"),
    cell("203 | 118", "118", 118, "Huyện Đại Từ", "Sách tham khảo"),
    cell("118 | 321", "321", 321, "Huyện Đại Từ", "Tổng số"),
    cell("Bình | 156", "156", 156, "Huyện Phú Bình", "Sách giáo khoa"),
    cell("156 | 81", "81", 81, "Huyện Phú Bình", "Sách tham khảo"),
    cell("81 | 237", "237", 237, "Huyện Phú Bình", "Tổng số"),
    cell("Nhai | 78", "78", 78, "Huyện Võ Nhai", "Sách giáo khoa"),
    cell("78 | 44", "44", 44, "Huyện Võ Nhai", "Sách tham khảo"),
    cell("44 | 122", "122", 122, "Huyện Võ Nhai", "Tổng số"),
    cell("cộng | 1.034", "1.034", 1034, "Tổng cộng", "Sách giáo khoa"),
    cell("1.034 | 576", "576", 576, "Tổng cộng", "Sách tham khảo"),
    cell("576 | 1.610", "1.610", 1610, "Tổng cộng", "Tổng số"),
    F("2023, 100%", "100", 100, "percent", "%",
      subject="người khuyết tật nghe, nhìn thuộc hộ nghèo được hỗ trợ máy trợ thính, kính lúp hoặc máy đọc sách",
      period=ASOF),
    F("từ 540.000 đến", "540.000", 540000, "money", "đồng/người/tháng", value_max=1080000,
      subject="mức trợ cấp xã hội"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="bản tin thời sự hằng ngày của Đài có phiên dịch ngôn ngữ ký hiệu", period=Y24),
    F("khoảng 1.800 cuốn", "1.800", 1800, "count", "cuốn", approx="about", status="target",
      subject="sách chữ nổi cấp phát", period=Y24),
    F("dự kiến 1,65 tỷ", "1,65", 1650000000, "money", "đồng", status="forecast",
      subject="kinh phí thực hiện", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI NGUYÊN', 'Số: 468/BC-UBND', 'Thái Nguyên, ngày 18 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: cuốn', rows are places (→ location; TP Thái Nguyên reduces to Thái Nguyên, the 'Tổng cộng' row",
    "is the province), subject = column label + 'chữ nổi cấp phát'; period 'Năm 2023' from the sentence before the table (inherited).",
    "Table cells get no totals (no cue); the 'Tổng cộng' row and 'Tổng số' column are their own figures.",
    "Distractors: 'Số: 468/BC-UBND', section numbers I./II./1.-3., 'ngày 18 tháng 12 năm 2023', 'Lưu: VT, KGVX'.",
    "23 người is part of 126 (trong đó). 'tăng 84 bản tin so với năm 2022' is a change in bản tin. Section II heading gives 2024 (inherited);",
    "'Phấn đấu' governs both clauses after it; 'dự kiến' → forecast. Subsidy level is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1227-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Thái Nguyên")
