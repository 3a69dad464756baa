"""p1531-2: district portal (huyện Thạch Thất, Hà Nội): paper-fan village Chàng Sơn, results 2023, plan 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
Trang chủ » Tin tức - Sự kiện » Kinh tế

Làng quạt giấy Chàng Sơn giữ nghề, tăng thu nhập
18/01/2024 - 14:05

Năm 2023, làng nghề quạt giấy xã Chàng Sơn sản xuất khoảng 1,2 triệu chiếc quạt các loại, doanh thu đạt 46 tỷ đồng, tăng 9% so với năm 2022. Toàn xã có 212 hộ làm quạt, trong đó ba chục hộ chuyên làm khung nan cung cấp cho các làng nghề lân cận.

Gia đình ông Nguyễn Văn Khải ở thôn 4 làm quạt từ thời ông nội. Xưởng của ông có 2 máy ép nan và 14 lao động; năm 2023 xuất ra thị trường từ 40 đến 50 nghìn chiếc quạt giấy, quạt lụa. "Quạt giấy loại thường tôi bán buôn 7.000 đồng/chiếc, quạt vẽ tay 35.000-60.000 đồng", ông Khải cho biết.

Theo UBND xã Chàng Sơn, thu nhập bình quân của lao động làm quạt đạt 6,5 triệu đồng/người/tháng, cao hơn 1,2 triệu đồng so với năm 2022. Quạt giấy Chàng Sơn đã đạt chứng nhận OCOP 4 sao và được xuất khẩu sang 5 nước, trong đó có Nhật Bản và Pháp.

Năm 2024, xã phấn đấu sản lượng quạt đạt 1,35 triệu chiếc, doanh thu trên 50 tỷ đồng. Dự kiến trong năm nay, huyện hỗ trợ 300 triệu đồng xây dựng điểm trưng bày sản phẩm và tổ chức 2 lớp đào tạo nghề cho 60 học viên.

Nguồn: Phòng Kinh tế huyện Thạch Thất

Tin khác:
- Thạch Thất: Hội nghị tổng kết công tác năm 2023
- Xã Chàng Sơn đón Bằng công nhận làng nghề truyền thống

Địa chỉ: Thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội | Điện thoại: 024.3367.2235
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
NOW = period("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "chiếc", approx="about",
      subject="quạt các loại làng nghề quạt giấy xã Chàng Sơn sản xuất", period=Y23),
    F("đạt 46 tỷ", "46", 46e9, "money", "đồng", change=change("increase", 9, "%", "năm 2022"),
      subject="doanh thu", period=Y23),
    F("có 212 hộ", "212", 212, "count", "hộ", subject="hộ làm quạt"),
    F("ba chục hộ", "ba chục", 30, "count", "hộ", total=212, subject="hộ chuyên làm khung nan"),
    F("có 2 máy", "2", 2, "count", "máy ép nan", subject="máy ép nan của xưởng"),
    F("và 14 lao động", "14", 14, "count", "lao động", subject="lao động của xưởng"),
    F("từ 40 đến 50 nghìn", "40", 40000, "count", "chiếc", value_max=50000,
      subject="quạt giấy, quạt lụa xưởng xuất ra thị trường", period=Y23s),
    F("buôn 7.000", "7.000", 7000, "money", "đồng/chiếc", subject="giá bán buôn quạt giấy loại thường"),
    F("35.000-60.000", "35.000", 35000, "money", "đồng", value_max=60000, subject="giá quạt vẽ tay"),
    F("đạt 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng",
      change=change("increase", 1.2e6, "đồng", "năm 2022"),
      subject="thu nhập bình quân của lao động làm quạt", period=inherit(Y23)),
    F("sang 5 nước", "5", 5, "count", "nước", subject="nước quạt giấy Chàng Sơn được xuất khẩu sang"),
    F("đạt 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", status="target", subject="sản lượng quạt", period=Y24),
    F("trên 50 tỷ", "50", 50e9, "money", "đồng", approx="over", status="target", subject="doanh thu", period=Y24),
    F("hỗ trợ 300 triệu", "300", 300e6, "money", "đồng", status="forecast",
      subject="kinh phí huyện hỗ trợ xây dựng điểm trưng bày sản phẩm", period=NOW),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp đào tạo nghề", period=NOW),
    F("cho 60 học viên", "60", 60, "count", "học viên", status="forecast",
      subject="học viên lớp đào tạo nghề", period=NOW),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner naming the district, breadcrumb, '18/01/2024 - 14:05', Nguồn, Tin khác, address footer.",
    "Distractors: 14:05, 'thôn 4', 'OCOP 4 sao', 'năm 2023' in a link title, phone 024.3367.2235.",
    "Location: the district (Thạch Thất) for every figure; Chàng Sơn is a commune of it.",
    "'ba chục hộ' = 30, part of 212 hộ after 'trong đó'. 'cao hơn 1,2 triệu đồng so với năm 2022' is the change of 6,5 triệu (comparative 'hơn', not approx).",
    "'xuất khẩu sang 5 nước, trong đó có Nhật Bản và Pháp': the list names countries, no figure.",
    "'phấn đấu' governs both clauses of its sentence (target); 'Dự kiến trong năm nay' → forecast, 'năm nay' = 2024 (published).",
    "The 6,5 triệu sentence states no period; it speaks of 2023 (baseline năm 2022; paragraph one): inherited.",
]

if __name__ == "__main__":
    write("p1531-2", TEXT, NOTES, FIGS, published="2024-01-18", location="Thạch Thất")
