"""p898-5: provincial Party newspaper (Báo Quảng Nam) — the elephant habitat reserve in Nông Sơn, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Giữ bình yên cho đàn voi rừng Nông Sơn

Khu bảo tồn loài và sinh cảnh voi Quảng Nam có tổng diện tích 18.431 ha, trải trên địa bàn 2 huyện Nông Sơn và Hiệp Đức. Đây là nơi sinh sống của đàn voi từ 8 đến 10 cá thể, đàn voi hoang dã duy nhất còn lại của tỉnh.

Năm 2023, Ban quản lý Khu bảo tồn đã lắp đặt 32 bẫy ảnh, ghi nhận hơn 400 lượt hình ảnh voi. Đặc biệt, lần đầu tiên kể từ năm 2016, bẫy ảnh ghi nhận 2 cá thể voi con mới sinh, cho thấy đàn voi đang sinh sản trở lại.

Tình trạng voi phá hoại hoa màu đã giảm rõ rệt. Năm 2023 chỉ xảy ra 9 vụ voi phá rẫy, giảm 64% so với năm 2019. Để giảm xung đột, tỉnh đã trồng 45 ha cây thức ăn cho voi gồm chuối rừng, mía, tre và xây dựng 5 hồ nước nhân tạo trong vùng lõi, tổng kinh phí trên 2,3 tỷ đồng.

Lực lượng bảo vệ voi gồm 4 tổ với 36 người, trong đó 28 người là đồng bào Cơ Tu, Ka Dong tại chỗ; mỗi người được trả 5,2 triệu đồng/tháng. Ông Đinh Văn Ba ở thôn 2, xã Quế Lâm, cho biết: "Trước đây mỗi mùa lúa, voi về phá mất nửa ruộng. Giờ có tổ bảo vệ voi, cả thôn yên tâm sản xuất".

Mô hình du lịch sinh thái gắn với quan sát voi ở xã Phước Ninh cũng bước đầu thu hút du khách. Năm 2023, lượng khách đến tham quan ước đạt 3.200 lượt, gấp 1,6 lần năm 2022.

Theo Sở NN&PTNT, giai đoạn 2024-2026, tỉnh phấn đấu trồng thêm 60 ha cây thức ăn, mở rộng vùng lõi lên khoảng 22.000 ha và đưa số người tham gia bảo vệ voi lên 50 người. Các hoạt động này được thực hiện theo Quyết định số 1520/QĐ-UBND và nguồn vốn của Dự án bảo tồn voi dọc tuyến ĐT610.

HOÀNG LIÊN
15/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

FIGS = [
    F("diện tích 18.431 ha", "18.431", 18431, "measure", "ha",
      "tổng diện tích Khu bảo tồn loài và sinh cảnh voi Quảng Nam"),
    F("địa bàn 2 huyện", "2", 2, "count", "huyện", "huyện có Khu bảo tồn loài và sinh cảnh voi", optional=True),
    F("từ 8 đến 10 cá thể", "8", 8, "count", "cá thể", "đàn voi hoang dã", value_max=10),
    F("lắp đặt 32 bẫy ảnh", "32", 32, "count", "bẫy ảnh", "bẫy ảnh lắp đặt", Y23),
    F("hơn 400 lượt", "400", 400, "count", "lượt hình ảnh", "lượt hình ảnh voi ghi nhận", Y23, approx="over"),
    F("ghi nhận 2 cá thể", "2", 2, "count", "cá thể", "voi con mới sinh", I(Y23)),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ voi phá rẫy", Y23,
      change=C("decrease", 64, "%", "năm 2019")),
    F("trồng 45 ha", "45", 45, "measure", "ha", "cây thức ăn cho voi trồng"),
    F("xây dựng 5 hồ", "5", 5, "count", "hồ", "hồ nước nhân tạo trong vùng lõi"),
    F("trên 2,3 tỷ đồng", "2,3", 2_300_000_000, "money", "đồng",
      "tổng kinh phí trồng cây thức ăn và xây hồ nước", approx="over"),
    F("gồm 4 tổ", "4", 4, "count", "tổ", "tổ bảo vệ voi"),
    F("với 36 người", "36", 36, "count", "người", "người trong lực lượng bảo vệ voi"),
    F("28 người là", "28", 28, "count", "người", "người đồng bào Cơ Tu, Ka Dong trong lực lượng bảo vệ voi",
      total=36),
    F("trả 5,2 triệu đồng/tháng", "5,2", 5_200_000, "money", "đồng/tháng",
      "tiền trả cho mỗi người bảo vệ voi"),
    F("ước đạt 3.200 lượt", "3.200", 3200, "count", "lượt", "khách đến tham quan mô hình du lịch sinh thái quan sát voi",
      Y23, status="estimate", change=C("increase", 1.6, "lần", "năm 2022")),
    F("thêm 60 ha", "60", 60, "measure", "ha", "cây thức ăn trồng thêm", G, status="target"),
    F("khoảng 22.000 ha", "22.000", 22000, "measure", "ha", "diện tích vùng lõi mở rộng", G,
      approx="about", status="target"),
    F("lên 50 người", "50", 50, "count", "người", "người tham gia bảo vệ voi", G, status="target"),
]

NOTES = [
    "Báo Quảng Nam: Khu bảo tồn loài và sinh cảnh voi (Nông Sơn, Hiệp Đức); bẫy ảnh, vụ phá rẫy, lực lượng bảo vệ voi, du lịch, mục tiêu 2024-2026. Byline and bare date at the end → published 2023-11-15.",
    "Not figures: 'kể từ năm 2016', 'thôn 2', 'Ông Đinh Văn Ba' (name), 'nửa ruộng' (no number), 'Quyết định số 1520/QĐ-UBND', 'ĐT610' (road).",
    "Location Quảng Nam throughout (the reserve spans two districts; Phước Ninh/Quế Lâm figures stay provincial as the reserve's). 'trong đó 28 người' → total 36. '2 huyện' (the reserve's extent, naming both) is optional.",
    "'ước đạt 3.200 lượt, gấp 1,6 lần năm 2022': the multiple follows a base amount, so it is read as the figure's change (increase, 1.6 lần, baseline năm 2022), like 'tăng hơn 2,8 lần so với cùng kỳ' in the shared gold.",
    "'giảm 64% so với năm 2019' after '9 vụ' is its change. Sentences without a period phrase (diện tích, tổ, hồ, kinh phí) get none.",
]

if __name__ == "__main__":
    write(5, TEXT, NOTES, FIGS, published="2023-11-15", location="Quảng Nam")
