"""p773-5: Báo Quảng Trị (Party newspaper), prostheses for landmine victims, byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Báo Quảng Trị > Xã hội

Hơn 2.100 chân tay giả đến với nạn nhân bom mìn

Từ năm 2015 đến nay, dự án hỗ trợ phục hồi chức năng cho nạn nhân bom mìn do các tổ chức quốc tế tài trợ đã lắp mới và thay thế hơn 2.100 chân tay giả cho người dân trên địa bàn tỉnh Quảng Trị, với tổng kinh phí gần 1,9 triệu USD.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 8.795 nạn nhân bom mìn còn sống, trong đó 3.420 người bị cụt chi, chiếm 38,9%. Các địa phương có nhiều nạn nhân là huyện Gio Linh (1.652 người), Vĩnh Linh (1.437 người) và Cam Lộ (1.105 người).

Riêng năm 2024, Trung tâm Chỉnh hình và Phục hồi chức năng tỉnh, đóng tại số 129 đường Lê Duẩn, TP Đông Hà, đã tiếp nhận 1.046 lượt bệnh nhân, gấp 1,5 lần năm 2023; cấp 318 chân giả, 57 tay giả và 212 xe lăn. Số trẻ em khuyết tật được can thiệp sớm tại Trung tâm tăng gấp 3 lần so với năm 2019.

Ông Lê Văn Hòa, Giám đốc Trung tâm cho biết, chi phí một chân giả từ 6 đến 8 triệu đồng, một chiếc xe lăn thể thao khoảng 12 triệu đồng; nhiều người dân ở vùng sâu phải đi hơn 60 km theo Quốc lộ 9 để đến Trung tâm.

Giai đoạn 2025-2030, tỉnh phấn đấu 100% nạn nhân bom mìn có nhu cầu được cấp dụng cụ trợ giúp, hằng năm khám sàng lọc cho khoảng 1.500 người. Người dân cần hỗ trợ có thể gọi đường dây nóng 0233.3852.456.

Thanh Tâm

25/11/2024
"""

SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-11-25")
Y24 = P("Riêng năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("Hơn 2.100 chân tay giả", "2.100", 2100, "count", "chân tay giả", "chân tay giả đến với nạn nhân bom mìn",
      approx="over"),
    F("hơn 2.100 chân tay giả cho", "2.100", 2100, "count", "chân tay giả",
      "chân tay giả dự án hỗ trợ phục hồi chức năng cho nạn nhân bom mìn lắp mới và thay thế", SINCE, approx="over"),
    F("gần 1,9 triệu USD", "1,9", 1900000, "money", "USD",
      "tổng kinh phí dự án hỗ trợ phục hồi chức năng cho nạn nhân bom mìn", SINCE, approx="nearly"),
    F("có 8.795 nạn nhân", "8.795", 8795, "count", "nạn nhân bom mìn", "nạn nhân bom mìn còn sống"),
    F("3.420 người", "3.420", 3420, "count", "người", "nạn nhân bom mìn bị cụt chi", total=8795, percent=38.9),
    F("Gio Linh (1.652 người)", "1.652", 1652, "count", "người", "nạn nhân bom mìn", location="Gio Linh"),
    F("Vĩnh Linh (1.437 người)", "1.437", 1437, "count", "người", "nạn nhân bom mìn", location="Vĩnh Linh"),
    F("Cam Lộ (1.105 người)", "1.105", 1105, "count", "người", "nạn nhân bom mìn", location="Cam Lộ"),
    F("tiếp nhận 1.046 lượt", "1.046", 1046, "count", "lượt bệnh nhân",
      "lượt bệnh nhân Trung tâm Chỉnh hình và Phục hồi chức năng tỉnh tiếp nhận", Y24,
      change=CH("increase", 1.5, unit="lần", baseline="năm 2023")),
    F("cấp 318 chân giả", "318", 318, "count", "chân giả", "chân giả Trung tâm cấp", Y24),
    F("57 tay giả", "57", 57, "count", "tay giả", "tay giả Trung tâm cấp", Y24),
    F("212 xe lăn", "212", 212, "count", "xe lăn", "xe lăn Trung tâm cấp", Y24),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số trẻ em khuyết tật được can thiệp sớm tại Trung tâm", I(Y24)),
    F("từ 6 đến 8 triệu đồng", "6", 6000000, "money", "đồng", "chi phí một chân giả", value_max=8000000),
    F("khoảng 12 triệu đồng", "12", 12000000, "money", "đồng", "chi phí một chiếc xe lăn thể thao", approx="about"),
    F("hơn 60 km", "60", 60, "measure", "km", "quãng đường người dân ở vùng sâu phải đi để đến Trung tâm",
      approx="over"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "nạn nhân bom mìn có nhu cầu được cấp dụng cụ trợ giúp", G,
      status="target"),
    F("khoảng 1.500 người", "1.500", 1500, "count", "người", "người được khám sàng lọc hằng năm", G,
      approx="about", status="target"),
]

COMMENTS = [
    "Báo Quảng Trị: chân tay giả, xe lăn cho nạn nhân bom mìn; byline and bare date 25/11/2024 at the end (published).",
    "'Từ năm 2015 đến nay' ends at the published date. 'gấp 1,5 lần năm 2023' after 1.046 lượt is its change (unit lần);",
    "'Số trẻ em … tăng gấp 3 lần so với năm 2019' has no base amount, so it is a multiple figure standing alone.",
    "District items after a provincial count: location = district, no total (no cue; they are 'nhiều nạn nhân' examples).",
    "Not figures: số 129 đường Lê Duẩn, Quốc lộ 9, hotline 0233.3852.456, năm 2015/2019, giai đoạn 2025-2030.",
]

if __name__ == "__main__":
    emit("p773-5", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Quảng Trị")
