"""p631-3: UBND tỉnh Hậu Giang formal report — trade infrastructure 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HẬU GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển hạ tầng thương mại 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống chợ
Tính đến ngày 30/9/2024, toàn tỉnh có 112 chợ đang hoạt động (không tính 6 chợ tạm), tăng 3 chợ so với cuối năm 2023. Cụ thể như sau:

Bảng 1. Hệ thống chợ theo hạng
Hạng chợ | Số chợ (chợ) | Hộ kinh doanh (hộ) | Diện tích (m²)
Chợ hạng I | 2 | 1.146 | 18.420
Chợ hạng II | 15 | 2.875 | 41.350
Chợ hạng III | 95 | 5.612 | 96.800
Tổng cộng | 112 | 9.633 | 156.570

2. Siêu thị, trung tâm thương mại, cửa hàng tiện lợi
Toàn tỉnh có 9 siêu thị (tăng 1 siêu thị), 2 trung tâm thương mại và 146 cửa hàng tiện lợi. Doanh thu bán lẻ qua hệ thống siêu thị 9 tháng ước đạt 1.284,6 tỷ đồng (quý III/2024 đạt 451,2 tỷ đồng), bằng 76,5% kế hoạch năm, tăng 8,2% so với cùng kỳ.

3. Vốn đầu tư, thu dịch vụ chợ
9 tháng, vốn đầu tư xây dựng, nâng cấp chợ thực hiện 42,7 tỷ đồng/60 tỷ đồng kế hoạch; trong đó vốn ngân sách 17,3 tỷ đồng, vốn doanh nghiệp, hợp tác xã 25,4 tỷ đồng. Thu dịch vụ sử dụng diện tích bán hàng tại chợ ước đạt 9,15 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đưa vào hoạt động 3 chợ nông thôn tại huyện Phụng Hiệp, Long Mỹ; tổng mức bán lẻ hàng hóa cả năm đạt 64.500 tỷ đồng.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(ASOF)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("có 112 chợ", "112", 112, "count", "chợ", "chợ đang hoạt động", ASOF,
      change=CH("increase", 3, "chợ", "cuối năm 2023")),
    F("6 chợ tạm", "6", 6, "count", "chợ", "chợ tạm", ASOF),
    # table: row label + column label; units from the column headers; period from the as-of sentence before it
    F("hạng I | 2 |", "2", 2, "count", "chợ", "số chợ hạng I", TAB),
    F("| 1.146 |", "1.146", 1146, "count", "hộ", "hộ kinh doanh chợ hạng I", TAB),
    F("| 18.420", "18.420", 18420, "measure", "m²", "diện tích chợ hạng I", TAB),
    F("hạng II | 15 |", "15", 15, "count", "chợ", "số chợ hạng II", TAB),
    F("| 2.875 |", "2.875", 2875, "count", "hộ", "hộ kinh doanh chợ hạng II", TAB),
    F("| 41.350", "41.350", 41350, "measure", "m²", "diện tích chợ hạng II", TAB),
    F("hạng III | 95 |", "95", 95, "count", "chợ", "số chợ hạng III", TAB),
    F("| 5.612 |", "5.612", 5612, "count", "hộ", "hộ kinh doanh chợ hạng III", TAB),
    F("| 96.800", "96.800", 96800, "measure", "m²", "diện tích chợ hạng III", TAB),
    F("Tổng cộng | 112", "112", 112, "count", "chợ", "tổng cộng số chợ", TAB),
    F("| 9.633 |", "9.633", 9633, "count", "hộ", "tổng cộng hộ kinh doanh", TAB),
    F("| 156.570", "156.570", 156570, "measure", "m²", "tổng cộng diện tích chợ", TAB),
    F("có 9 siêu thị", "9", 9, "count", "siêu thị", "siêu thị", change=CH("increase", 1, "siêu thị")),
    F("2 trung tâm thương mại", "2", 2, "count", "trung tâm thương mại", "trung tâm thương mại"),
    F("146 cửa hàng", "146", 146, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi"),
    F("đạt 1.284,6 tỷ", "1.284,6", 1284600000000, "money", "đồng", "doanh thu bán lẻ qua hệ thống siêu thị", M9,
      percent=76.5, change=CH("increase", 8.2, "%", "cùng kỳ"), status="estimate"),
    F("đạt 451,2 tỷ", "451,2", 451200000000, "money", "đồng", "doanh thu bán lẻ qua hệ thống siêu thị quý III/2024",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("thực hiện 42,7 tỷ", "42,7", 42700000000, "money", "đồng", "vốn đầu tư xây dựng, nâng cấp chợ thực hiện", M9,
      target=TG(60000000000, "đồng")),
    F("sách 17,3 tỷ", "17,3", 17300000000, "money", "đồng", "vốn ngân sách đầu tư xây dựng, nâng cấp chợ", M9,
      total=42700000000),
    F("xã 25,4 tỷ", "25,4", 25400000000, "money", "đồng", "vốn doanh nghiệp, hợp tác xã đầu tư xây dựng, nâng cấp chợ",
      M9, total=42700000000),
    F("đạt 9,15 tỷ", "9,15", 9150000000, "money", "đồng", "thu dịch vụ sử dụng diện tích bán hàng tại chợ", I(M9),
      status="estimate"),
    F("3 chợ nông thôn", "3", 3, "count", "chợ nông thôn", "chợ nông thôn đưa vào hoạt động",
      I(P("quý IV/2024", "2024-10-01", "2024-12-31")), status="target"),
    F("đạt 64.500 tỷ", "64.500", 64500000000000, "money", "đồng", "tổng mức bán lẻ hàng hóa",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Hậu Giang, 'Số: 287/BC-UBND', 'Hậu Giang, ngày 08 tháng 10 năm 2024' (dateline).",
    "Flattened '|' table by market class with units in the column headers; every numeric cell (the Tổng cộng row included) is a",
    "figure; table cells get no total (no cue) and inherit the as-of period of the sentence before the table (unscored).",
    "Distractors: 'Số: 287/BC-UBND', 'Bảng 1', section numbers I./II./1./2./3., 'hạng I/II/III', 'QUÝ IV/2024' heading.",
    "'42,7 tỷ đồng/60 tỷ đồng kế hoạch' -> target 60 tỷ, not a total; 17,3 + 25,4 = 42,7 (trong đó).",
    "'(quý III/2024 đạt 451,2 tỷ đồng)' is an actual bracketed figure with its own verb; the share and change after it belong",
    "to the 9-month estimate 1.284,6 tỷ. 'tăng 1 siêu thị' and 'tăng 3 chợ so với cuối năm 2023' are changes.",
    "Tasks section: 'Phấn đấu' governs both clauses -> target; 'cả năm' = năm 2024.",
]

if __name__ == "__main__":
    emit("p631-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hậu Giang")
