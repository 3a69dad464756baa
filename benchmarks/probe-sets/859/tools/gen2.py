"""p859-2: district portal (huyện Nam Trực, Nam Định), làng hoa, cây cảnh Vị Khê, 6 tháng 2023."""
from lib import F, P, C, write

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")

text = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

Làng hoa, cây cảnh Vị Khê: 6 tháng đầu năm doanh thu đạt 185 tỷ đồng

Thứ Hai, 14/08/2023 - 10:20

Theo UBND xã Điền Xá, 6 tháng đầu năm 2023, làng hoa, cây cảnh Vị Khê đạt doanh thu 185 tỷ đồng, bằng 56% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2022.

Hiện toàn xã có 1.260 hộ tham gia trồng hoa, cây cảnh trên diện tích 215 ha, chiếm 78% số hộ của xã. Nghề trồng cây cảnh tạo việc làm thường xuyên cho khoảng 2.500 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Cây cảnh Vị Khê có hơn 30 loại chủ lực như sanh, si, tùng, đào thế; nhiều cây sanh cổ có tuổi đời trên 100 năm, được định giá từ 300 triệu đến 1 tỷ đồng/cây. Năm 2022, làng nghề bán ra thị trường khoảng 420.000 cây cảnh và chậu hoa các loại, trong đó 35% tiêu thụ tại các tỉnh phía Nam. Tại Hội chợ hoa, cây cảnh Vị Khê lần thứ 5, nhà vườn của ông Trần Văn Sáu bán một cây sanh dáng trực với giá 450 triệu đồng.

Theo kế hoạch, năm 2023 xã phấn đấu đạt doanh thu 330 tỷ đồng; đến năm 2025 mở rộng diện tích trồng hoa, cây cảnh lên 250 ha. Xã cũng đề nghị huyện hỗ trợ xây dựng khu trưng bày cây cảnh rộng 2 ha bên Quốc lộ 21A, kinh phí dự kiến khoảng 15 tỷ đồng.

Minh Thu - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định. ĐT: 0228.3827.116
"""

figs = [
    F("năm doanh thu đạt 185 tỷ đồng", "185", 185000000000, "money", "đồng", "doanh thu làng hoa, cây cảnh Vị Khê",
      period=P("6 tháng đầu năm", "2023-01-01", "2023-06-30")),
    F("doanh thu 185 tỷ đồng, bằng", "185", 185000000000, "money", "đồng", "doanh thu làng hoa, cây cảnh Vị Khê",
      percent=56, change=C("increase", 12.4, "%", "cùng kỳ năm 2022"), period=H1),
    F("có 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ tham gia trồng hoa, cây cảnh", percent=78),
    F("diện tích 215 ha", "215", 215, "measure", "ha", "diện tích trồng hoa, cây cảnh"),
    F("khoảng 2.500 lao động", "2.500", 2500, "count", "lao động", "lao động có việc làm thường xuyên từ nghề trồng cây cảnh",
      approx="about"),
    F("từ 6 đến 8 triệu đồng/người/tháng", "6", 6000000, "money", "đồng/người/tháng", "thu nhập bình quân",
      value_max=8000000),
    F("hơn 30 loại", "30", 30, "count", "loại", "loại cây cảnh chủ lực", approx="over"),
    F("tuổi đời trên 100 năm", "100", 100, "measure", "năm", "tuổi đời cây sanh cổ", approx="over", optional=True),
    F("từ 300 triệu đến 1 tỷ đồng/cây", "300", 300000000, "money", "đồng/cây", "giá cây sanh cổ được định giá",
      value_max=1000000000),
    F("khoảng 420.000 cây cảnh", "420.000", 420000, "count", "cây cảnh", "cây cảnh và chậu hoa làng nghề bán ra thị trường",
      approx="about", period=Y22),
    F("trong đó 35%", "35", 35, "percent", "%", "cây cảnh, chậu hoa tiêu thụ tại các tỉnh phía Nam", period=Y22),
    F("giá 450 triệu đồng", "450", 450000000, "money", "đồng", "giá một cây sanh dáng trực nhà vườn ông Trần Văn Sáu bán"),
    F("doanh thu 330 tỷ đồng", "330", 330000000000, "money", "đồng", "doanh thu", status="target", period=Y23),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích trồng hoa, cây cảnh", status="target", period=D25),
    F("rộng 2 ha", "2", 2, "measure", "ha", "diện tích khu trưng bày cây cảnh đề nghị xây dựng", optional=True),
    F("khoảng 15 tỷ đồng", "15", 15000000000, "money", "đồng", "kinh phí xây dựng khu trưng bày cây cảnh",
      approx="about", status="forecast"),
]

write("p859-2", text, figs, published="2023-08-14", location="Nam Trực", notes=[
    "Cổng TTĐT huyện Nam Trực (Nam Định): làng hoa, cây cảnh Vị Khê (xã Điền Xá), 6 tháng đầu năm 2023.",
    "Location is the district (Nam Trực); xã Điền Xá lies in it. Year-less headline '6 tháng đầu năm' takes 2023 (published).",
    "Distractors: Thứ Hai, 10:20, Hội chợ ... lần thứ 5, ông Trần Văn Sáu, Quốc lộ 21A, ĐT 0228.3827.116.",
    "'chiếm 78% số hộ của xã' attaches to 1.260 hộ across the 215 ha clause. 'trong đó 35%' is a share figure of its own.",
    "Optional: sanh tuổi đời 'trên 100 năm' (category), khu trưng bày 'rộng 2 ha' (specification of a proposal).",
])
