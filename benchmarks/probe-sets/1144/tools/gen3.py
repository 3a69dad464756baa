"""p1144-3: formal report (UBND tỉnh Lâm Đồng), Festival Hoa Đà Lạt lần thứ X, flattened | budget table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tổng kết Festival Hoa Đà Lạt lần thứ X - năm 2024

I. KẾT QUẢ TỔ CHỨC
1. Khách du lịch và doanh thu
Trong thời gian diễn ra Festival (từ ngày 20/12/2024 đến ngày 05/01/2025), toàn tỉnh đón khoảng 1,05 triệu lượt khách, tăng 16% so với cùng kỳ năm trước; trong đó khách quốc tế 78.000 lượt, khách lưu trú 612.000 lượt. Riêng thành phố Đà Lạt đón 795.000 lượt khách, chiếm 75,7% tổng lượt khách toàn tỉnh. Tổng thu từ du lịch ước đạt 5.460 tỷ đồng. Công suất phòng bình quân của các cơ sở lưu trú tại Đà Lạt đạt 78%, riêng các ngày cuối tuần đạt trên 95%.

2. Các hoạt động chính
Festival có 56 hoạt động, trong đó 9 hoạt động chính và 47 hoạt động hưởng ứng. Chương trình "Sắc hoa cao nguyên" trưng bày hơn 2,5 triệu chậu hoa, cây cảnh với khoảng 300 chủng loại; 3 đêm trình diễn với 14 khinh khí cầu thu hút trên 20.000 lượt người xem. Các lực lượng huy động 2.350 người bảo đảm an ninh, trật tự; 15 tổ y tế trực cấp cứu.

3. Kinh phí tổ chức
Đơn vị tính: triệu đồng
Nguồn kinh phí | Kế hoạch | Thực hiện
Ngân sách tỉnh | 15.000 | 14.620
Ngân sách cấp huyện | 4.500 | 4.380
Xã hội hóa | 20.000 | 26.150
Tổng cộng | 39.500 | 45.150
Nguồn xã hội hóa vượt 30,8% so với kế hoạch, do 64 doanh nghiệp, nhà tài trợ đóng góp.

II. PHƯƠNG HƯỚNG
Năm 2025, tỉnh phấn đấu đón 9,2 triệu lượt khách, trong đó 620.000 lượt khách quốc tế; Festival Hoa lần thứ XI dự kiến tổ chức vào tháng 12/2026 với kinh phí khoảng 45 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX2.
"""

FEST = P("từ ngày 20/12/2024 đến ngày 05/01/2025", "2024-12-20", "2025-01-05")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
M1226 = P("tháng 12/2026", "2026-12-01", "2026-12-31")


def cell(anchor, number, millions, row, col):
    return F(anchor, number, millions * 1e6, "money", "đồng",
             status="target" if col == "kế hoạch" else "actual",
             subject=f"kinh phí tổ chức {row} {col}", period=I(FEST))


