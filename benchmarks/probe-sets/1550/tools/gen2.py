"""p1550-2: district portal (huyện Văn Lâm, Hưng Yên): one kettle maker's 2024 results and 2025 plans."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Tin tức / Kinh tế - Xã hội

Công ty CP Gia dụng Minh Quang nâng cao năng lực sản xuất ấm siêu tốc

05/03/2025 - 10:20

Đóng tại xã Tân Quang, Công ty cổ phần Gia dụng Minh Quang hiện vận hành hai dây chuyền lắp ráp ấm siêu tốc và một dây chuyền sơn tĩnh điện. Năm 2024, công ty sản xuất 1,35 triệu chiếc ấm, vượt 8% kế hoạch; doanh thu đạt 486 tỷ đồng, tăng 15% so với năm 2023.

Công ty hiện có 320 lao động, trong đó 214 lao động nữ; thu nhập bình quân 9,8 triệu đồng/người/tháng, cao hơn 7% so với năm trước. Năm 2024, công ty nộp ngân sách hơn 21 tỷ đồng.

Ông Đỗ Văn Quang, Giám đốc công ty cho biết, 2 tháng đầu năm 2025, công ty đã tiêu thụ khoảng 260.000 chiếc ấm, trong đó hàng xuất khẩu chiếm gần 40%. Năm nay, công ty phấn đấu doanh thu đạt 550 tỷ đồng; dự kiến tuyển thêm ba chục lao động và đưa vào sản xuất ba mẫu ấm mới có chức năng giữ nhiệt.

Theo UBND huyện, toàn huyện có 12 doanh nghiệp sản xuất đồ điện gia dụng, gồm 4 doanh nghiệp có vốn đầu tư nước ngoài và 8 doanh nghiệp trong nước, giải quyết việc làm cho khoảng 3.100 lao động. Huyện phấn đấu đến năm 2030 có ít nhất 20 doanh nghiệp trong lĩnh vực này.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Tổng kết công tác khuyến công năm 2024
- Hội nghị đối thoại doanh nghiệp quý I/2025

Địa chỉ: Số 88 đường Nguyễn Văn Linh, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.123
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
M2 = period("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
NOW = period("Năm nay", "2025-01-01", "2025-12-31")
T2030 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền lắp ráp ấm siêu tốc công ty vận hành"),
    F("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền sơn tĩnh điện"),
    F("sản xuất 1,35 triệu", "1,35", 1.35e6, "count", "chiếc",
      change=change("increase", 8, "%", "kế hoạch"),
      subject="ấm công ty sản xuất", per=Y24),
    F("đạt 486 tỷ", "486", 486e9, "money", "đồng",
      change=change("increase", 15, "%", "năm 2023"), subject="doanh thu của công ty", per=Y24),
    F("có 320 lao động", "320", 320, "count", "lao động", subject="lao động của công ty"),
    F("214 lao động nữ", "214", 214, "count", "lao động", total=320, subject="lao động nữ"),
    F("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
      change=change("increase", 7, "%", "năm trước"),
      subject="thu nhập bình quân của lao động công ty"),
    F("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của công ty", per=Y24),
    F("khoảng 260.000 chiếc", "260.000", 260000, "count", "chiếc", approx="about",
      subject="ấm công ty đã tiêu thụ", per=M2),
    F("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ trọng hàng xuất khẩu trong số ấm tiêu thụ", per=M2),
    F("đạt 550 tỷ", "550", 550e9, "money", "đồng", status="target",
      subject="doanh thu của công ty", per=NOW),
    F("thêm ba chục lao động", "ba chục", 30, "count", "lao động", status="forecast",
      subject="lao động công ty tuyển thêm", per=NOW),
    F("ba mẫu ấm", "ba", 3, "count", "mẫu ấm", status="forecast",
      subject="mẫu ấm mới có chức năng giữ nhiệt đưa vào sản xuất", per=NOW),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ điện gia dụng"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=12,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("và 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=12,
      subject="doanh nghiệp trong nước"),
    F("khoảng 3.100 lao động", "3.100", 3100, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp sản xuất đồ điện gia dụng giải quyết việc làm"),
    F("ít nhất 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp trong lĩnh vực sản xuất đồ điện gia dụng", per=T2030),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, breadcrumb, '05/03/2025 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 10:20, 'năm 2024' and 'quý I/2025' in link titles, 'Số 88 đường Nguyễn Văn Linh', phone 0221.3985.123.",
    "The company is in xã Tân Quang (huyện Văn Lâm): the district is the location throughout (default).",
    "'vượt 8% kế hoạch' is a gap to the plan: change +8 % with baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "'cao hơn 7% so với năm trước' is the change of the wage. 'trong đó 214 lao động nữ' → total 320; 'gồm 4 … và 8 …' → total 12.",
    "'trong đó hàng xuất khẩu chiếm gần 40%' is a percent figure of its own (no base amount besides the whole).",
    "'Năm nay' = 2025 (dateline). 'phấn đấu' → target; 'dự kiến' governs 'tuyển thêm ba chục' and the continuing 'và đưa vào sản xuất ba mẫu' → forecast.",
    "'đến năm 2030 … ít nhất 20' → target, at_least, start null.",
]

if __name__ == "__main__":
    write("p1550-2", TEXT, NOTES, FIGS, published="2025-03-05", location="Văn Lâm")
