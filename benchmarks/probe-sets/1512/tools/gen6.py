"""p1512-6: national newspaper: small apartments in TP HCM push sales of folding furniture; e-commerce, prices."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 17/11/2024, 09:12 (GMT+7)

Đồ nội thất gấp gọn đắt hàng nhờ căn hộ nhỏ

Căn hộ diện tích dưới 50 m2 ở TP HCM ngày càng phổ biến khiến cầu là treo tường, giá phơi gấp, bàn ăn gấp bán chạy, nhiều mẫu tăng giá 10-15% so với đầu năm.

Tại cửa hàng số 412 Phan Văn Trị (quận Gò Vấp), chị Lê Thị Ngọc Hân cho biết mỗi ngày bán được 25-30 chiếc cầu là và giá phơi gấp gọn, gấp rưỡi cùng kỳ năm ngoái. Loại cầu là đứng có giá từ 390.000 đến 850.000 đồng, cầu là treo tường gắn gương lên tới 2,3 triệu đồng. "Khách thuê trọ thích loại gấp được, treo sau cánh cửa, dùng xong cất gọn", chị Hân nói.

Theo báo cáo của một nền tảng phân tích dữ liệu thương mại điện tử, 10 tháng năm 2024, doanh số nhóm hàng cầu là, giá phơi và nội thất gấp gọn trên 4 sàn lớn đạt khoảng 1.860 tỷ đồng, tăng 34% so với cùng kỳ; sản lượng bán ra hơn 5,2 triệu sản phẩm. Hàng nội địa chiếm khoảng 58% doanh số, phần còn lại là hàng nhập khẩu, chủ yếu từ Trung Quốc.

Ông Phạm Quốc Bảo, Giám đốc Công ty CP Nội thất Thông Minh Sao Mai (TP Thủ Đức), cho biết năm nay doanh nghiệp dự kiến bán khoảng 60.000 bộ bàn ghế gấp, tăng gần 20% so với năm 2023. Công ty đặt mục tiêu đến năm 2026 mở 15 showroom tại các thành phố lớn, hiện đã có 6 showroom ở TP HCM, Hà Nội và Đà Nẵng.

Thanh Lan

Xem thêm: Giá sắt thép tháng 11 giảm lần thứ 3 liên tiếp
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")
GV, TD, VN = "Gò Vấp", "Thủ Đức", "Việt Nam"

FIGS = [
    F("dưới 50 m2", "50", 50, "measure", "m2", approx="under",
      subject="diện tích căn hộ", optional=True),
    F("tăng giá 10-15%", "10", 10, "percent", "%", value_max=15,
      subject="giá nhiều mẫu cầu là treo tường, giá phơi gấp, bàn ăn gấp"),
    F("được 25-30 chiếc", "25", 25, "measure", "chiếc/ngày", value_max=30,
      change=C("increase", 1.5, "lần", "cùng kỳ năm ngoái"),
      subject="cầu là và giá phơi gấp gọn cửa hàng bán được mỗi ngày", location=GV),
    F("từ 390.000 đến 850.000", "390.000", 390000, "money", "đồng", value_max=850000,
      subject="giá loại cầu là đứng", location=GV),
    F("lên tới 2,3 triệu", "2,3", 2.3e6, "money", "đồng", approx="at_most",
      subject="giá cầu là treo tường gắn gương", location=GV),
    F("trên 4 sàn", "4", 4, "count", "sàn", subject="sàn thương mại điện tử lớn", period=M10, location=VN),
    F("khoảng 1.860 tỷ", "1.860", 1860e9, "money", "đồng", approx="about",
      change=C("increase", 34, "%", "cùng kỳ"),
      subject="doanh số nhóm hàng cầu là, giá phơi và nội thất gấp gọn trên sàn thương mại điện tử",
      period=M10, location=VN),
    F("hơn 5,2 triệu", "5,2", 5.2e6, "count", "sản phẩm", approx="over",
      subject="sản lượng bán ra", period=M10, location=VN),
    F("khoảng 58%", "58", 58, "percent", "%", approx="about",
      subject="hàng nội địa chiếm doanh số", period=I(M10), location=VN),
    F("khoảng 60.000 bộ", "60.000", 60000, "count", "bộ", approx="about", status="forecast",
      change=C("increase", 20, "%", "năm 2023", approx="nearly"),
      subject="bàn ghế gấp doanh nghiệp dự kiến bán", period=NOW, location=TD),
    F("mở 15 showroom", "15", 15, "count", "showroom", status="target",
      subject="showroom công ty mở tại các thành phố lớn", period=T26, location=TD),
    F("có 6 showroom", "6", 6, "count", "showroom",
      subject="showroom hiện có của công ty", location=TD),
]

NOTES = [
    "National newspaper: section path, 'Chủ nhật, 17/11/2024, 09:12 (GMT+7)' (published), sapo, quote, byline, 'Xem thêm' link.",
    "Default location TP Hồ Chí Minh (named in the sapo); the shop passage is in quận Gò Vấp, the company in TP Thủ Đức;",
    "the e-commerce figures of the analytics report (4 sàn, 1.860 tỷ, 5,2 triệu, 58%) are national: Việt Nam.",
    "'Căn hộ diện tích dưới 50 m2' is a category threshold, not a stated fact: optional. 'tăng giá 10-15%' is a growth rate as the claim (no change).",
    "'gấp rưỡi cùng kỳ năm ngoái' after the 25-30 chiếc/ngày is its change (increase 1.5 lần). 'lên tới 2,3 triệu' = up to: at_most.",
    "'trên 4 sàn lớn': 'trên' means 'on' here (a preposition before a count of places), so approx exact.",
    "'năm nay ... dự kiến' → 2024, forecast; 'tăng gần 20%' its change. 'mục tiêu đến năm 2026' → target, start null; 'hiện đã có 6' actual.",
    "Distractors: 'số 412 Phan Văn Trị', '(GMT+7)', 09:12, 'lần thứ 3' and 'tháng 11' in a link.",
]

if __name__ == "__main__":
    write("p1512-6", TEXT, NOTES, FIGS, published="2024-11-17", location="TP Hồ Chí Minh")
