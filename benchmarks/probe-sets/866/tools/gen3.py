"""p866-3: formal report (UBND tỉnh Thái Bình), postal results of 6 months 2024, flattened '|' table by district."""
from lib import C, F, I, P, write

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thái Bình, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển dịch vụ bưu chính 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới
Tính đến 30/6/2024, toàn tỉnh có 38 doanh nghiệp cung ứng dịch vụ bưu chính, 296 điểm phục vụ, trong đó 224 điểm Bưu điện - Văn hóa xã.

2. Sản lượng, doanh thu
Sản lượng bưu gửi 6 tháng đầu năm 2024 ước đạt 14,7 triệu bưu gửi, tăng 17,6% so với cùng kỳ; doanh thu ước đạt 312,4 tỷ đồng, đạt 52,1% kế hoạch năm. Sản lượng theo địa bàn như sau:

Đơn vị tính: nghìn bưu gửi
STT | Địa bàn | 6 tháng 2023 | 6 tháng 2024 | Tăng (%)
1 | TP. Thái Bình | 5.412 | 6.380 | 17,9
2 | Đông Hưng | 1.486 | 1.702 | 14,5
3 | Hưng Hà | 1.350 | 1.611 | 19,3
4 | Quỳnh Phụ | 1.208 | 1.397 | 15,6
5 | Các huyện còn lại | 3.044 | 3.610 | 18,6
| Toàn tỉnh | 12.500 | 14.700 | 17,6

3. Dịch vụ bưu chính công ích
Thực hiện Nghị định số 47/2011/NĐ-CP, Bưu điện tỉnh chi trả lương hưu, trợ cấp bảo hiểm xã hội cho bình quân 71.850 người/tháng; tỷ lệ chi trả qua tài khoản đạt 38,2%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm sản lượng đạt 30 triệu bưu gửi, doanh thu 600 tỷ đồng.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
SUBJ = "sản lượng bưu gửi"

FIGS = [
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp cung ứng dịch vụ bưu chính", ASOF),
    F("296 điểm phục vụ", "296", 296, "count", "điểm phục vụ", "điểm phục vụ bưu chính", ASOF),
    F("trong đó 224 điểm", "224", 224, "count", "điểm Bưu điện - Văn hóa xã", "điểm Bưu điện - Văn hóa xã", ASOF,
      total=296),
    F("ước đạt 14,7 triệu bưu gửi", "14,7", 14.7e6, "count", "bưu gửi", SUBJ, H1,
      change=C("increase", 17.6, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "doanh thu dịch vụ bưu chính", H1,
      percent=52.1, status="estimate"),
]

ROWS = [
    ("1 | TP. Thái Bình | ", "Thái Bình", None, ("5.412", "6.380", "17,9")),
    ("2 | Đông Hưng | ", "Đông Hưng", None, ("1.486", "1.702", "14,5")),
    ("3 | Hưng Hà | ", "Hưng Hà", None, ("1.350", "1.611", "19,3")),
    ("4 | Quỳnh Phụ | ", "Quỳnh Phụ", None, ("1.208", "1.397", "15,6")),
    ("5 | Các huyện còn lại | ", "Thái Bình", "các huyện còn lại", ("3.044", "3.610", "18,6")),
    ("| Toàn tỉnh | ", "Thái Bình", None, ("12.500", "14.700", "17,6")),
]
for head, loc, extra, (a, b, g) in ROWS:
    subj = SUBJ + (" " + extra if extra else "")
    # revised after the first run: the subject of a table cell is its row label and its column label (FIGURES.md, Tables)
    FIGS.append(F(f"{head}{a}", a, float(a.replace(".", "")) * 1e3, "count", "bưu gửi", subj + " 6 tháng 2023", C23,
                  location=loc))
    FIGS.append(F(f"{a} | {b}", b, float(b.replace(".", "")) * 1e3, "count", "bưu gửi", subj + " 6 tháng 2024", C24,
                  location=loc))
    FIGS.append(F(f"{b} | {g}", g, float(g.replace(",", ".")), "percent", "%",
                  "tăng trưởng " + subj, I(H1), location=loc))

FIGS += [
    F("bình quân 71.850 người/tháng", "71.850", 71850, "measure", "người/tháng",
      "người được chi trả lương hưu, trợ cấp bảo hiểm xã hội", I(H1)),
    F("tài khoản đạt 38,2%", "38,2", 38.2, "percent", "%", "tỷ lệ chi trả qua tài khoản", I(H1)),
    F("đạt 30 triệu bưu gửi", "30", 30e6, "count", "bưu gửi", SUBJ, Y24, status="target"),
    F("doanh thu 600 tỷ đồng", "600", 600e9, "money", "đồng", "doanh thu dịch vụ bưu chính", Y24, status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Thái Bình (Số: 287/BC-UBND, 'Thái Bình, ngày 15 tháng 7 năm 2024'): postal results of 6 months 2024.",
    "Flattened '|' table, 'Đơn vị tính: nghìn bưu gửi' (×10^3): every numeric cell is a figure; STT numbers are not.",
    "Subject of a cell: indicator + non-place row label + column label ('sản lượng bưu gửi 6 tháng 2024'; revised after run 1).",
    "Row labels are places (location); 'Các huyện còn lại' is not a place (subject, location Thái Bình); 'Toàn tỉnh' = Thái Bình.",
    "Column periods '6 tháng 2023' / '6 tháng 2024' are scored; the growth column 'Tăng (%)' has no period in its header:",
    "  its period (6 months 2024, the report's subject) is marked inherited. Growth cells are rates as the claim (percent, no change).",
    "'trong đó 224 điểm' is part of the 296 points (total). '71.850 người/tháng' is a rate (measure, unit người/tháng).",
    "'cả năm' in section II = 2024. Distractors: Số: 287/BC-UBND, Nghị định số 47/2011/NĐ-CP, section numbers I., II., 1.-3., STT 1-5.",
]

if __name__ == "__main__":
    write("p866-3", TEXT, FIGS, notes=NOTES, published="2024-07-15", location="Thái Bình")
