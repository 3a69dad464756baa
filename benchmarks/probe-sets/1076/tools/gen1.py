"""p1076-1: Hà Giang province portal, cân đo trẻ em tháng 6/2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 28,4%

Theo kết quả cân đo trẻ em tháng 6/2024 do Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp, toàn tỉnh Hà Giang đã cân đo 71.852 trẻ em dưới 5 tuổi, đạt 97,6% tổng số trẻ trong độ tuổi. Tỷ lệ suy dinh dưỡng thể nhẹ cân là 16,3%, giảm 0,9% so với năm 2023; tỷ lệ suy dinh dưỡng thể thấp còi là 28,4%, giảm 1,1% so với năm 2023 nhưng vẫn cao hơn nhiều so với bình quân cả nước (18,2%).

Trong số trẻ được cân đo có 20.406 trẻ suy dinh dưỡng thể thấp còi, trong đó 6.874 trẻ ở thể nặng. Các huyện có tỷ lệ thấp còi cao nhất lần lượt là Mèo Vạc (36,2%), Đồng Văn (35,7%), Yên Minh (33,9%) và Quản Bạ (31,5%); thấp nhất là thành phố Hà Giang với 11,8%.

Trong quý II/2024, ngành y tế đã cho 65.210 trẻ từ 6 đến 60 tháng tuổi uống vitamin A, đạt 98,1% kế hoạch; tẩy giun cho 58.930 trẻ từ 24 đến 60 tháng tuổi. Tỉnh cũng cấp phát khoảng 12,5 tấn sản phẩm dinh dưỡng cho trẻ suy dinh dưỡng tại 82 xã đặc biệt khó khăn, với tổng kinh phí hơn 4,6 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia 1719.

Theo Kế hoạch số 145/KH-UBND ngày 12/3/2024 của UBND tỉnh, đến năm 2025 Hà Giang phấn đấu giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi xuống dưới 26% và tỷ lệ nhẹ cân xuống dưới 15%; mỗi năm giảm ít nhất 1% tỷ lệ thấp còi ở các huyện vùng cao núi đá.

Tin, ảnh: Minh Thu - Sở Y tế
"""

T6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
Q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")
U5 = "tuổi"

FIGS = [
    F("giảm còn 28,4%", "28,4", 28.4, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"),
    F("cân đo 71.852 trẻ", "71.852", 71852, "count", "trẻ", "trẻ em dưới 5 tuổi được cân đo", T6, percent=97.6),
    F("trẻ em dưới 5 tuổi, đạt", "5", 5, "measure", U5, approx="under", optional=True),
    F("thể nhẹ cân là 16,3%", "16,3", 16.3, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", I(T6),
      change=C("decrease", 0.9, "%", "năm 2023")),
    F("thể thấp còi là 28,4%", "28,4", 28.4, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", I(T6),
      change=C("decrease", 1.1, "%", "năm 2023")),
    F("cả nước (18,2%)", "18,2", 18.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi bình quân cả nước",
      location="Việt Nam"),
    F("có 20.406 trẻ", "20.406", 20406, "count", "trẻ", "trẻ suy dinh dưỡng thể thấp còi", I(T6), total=71852),
    F("trong đó 6.874 trẻ", "6.874", 6874, "count", "trẻ", "trẻ suy dinh dưỡng thể thấp còi thể nặng", I(T6),
      total=20406),
    F("Mèo Vạc (36,2%)", "36,2", 36.2, "percent", "%", "tỷ lệ thấp còi", I(T6), location="Mèo Vạc"),
    F("Đồng Văn (35,7%)", "35,7", 35.7, "percent", "%", "tỷ lệ thấp còi", I(T6), location="Đồng Văn"),
    F("Yên Minh (33,9%)", "33,9", 33.9, "percent", "%", "tỷ lệ thấp còi", I(T6), location="Yên Minh"),
    F("Quản Bạ (31,5%)", "31,5", 31.5, "percent", "%", "tỷ lệ thấp còi", I(T6), location="Quản Bạ"),
    F("Hà Giang với 11,8%", "11,8", 11.8, "percent", "%", "tỷ lệ thấp còi thấp nhất", I(T6), location="Hà Giang"),
    F("cho 65.210 trẻ", "65.210", 65210, "count", "trẻ", "trẻ từ 6 đến 60 tháng tuổi uống vitamin A", Q2,
      percent=98.1),
    F("trẻ từ 6 đến 60 tháng", "6", 6, "measure", "tháng tuổi", value_max=60, optional=True),
    F("cho 58.930 trẻ", "58.930", 58930, "count", "trẻ", "trẻ từ 24 đến 60 tháng tuổi được tẩy giun", Q2),
    F("trẻ từ 24 đến 60 tháng", "24", 24, "measure", "tháng tuổi", value_max=60, optional=True),
    F("khoảng 12,5 tấn", "12,5", 12.5, "measure", "tấn", "sản phẩm dinh dưỡng cấp phát cho trẻ suy dinh dưỡng",
      I(Q2), approx="about"),
    F("tại 82 xã", "82", 82, "count", "xã", "xã đặc biệt khó khăn được cấp phát sản phẩm dinh dưỡng", I(Q2)),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí cấp phát sản phẩm dinh dưỡng", I(Q2),
      approx="over"),
    F("trẻ dưới 5 tuổi xuống", "5", 5, "measure", U5, approx="under", optional=True),
    F("xuống dưới 26%", "26", 26, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", Y25,
      approx="under", status="target"),
    F("xuống dưới 15%", "15", 15, "percent", "%", "tỷ lệ nhẹ cân", Y25, approx="under", status="target"),
    F("ít nhất 1%", "1", 1, "percent", "%", "mức giảm tỷ lệ thấp còi mỗi năm ở các huyện vùng cao núi đá", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Hà Giang: cân đo trẻ em tháng 6/2024 — nhẹ cân, thấp còi, districts, vitamin A and deworming in Q2, 2025 targets.",
    "Distractors: 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 2.316', 'Kế hoạch số 145/KH-UBND ngày 12/3/2024', 'Chương trình ... 1719'.",
    "Age thresholds ('dưới 5 tuổi', 'từ 6 đến 60 tháng tuổi') are optional. 'Trong số trẻ được cân đo có 20.406' → total 71852.",
    "'(18,2%)' after a percent is a national figure of its own (no period stated). Headline figure has no period.",
]

if __name__ == "__main__":
    write("p1076-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Hà Giang")
