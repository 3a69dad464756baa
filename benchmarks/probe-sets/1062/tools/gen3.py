"""p1062-3: formal report under letterhead (UBND tỉnh Hải Dương), ETC 9 months 2024, flattened | table."""
from lib import F, P, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
Số: 398/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai thu phí điện tử không dừng 9 tháng đầu năm 2024

Thực hiện Công văn số 5512/BGTVT-KCHT ngày 26/5/2024 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng thu phí
Trên địa bàn tỉnh có 3 trạm thu phí đường bộ với tổng số 34 làn, 100% làn đã lắp đặt hệ thống thu phí không dừng, trong đó 26 làn ETC hoàn toàn và 8 làn hỗn hợp.

2. Lưu lượng và doanh thu
9 tháng đầu năm 2024, lưu lượng xe qua các trạm đạt 14,85 triệu lượt, tăng 7,2% so với cùng kỳ; doanh thu phí đạt 1.236,4 tỷ đồng, đạt 76,8% kế hoạch năm. Chi tiết như sau:

Đơn vị tính: nghìn lượt xe
Trạm thu phí | 9 tháng 2023 | 9 tháng 2024 | Tỷ lệ ETC (%)
Trạm QL5 Km 47+550 | 6.124 | 6.538 | 95,4
Trạm cao tốc Hà Nội - Hải Phòng | 4.370 | 4.862 | 98,1
Trạm QL38B | 3.359 | 3.450 | 89,7
Tổng cộng | 13.853 | 14.850 | 95,0

3. Thu phí không dừng
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 318.640 phương tiện đã dán thẻ, đạt 92,5% tổng số ô tô đang lưu hành; trong 9 tháng đã phát sinh gần 12,7 triệu giao dịch ETC với giá trị khoảng 1.098 tỷ đồng. Thời gian xử lý mỗi giao dịch giảm còn dưới 2 giây. Còn 17 trường hợp xe bị lỗi thẻ phải xử lý thủ công, giảm 41 trường hợp so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu doanh thu phí cả năm 2024 đạt 1.610 tỷ đồng.
2. Phấn đấu đến ngày 31/12/2024, tỷ lệ phương tiện sử dụng ETC đạt trên 97%.
3. Dự kiến lắp đặt bổ sung 4 làn ETC tại trạm QL38B trong tháng 11/2024.

Nơi nhận:
- Bộ GTVT (b/c);
- Lưu: VT.
"""

M9_24 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9_24i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
IN9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
IN9i = P("trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)

ROWS = [("Trạm QL5 Km 47+550", "Km 47+550 | ", "6.124", "6.538", "95,4"),
        ("Trạm cao tốc Hà Nội - Hải Phòng", "Hải Phòng | ", "4.370", "4.862", "98,1"),
        ("Trạm QL38B", "QL38B | ", "3.359", "3.450", "89,7"),
        ("Tổng cộng", "Tổng cộng | ", "13.853", "14.850", "95,0")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 3 trạm", "3", 3, "count", "trạm", "trạm thu phí đường bộ trên địa bàn tỉnh"),
    F("tổng số 34 làn", "34", 34, "count", "làn", "làn thu phí của các trạm"),
    F("100% làn", "100", 100, "percent", "%", "làn đã lắp đặt hệ thống thu phí không dừng"),
    F("26 làn ETC", "26", 26, "count", "làn", "làn ETC hoàn toàn", total=34),
    F("8 làn hỗn hợp", "8", 8, "count", "làn", "làn hỗn hợp", total=34),
    F("đạt 14,85 triệu lượt", "14,85", 14_850_000, "count", "lượt", "lưu lượng xe qua các trạm", M9_24,
      change=chg("increase", 7.2, baseline="cùng kỳ")),
    F("đạt 1.236,4 tỷ đồng", "1.236,4", 1_236_400_000_000, "money", "đồng", "doanh thu phí", M9_24, percent=76.8),
]
for label, pre, c23, c24, etc in ROWS:
    lab = label if label != "Tổng cộng" else "các trạm (tổng cộng)"
    FIGS.append(F(f"{pre}{c23} |", c23, num(c23) * 1000, "count", "lượt xe", f"lượt xe qua {lab} 9 tháng 2023", C23))
    FIGS.append(F(f"| {c24} |", c24, num(c24) * 1000, "count", "lượt xe", f"lượt xe qua {lab} 9 tháng 2024", C24))
    FIGS.append(F(f"| {etc}\n", etc, num(etc), "percent", "%", f"tỷ lệ ETC {lab}", M9_24i))
FIGS += [
    F("có 318.640 phương tiện", "318.640", 318_640, "count", "phương tiện", "phương tiện đã dán thẻ", ASOF, percent=92.5),
    F("gần 12,7 triệu giao dịch", "12,7", 12_700_000, "count", "giao dịch", "giao dịch ETC phát sinh", IN9, approx="nearly"),
    F("khoảng 1.098 tỷ đồng", "1.098", 1_098_000_000_000, "money", "đồng", "giá trị giao dịch ETC", IN9, approx="about"),
    F("dưới 2 giây", "2", 2, "measure", "giây", "thời gian xử lý mỗi giao dịch", approx="under"),
    F("Còn 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp xe bị lỗi thẻ phải xử lý thủ công", IN9i,
      change=chg("decrease", 41, unit="trường hợp", baseline="cùng kỳ")),
    F("đạt 1.610 tỷ đồng", "1.610", 1_610_000_000_000, "money", "đồng", "doanh thu phí",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 97%", "97", 97, "percent", "%", "tỷ lệ phương tiện sử dụng ETC",
      P("đến ngày 31/12/2024", None, "2024-12-31"), approx="over", status="target"),
    F("bổ sung 4 làn", "4", 4, "count", "làn", "làn ETC lắp đặt bổ sung tại trạm QL38B",
      P("trong tháng 11/2024", "2024-11-01", "2024-11-30"), status="forecast"),
]

NOTES = [
    "UBND tỉnh Hải Dương, Số: 398/BC-UBND (invented report): thu phí không dừng 9 tháng đầu năm 2024, with a flattened '|' table.",
    "Not figures: Số 398/BC-UBND, Công văn số 5512/BGTVT-KCHT ngày 26/5/2024, section numbers I./II./1.-3., 'QL5 Km 47+550',",
    "'QL38B', heading 'QUÝ IV/2024', dateline 'ngày 08 tháng 10 năm 2024'.",
    "Table: Đơn vị tính nghìn lượt xe (×1000) for the two period columns (period from the column header, scored); the",
    "'Tỷ lệ ETC (%)' column is percent with no period in its header: 9 tháng đầu năm 2024 from the text (inherited).",
    "Station labels are not places (a station named by its road), location stays Hải Dương; the 'Tổng cộng' row is a figure",
    "of its own and table cells get no totals. 26/8 làn follow 'trong đó' after the 34 làn whole (100% stands between): total 34.",
]

if __name__ == "__main__":
    write("p1062-3", TEXT, FIGS, published="2024-10-08", location="Hải Dương", notes=NOTES)
