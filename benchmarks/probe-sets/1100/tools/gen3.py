"""p1100-3: UBND tỉnh Quảng Trị formal report on the reading-culture scheme 2023, flattened | table."""
from lib import F, P, year, inh, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Quảng Trị, ngày 22 tháng 02 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển văn hóa đọc trong cộng đồng năm 2023

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống thư viện
Tính đến 31/12/2023, toàn tỉnh có 9 thư viện cấp huyện, 126 tủ sách cộng đồng và 412 thư viện trường học, trong đó 298 thư viện đạt chuẩn mức độ 1 trở lên, chiếm 72,3%.

2. Hoạt động phục vụ bạn đọc
Năm 2023, Thư viện tỉnh cấp mới 1.245 thẻ bạn đọc, phục vụ 186.500 lượt bạn đọc, luân chuyển 402.300 lượt sách, báo, đạt 103,4% kế hoạch năm. Tổ chức 12 đợt xe thư viện lưu động tại các xã vùng sâu, phục vụ trên 15.000 lượt học sinh. Hội sách tỉnh lần thứ V bán được 9.870 bản sách, doanh thu khoảng 620 triệu đồng.

3. Luân chuyển sách tại 4 huyện thí điểm
Bảng 1. Sách bổ sung, luân chuyển và quyên góp năm 2023
Đơn vị tính: bản
Địa phương | Sách bổ sung | Sách luân chuyển | Sách quyên góp
Vĩnh Linh | 3.420 | 8.150 | 1.260
Gio Linh | 2.980 | 7.420 | 940
Hướng Hóa | 4.150 | 9.880 | 2.310
Đakrông | 2.760 | 6.300 | 1.870
Tổng cộng | 13.310 | 31.750 | 6.380

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
Phấn đấu 80% thư viện trường học đạt chuẩn; bổ sung 25.000 bản sách mới cho hệ thống thư viện; tổ chức ít nhất 15 đợt xe thư viện lưu động. Kinh phí dự kiến 1,8 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")
Y23 = year(2023, "Năm 2023")
Y23i = inh(Y23)
TAB = year(2023, "năm 2023", inherited=True)
PLAN = year(2024, "NĂM 2024", inherited=True)

FIGS = [
    F("có 9 thư viện cấp huyện", "9", 9, "count", "thư viện cấp huyện", "thư viện cấp huyện", ASOF),
    F("126 tủ sách cộng đồng", "126", 126, "count", "tủ sách cộng đồng", "tủ sách cộng đồng", ASOF),
    F("và 412 thư viện trường học", "412", 412, "count", "thư viện trường học", "thư viện trường học", ASOF),
    F("trong đó 298 thư viện", "298", 298, "count", "thư viện", "thư viện trường học đạt chuẩn mức độ 1 trở lên",
      ASOF, total=412, percent=72.3),
    F("cấp mới 1.245 thẻ", "1.245", 1245, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", Y23),
    F("phục vụ 186.500 lượt", "186.500", 186500, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ", Y23),
    F("luân chuyển 402.300 lượt", "402.300", 402300, "count", "lượt sách, báo", "lượt sách, báo luân chuyển", Y23,
      percent=103.4),
    F("Tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt xe thư viện lưu động", Y23i),
    F("trên 15.000 lượt học sinh", "15.000", 15000, "count", "lượt học sinh",
      "lượt học sinh được xe thư viện lưu động phục vụ", Y23i, approx="over"),
    F("bán được 9.870 bản", "9.870", 9870, "count", "bản sách", "sách bán tại Hội sách tỉnh", Y23i),
    F("khoảng 620 triệu đồng", "620", 620e6, "money", "đồng", "doanh thu Hội sách tỉnh", Y23i, approx="about"),
    F("tại 4 huyện thí điểm", "4", 4, "count", "huyện", "huyện thí điểm luân chuyển sách", optional=True),
    # table, Đơn vị tính: bản; the row place is the location; period from the caption line (inherited)
    F("Vĩnh Linh | 3.420", "3.420", 3420, "count", "bản", "sách bổ sung", TAB, location="Vĩnh Linh"),
    F("| 8.150 |", "8.150", 8150, "count", "bản", "sách luân chuyển", TAB, location="Vĩnh Linh"),
    F("| 1.260", "1.260", 1260, "count", "bản", "sách quyên góp", TAB, location="Vĩnh Linh"),
    F("Gio Linh | 2.980", "2.980", 2980, "count", "bản", "sách bổ sung", TAB, location="Gio Linh"),
    F("| 7.420 |", "7.420", 7420, "count", "bản", "sách luân chuyển", TAB, location="Gio Linh"),
    F("| 940\n", "940", 940, "count", "bản", "sách quyên góp", TAB, location="Gio Linh"),
    F("Hướng Hóa | 4.150", "4.150", 4150, "count", "bản", "sách bổ sung", TAB, location="Hướng Hóa"),
    F("| 9.880 |", "9.880", 9880, "count", "bản", "sách luân chuyển", TAB, location="Hướng Hóa"),
    F("| 2.310", "2.310", 2310, "count", "bản", "sách quyên góp", TAB, location="Hướng Hóa"),
    F("Đakrông | 2.760", "2.760", 2760, "count", "bản", "sách bổ sung", TAB, location="Đakrông"),
    F("| 6.300 |", "6.300", 6300, "count", "bản", "sách luân chuyển", TAB, location="Đakrông"),
    F("| 1.870", "1.870", 1870, "count", "bản", "sách quyên góp", TAB, location="Đakrông"),
    F("Tổng cộng | 13.310", "13.310", 13310, "count", "bản", "sách bổ sung tổng cộng", TAB),
    F("| 31.750 |", "31.750", 31750, "count", "bản", "sách luân chuyển tổng cộng", TAB),
    F("| 6.380", "6.380", 6380, "count", "bản", "sách quyên góp tổng cộng", TAB),
    F("Phấn đấu 80%", "80", 80, "percent", "%", "tỷ lệ thư viện trường học đạt chuẩn", PLAN, status="target"),
    F("bổ sung 25.000 bản", "25.000", 25000, "count", "bản sách", "sách mới bổ sung cho hệ thống thư viện", PLAN,
      status="target"),
    F("ít nhất 15 đợt", "15", 15, "count", "đợt", "đợt xe thư viện lưu động", PLAN, approx="at_least",
      status="target"),
    F("dự kiến 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", PLAN, status="forecast"),
]

NOTES = [
    "UBND tỉnh Quảng Trị, Báo cáo số 38/BC-UBND: Đề án phát triển văn hóa đọc năm 2023; flattened '|' table of 4 pilot districts.",
    "Dateline 'Quảng Trị, ngày 22 tháng 02 năm 2024' is published. 'mức độ 1', 'lần thứ V', 'Quyết định số 329/QĐ-TTg' and section",
    "numbers are not figures; the heading's '4 huyện thí điểm' (it names the table rows) is optional. Table cells: no totals; the",
    "Tổng cộng row is its own figure with location Quảng Trị; periods from the caption line (inherited). 'đạt 103,4% kế hoạch năm'",
    "is the percent of 402.300. Plan section: heading 'NĂM 2024' inherited; Phấn đấu -> target, dự kiến -> forecast.",
]

if __name__ == "__main__":
    write("p1100-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Quảng Trị")
