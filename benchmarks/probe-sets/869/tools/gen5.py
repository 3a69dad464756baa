"""p869-5: Báo Đồng Khởi (Bến Tre), ice plants in Bình Đại squeezed by the electricity price rise, 2023."""
from lib import C, F, I, P, T, write_set

TEXT = """Nhà máy nước đá ven biển gồng mình vì giá điện tăng

Những ngày này, tại thị trấn Bình Đại, nhiều nhà máy nước đá chỉ chạy cầm chừng 50-60% công suất. Theo Phòng Kinh tế - Hạ tầng huyện Bình Đại, toàn huyện có 19 cơ sở sản xuất nước đá, nhưng hiện chỉ còn 13 cơ sở hoạt động thường xuyên.

Từ ngày 9/11, giá bán lẻ điện bình quân tăng 4,5%. Ông Lê Văn Năm, chủ cơ sở nước đá Phước Thành ở ấp 3, xã Thừa Đức, cho biết: "Mỗi tháng cơ sở tôi phải trả thêm khoảng 12 triệu đồng tiền điện. Tổng tiền điện hiện lên tới 180 triệu đồng/tháng, chiếm gần 60% giá thành sản xuất". Giá bán nước đá tại cảng cá Bình Đại hiện ở mức 32.000-34.000 đồng/cây, tăng 3.000 đồng/cây so với đầu năm, nhưng các chủ cơ sở cho biết vẫn khó bù chi phí.

Năm 2023, đội tàu cá của huyện có 1.024 chiếc, trong đó 618 chiếc khai thác xa bờ. Do giá dầu cao, sản lượng đánh bắt giảm, khoảng 20% số tàu phải nằm bờ, kéo theo lượng nước đá tiêu thụ giảm mạnh. Theo thống kê, 10 tháng năm 2023, các cơ sở trên địa bàn huyện sản xuất khoảng 1,05 triệu cây đá, giảm 15% so với cùng kỳ.

Cùng với khó khăn về chi phí, chất lượng nước đá cũng là vấn đề đáng lo ngại. Đợt kiểm tra tháng 10 vừa qua, Trung tâm Y tế huyện lấy 24 mẫu nước đá tại các cơ sở, trong đó có 2 mẫu nhiễm Coliforms vượt ngưỡng cho phép.

Để tháo gỡ khó khăn, UBND huyện kiến nghị tỉnh hỗ trợ các cơ sở lắp đặt điện mặt trời áp mái; dự kiến đến năm 2025 có ít nhất 8 cơ sở áp dụng, mỗi cơ sở giảm được 25-30% chi phí tiền điện.

HỮU HIỆP
14/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("cầm chừng 50-60%", "50", 50, "percent", "%", value_max=60,
      subject="công suất hoạt động của nhà máy nước đá", location="Bình Đại"),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    F("còn 13 cơ sở", "13", 13, "count", "cơ sở", subject="cơ sở sản xuất nước đá hoạt động thường xuyên"),
    F("tăng 4,5%", "4,5", 4.5, "percent", "%", subject="giá bán lẻ điện bình quân",
      location="Việt Nam"),
    F("khoảng 12 triệu đồng", "12", 12000000, "money", "đồng/tháng", approx="about",
      subject="tiền điện phải trả thêm mỗi tháng"),
    F("180 triệu đồng/tháng", "180", 180000000, "money", "đồng/tháng", percent=60,
      subject="tổng tiền điện"),
    F("32.000-34.000 đồng/cây", "32.000", 32000, "money", "đồng/cây", value_max=34000,
      change=C("increase", 3000, "đồng/cây", baseline="đầu năm"),
      subject="giá bán nước đá tại cảng cá Bình Đại"),
    F("có 1.024 chiếc", "1.024", 1024, "count", "chiếc", subject="tàu cá của đội tàu huyện", period=Y23),
    F("618 chiếc", "618", 618, "count", "chiếc", total=1024, subject="tàu khai thác xa bờ", period=Y23),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="số tàu phải nằm bờ"),
    F("khoảng 1,05 triệu cây đá", "1,05", 1050000, "count", "cây đá", approx="about",
      change=C("decrease", 15, baseline="cùng kỳ"), subject="cây đá các cơ sở sản xuất",
      period=P("10 tháng năm 2023", "2023-01-01", "2023-10-31")),
    F("lấy 24 mẫu", "24", 24, "count", "mẫu", subject="mẫu nước đá lấy kiểm tra",
      period=P("tháng 10", "2023-10-01", "2023-10-31")),
    F("có 2 mẫu", "2", 2, "count", "mẫu", total=24, subject="mẫu nhiễm Coliforms vượt ngưỡng",
      period=P("tháng 10", "2023-10-01", "2023-10-31")),
    F("ít nhất 8 cơ sở", "8", 8, "count", "cơ sở", approx="at_least", status="forecast",
      subject="cơ sở áp dụng điện mặt trời áp mái", period=T25),
    F("25-30% chi phí", "25", 25, "percent", "%", value_max=30, status="forecast",
      subject="mức giảm chi phí tiền điện mỗi cơ sở", period=T25),
]

NOTES = [
    "Báo Đồng Khởi (Bến Tre): ice plants in huyện Bình Đại and the electricity price rise of 9/11/2023. Byline and bare date at the end.",
    "Location 'Bình Đại' (district) for the whole article; the national retail electricity price rise '4,5%' is 'Việt Nam'.",
    "'ông Lê Văn Năm', 'ấp 3', 'ngày 9/11', 'tháng 10' (period) are not figures. '180 triệu đồng/tháng, chiếm gần 60%' → percent 60.",
    "'khoảng 20% số tàu phải nằm bờ' has no period phrase in its sentence: no period. 'dự kiến' governs both clauses after it.",
    "'giảm được 25-30% chi phí' has no base amount: a percent figure (forecast).",
]

write_set("p869-5", TEXT, FIGS, NOTES, published="2023-11-14", location="Bình Đại")