FIGS = [
    F("khoảng 1,05 triệu", "1,05", 1.05e6, "count", "lượt khách", approx="about",
      change=C("increase", 16, "%", "cùng kỳ năm trước"), subject="lượt khách toàn tỉnh đón", period=FEST),
    F("quốc tế 78.000 lượt", "78.000", 78000, "count", "lượt", total=1.05e6,
      subject="lượt khách quốc tế", period=FEST),
    F("lưu trú 612.000 lượt", "612.000", 612000, "count", "lượt", total=1.05e6,
      subject="lượt khách lưu trú", period=FEST),
    F("đón 795.000 lượt", "795.000", 795000, "count", "lượt khách", percent=75.7,
      subject="lượt khách đón", period=I(FEST), location="Đà Lạt"),
    F("ước đạt 5.460 tỷ", "5.460", 5460e9, "money", "đồng", status="estimate",
      subject="tổng thu từ du lịch", period=I(FEST)),
    F("Đà Lạt đạt 78%", "78", 78, "percent", "%",
      subject="công suất phòng bình quân của các cơ sở lưu trú", period=I(FEST), location="Đà Lạt"),
    F("đạt trên 95%", "95", 95, "percent", "%", approx="over",
      subject="công suất phòng các ngày cuối tuần", period=I(FEST), location="Đà Lạt"),
    F("có 56 hoạt động", "56", 56, "count", "hoạt động", subject="hoạt động của Festival"),
    F("9 hoạt động chính", "9", 9, "count", "hoạt động", total=56, subject="hoạt động chính"),
    F("47 hoạt động", "47", 47, "count", "hoạt động", total=56, subject="hoạt động hưởng ứng"),
    F("hơn 2,5 triệu", "2,5", 2.5e6, "count", "chậu hoa, cây cảnh", approx="over",
      subject="chậu hoa, cây cảnh trưng bày"),
    F("khoảng 300 chủng loại", "300", 300, "count", "chủng loại", approx="about",
      subject="chủng loại hoa, cây cảnh"),
    F("3 đêm trình diễn", "3", 3, "count", "đêm trình diễn", subject="đêm trình diễn khinh khí cầu"),
    F("với 14 khinh khí cầu", "14", 14, "count", "khinh khí cầu", subject="khinh khí cầu trình diễn"),
    F("trên 20.000 lượt", "20.000", 20000, "count", "lượt người xem", approx="over",
      subject="lượt người xem trình diễn khinh khí cầu"),
    F("huy động 2.350 người", "2.350", 2350, "count", "người", subject="người bảo đảm an ninh, trật tự"),
    F("15 tổ y tế", "15", 15, "count", "tổ y tế", subject="tổ y tế trực cấp cứu"),
    cell("tỉnh | 15.000", "15.000", 15000, "ngân sách tỉnh", "kế hoạch"),
    cell("15.000 | 14.620", "14.620", 14620, "ngân sách tỉnh", "thực hiện"),
    cell("huyện | 4.500", "4.500", 4500, "ngân sách cấp huyện", "kế hoạch"),
    cell("4.500 | 4.380", "4.380", 4380, "ngân sách cấp huyện", "thực hiện"),
    cell("hóa | 20.000", "20.000", 20000, "xã hội hóa", "kế hoạch"),
    cell("20.000 | 26.150", "26.150", 26150, "xã hội hóa", "thực hiện"),
    cell("cộng | 39.500", "39.500", 39500, "tổng cộng", "kế hoạch"),
    cell("39.500 | 45.150", "45.150", 45150, "tổng cộng", "thực hiện"),
    F("vượt 30,8%", "30,8", 30.8, "percent", "%", subject="nguồn xã hội hóa vượt so với kế hoạch"),
    F("do 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp, nhà tài trợ",
      subject="doanh nghiệp, nhà tài trợ đóng góp xã hội hóa"),
    F("đón 9,2 triệu", "9,2", 9.2e6, "count", "lượt khách", status="target", subject="lượt khách", period=Y25),
    F("620.000 lượt", "620.000", 620000, "count", "lượt khách quốc tế", status="target", total=9.2e6,
      subject="lượt khách quốc tế", period=Y25),
    F("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí tổ chức Festival Hoa lần thứ XI", period=M1226),
]

NOTES = [
    "Revised after the first run: the place was removed from one subject (a figure's own place belongs to location, not subject).",
    "Formal report under letterhead: 'UBND TỈNH LÂM ĐỒNG', 'Số: 18/BC-UBND', 'Lâm Đồng, ngày 20 tháng 01 năm 2025' (published).",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (cells ×10^6 đồng); rows are budget sources (not places), columns Kế hoạch (status target) / Thực hiện.",
    "Cell subject = caption 'kinh phí tổ chức' + row + column; period inherited from the festival dates. No totals for cells; the 'Tổng cộng' row is its own figures.",
    "'Riêng thành phố Đà Lạt' and 'tại Đà Lạt' give Đà Lạt; 'toàn tỉnh' and the festival's activities stay Lâm Đồng. 'Riêng' is not a part-of-whole cue, so 795.000 has no total.",
    "'vượt 30,8% so với kế hoạch' stands alone (no base amount in its sentence): a percent figure.",
    "Distractors: Số 18/BC-UBND, 'lần thứ X', 'lần thứ XI', section numbers I./II./1.-3., 'VX2', the program name.",
]

if __name__ == "__main__":
    write("p1144-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Lâm Đồng")
