"""p1220-5: Party newspaper (Báo Vĩnh Long), clay supply for the Mang Thít brick and pottery kilns."""
from lib import F, P, I, C, T, write

TEXT = """Mang Thít: Gỡ khó nguồn đất sét cho làng nghề gạch gốm

Làng nghề gạch gốm Mang Thít đang đứng trước bài toán thiếu nguyên liệu khi nhiều bãi bồi ven sông Cổ Chiên đã cạn, giá đất sét liên tục tăng.

Theo Phòng Kinh tế - Hạ tầng huyện Mang Thít, toàn huyện hiện còn 416 lò gạch, gốm đang hoạt động, giảm 128 lò so với năm 2020; mỗi năm tiêu thụ khoảng 650.000 m3 đất sét. Trong khi đó, tỉnh mới cấp phép 6 điểm khai thác đất sét tại các xã Nhơn Phú, Mỹ An và Hòa Tịnh với tổng trữ lượng hơn 1,1 triệu m3, chỉ đáp ứng chưa đến 40% nhu cầu của làng nghề.

Giá đất sét hiện ở mức từ 230.000 đến 260.000 đồng/m3, cao hơn khoảng 35% so với cùng kỳ năm 2022. Ông Năm Hùng, chủ lò gạch ở ấp Phú Hưng, xã Nhơn Phú, cho biết: "Lò 10 miệng của tôi mỗi tháng cần khoảng 120 m3 đất, riêng tiền đất đã hơn 28 triệu đồng. Có tháng phải ngưng đốt lò vì không mua được đất".

Năm 2023, các lò trong huyện ước sản xuất 380 triệu viên gạch, ngói và 42 triệu sản phẩm gốm mỹ nghệ, trong đó hơn 70% sản phẩm gốm được xuất khẩu sang châu Âu, Mỹ, Nhật Bản. Làng nghề giải quyết việc làm cho trên 4.200 lao động, thu nhập từ 5 đến 7 triệu đồng/người/tháng.

Để giảm áp lực nguyên liệu, UBND tỉnh đang thẩm định hồ sơ mở thêm 4 điểm mỏ đất sét tại xã Trung Thành, huyện Vũng Liêm, dự kiến cung cấp thêm khoảng 700.000 m3. Huyện cũng phấn đấu đến năm 2025 chuyển đổi ít nhất 50% lò nung thủ công sang lò nung công nghệ mới, tiết kiệm nhiên liệu và giảm khói bụi.

MINH THÁI
26/9/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hiện còn 416 lò", "416", 416, "count", "lò gạch, gốm",
      change=C("decrease", 128, "lò", "năm 2020"), subject="lò gạch, gốm đang hoạt động"),
    F("khoảng 650.000 m3", "650.000", 650000, "measure", "m3", approx="about",
      subject="đất sét tiêu thụ mỗi năm"),
    F("cấp phép 6 điểm", "6", 6, "count", "điểm khai thác", subject="điểm khai thác đất sét được cấp phép"),
    F("hơn 1,1 triệu m3", "1,1", 1100000, "measure", "m3", approx="over",
      subject="tổng trữ lượng điểm khai thác đất sét"),
    F("chưa đến 40%", "40", 40, "percent", "%", approx="under",
      subject="tỷ lệ đáp ứng nhu cầu đất sét của làng nghề"),
    F("từ 230.000 đến 260.000", "230.000", 230000, "money", "đồng/m3", value_max=260000,
      change=C("increase", 35, "%", "cùng kỳ năm 2022", approx="about"), subject="giá đất sét"),
    F("Lò 10 miệng", "10", 10, "count", "miệng", optional=True, subject="miệng lò của ông Năm Hùng"),
    F("khoảng 120 m3", "120", 120, "measure", "m3", approx="about",
      subject="đất sét lò gạch của ông Năm Hùng cần mỗi tháng"),
    F("hơn 28 triệu", "28", 28000000, "money", "đồng", approx="over",
      subject="tiền đất mỗi tháng"),
    F("sản xuất 380 triệu viên", "380", 380000000, "count", "viên gạch, ngói", status="estimate",
      subject="gạch, ngói sản xuất", period=Y23),
    F("và 42 triệu sản phẩm", "42", 42000000, "count", "sản phẩm gốm mỹ nghệ", status="estimate",
      subject="sản phẩm gốm mỹ nghệ sản xuất", period=Y23),
    F("hơn 70% sản phẩm", "70", 70, "percent", "%", approx="over", status="estimate",
      subject="sản phẩm gốm được xuất khẩu", period=Y23),
    F("trên 4.200 lao động", "4.200", 4200, "count", "lao động", approx="over",
      subject="lao động làng nghề được giải quyết việc làm"),
    F("từ 5 đến 7 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập lao động làng nghề"),
    F("thêm 4 điểm mỏ", "4", 4, "count", "điểm mỏ", subject="điểm mỏ đất sét đang thẩm định hồ sơ mở thêm",
      location="Vũng Liêm"),
    F("khoảng 700.000 m3", "700.000", 700000, "measure", "m3", approx="about", status="forecast",
      subject="đất sét cung cấp thêm", location="Vũng Liêm"),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="lò nung thủ công chuyển đổi sang lò nung công nghệ mới", period=T25),
]

NOTES = [
    "Party newspaper (Báo Vĩnh Long): byline 'MINH THÁI' and bare date '26/9/2023' at the end → published 2023-09-26.",
    "Default location Mang Thít (the district the article is about; the 6 licensed points lie in its communes). New points in huyện Vũng Liêm → Vũng Liêm.",
    "Distractors: 'Ông Năm Hùng' (a name with a number word), 'ấp Phú Hưng', 'năm 2020' baseline.",
    "'giảm 128 lò so với năm 2020' is the change of 416 lò; 'cao hơn khoảng 35% so với cùng kỳ năm 2022' the change of the price range.",
    "'Lò 10 miệng' describes the kiln's size (optional). Quote figures are the kiln owner's monthly needs: no period.",
    "'ước sản xuất' governs 380 triệu viên, 42 triệu sản phẩm and the continuing 'trong đó hơn 70%' (estimate; a percent, no total).",
    "'dự kiến cung cấp thêm khoảng 700.000 m3' → forecast; 'phấn đấu đến năm 2025 … ít nhất 50%' → target, as-of end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1220-5", TEXT, NOTES, FIGS, published="2023-09-26", location="Mang Thít")
