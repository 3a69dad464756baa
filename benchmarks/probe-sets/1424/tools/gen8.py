"""p1424-8: news agency (TTXVN): environmental restoration after tin mining in Tĩnh Túc, huyện Nguyên Bình (Cao Bằng)."""
from lib import F, period, inherit, change, target, write

TEXT = """Tin tức TTXVN > Môi trường

Cao Bằng hoàn nguyên môi trường sau khai thác thiếc ở Tĩnh Túc

Cập nhật lúc 14:20, Thứ Năm, 21/11/2024

Cao Bằng (TTXVN) - Sau nhiều thập kỷ khai thác quặng thiếc, thị trấn Tĩnh Túc (huyện Nguyên Bình) đang từng bước phủ xanh những khu đất bị đào xới.

Theo UBND huyện Nguyên Bình, giai đoạn 2021-2024, các doanh nghiệp khai khoáng đã cải tạo, phục hồi môi trường được 126 ha, trong đó trồng rừng 84 ha, còn lại cải tạo thành đất sản xuất nông nghiệp. Tổng kinh phí thực hiện khoảng 47 tỷ đồng, chủ yếu từ nguồn ký quỹ của doanh nghiệp.

Năm 2024, Công ty cổ phần Thiếc Tĩnh Túc Phát đã đóng cửa 2 moong khai thác cũ, san lấp hơn 350.000 m3 đất đá thải và trồng 65.000 cây thông, keo; tỷ lệ cây sống đạt trên 85%.

Dù vậy, trên địa bàn huyện vẫn còn khoảng 210 ha đất sau khai thác chưa được hoàn nguyên, chiếm gần 40% tổng diện tích bị ảnh hưởng. Tình trạng khai thác thiếc trái phép chưa chấm dứt: 10 tháng năm 2024, lực lượng chức năng phát hiện 14 vụ, tăng 3 vụ so với cùng kỳ.

Ông Lục Văn Hào, Phó Chủ tịch UBND huyện Nguyên Bình, cho biết huyện phấn đấu đến năm 2026 hoàn nguyên thêm 150 ha, nâng tỷ lệ che phủ rừng của huyện lên 76%. Tổng nhu cầu vốn dự kiến từ 60 đến 70 tỷ đồng.

Thời kỳ cao điểm, mỗi năm Tĩnh Túc sản xuất khoảng 1.000 tấn thiếc thỏi và là trung tâm luyện thiếc lớn nhất cả nước.

Quốc Đạt (TTXVN)

Tin liên quan:
- Cao Bằng: Khởi công dự án đường cao tốc Đồng Đăng - Trà Lĩnh
- Nguyên Bình phát triển du lịch cộng đồng Phja Đén
"""

G = period("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T26 = period("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("được 126 ha", "126", 126, "measure", "ha", "diện tích cải tạo, phục hồi môi trường", G),
    F("trồng rừng 84 ha", "84", 84, "measure", "ha", "diện tích trồng rừng", G, total=126),
    F("khoảng 47 tỷ", "47", 47e9, "money", "đồng", "tổng kinh phí thực hiện", inherit(G), approx="about"),
    F("đóng cửa 2 moong", "2", 2, "count", "moong", "moong khai thác cũ đóng cửa", Y24),
    F("hơn 350.000 m3", "350.000", 350000, "measure", "m3", "đất đá thải san lấp", Y24, approx="over"),
    F("trồng 65.000 cây", "65.000", 65000, "count", "cây", "cây thông, keo trồng", Y24),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ cây sống", Y24, approx="over"),
    F("khoảng 210 ha", "210", 210, "measure", "ha", "đất sau khai thác chưa được hoàn nguyên", approx="about",
      percent=40),
    F("phát hiện 14 vụ", "14", 14, "count", "vụ", "vụ khai thác thiếc trái phép", M10,
      change=change("increase", 3, "vụ", "cùng kỳ")),
    F("thêm 150 ha", "150", 150, "measure", "ha", "diện tích hoàn nguyên thêm", T26, status="target"),
    F("lên 76%", "76", 76, "percent", "%", "tỷ lệ che phủ rừng của huyện", T26, status="target"),
    F("từ 60 đến 70 tỷ", "60", 60e9, "money", "đồng", "tổng nhu cầu vốn", value_max=70e9, status="forecast"),
    F("khoảng 1.000 tấn", "1.000", 1000, "measure", "tấn/năm", "thiếc thỏi Tĩnh Túc sản xuất mỗi năm",
      approx="about"),
]

NOTES = [
    "News agency (TTXVN): section breadcrumb, 'Cập nhật lúc 14:20, Thứ Năm, 21/11/2024', 'Cao Bằng (TTXVN) -', byline, related links.",
    "Distractors: 14:20, 'nhiều thập kỷ', 'Đồng Đăng - Trà Lĩnh', 'Phja Đén' (no digits), 'giai đoạn 2021-2024' (period).",
    "Location: huyện Nguyên Bình (Tĩnh Túc is a town of the district) for every figure.",
    "'trong đó trồng rừng 84 ha' -> total 126. 47 tỷ takes 'giai đoạn 2021-2024' from the previous sentence (inherited).",
    "'chiếm gần 40% tổng diện tích bị ảnh hưởng' after 210 ha -> percent attribute 40; 210 ha is a present state ('vẫn còn'): no period.",
    "'tăng 3 vụ so với cùng kỳ' -> change in vụ. 'phấn đấu đến năm 2026' governs both clauses (target). 'dự kiến' -> forecast, no period.",
    "'Thời kỳ cao điểm, mỗi năm ... khoảng 1.000 tấn thiếc thỏi': a yearly rate, unit tấn/năm, no dated period.",
]

if __name__ == "__main__":
    write("p1424-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Nguyên Bình")
