from lib import F, P, C, T, emit

text = """Cổng thông tin điện tử huyện Mê Linh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Người trồng hoa Mê Linh tất bật chuẩn bị cho thị trường Tết
Thứ Sáu, 20/12/2024 - 09:15

Huyện Mê Linh hiện có trên 2.300 ha hoa, cây cảnh, tập trung ở các xã Mê Linh, Tráng Việt, Văn Khê, Tiền Phong và Đại Thịnh. Trong đó, diện tích trồng lan các loại khoảng 75 ha. Lan hồ điệp chủ yếu được trồng trong nhà màng, nhà lưới với quy mô 42 ha.

Năm 2024, tổng giá trị sản xuất hoa, cây cảnh của huyện ước đạt 1.850 tỷ đồng, tăng 8,7% so với năm 2023, bình quân đạt 805 triệu đồng/ha. Các loại hoa có giá trị sản xuất lớn là lan hồ điệp (512 tỷ đồng), hoa ly (386 tỷ đồng) và hoa hồng (297 tỷ đồng).

Dịp Tết Nguyên đán Ất Tỵ, các hộ, hợp tác xã trên địa bàn dự kiến cung ứng ra thị trường khoảng 420.000 chậu lan hồ điệp, tăng khoảng 15% so với Tết năm trước. Giá bán dao động từ 350.000 đồng đến 1,5 triệu đồng/chậu tùy số cành; loại chậu 10 cành ghép có giá 3-5 triệu đồng.

Để hỗ trợ người dân, từ đầu năm đến nay, huyện đã tổ chức 12 lớp tập huấn kỹ thuật cho hơn 600 lượt hộ trồng hoa và hỗ trợ xây dựng 3 nhãn hiệu tập thể. Mục tiêu đến năm 2025, diện tích hoa ứng dụng công nghệ cao của huyện đạt 60%, thu nhập bình quân đạt 1 tỷ đồng/ha.

Các điểm bán hoa tập trung dọc Quốc lộ 23B và đường Mê Linh - Nội Bài. Mọi thông tin xin liên hệ Phòng Kinh tế huyện, điện thoại 024.3525.1146.

Bích Ngọc (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-12-20")
T25 = P("đến năm 2025", None, "2025-12-31")
GT = "giá trị sản xuất các loại hoa"
figs = [
    F("trên 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích hoa, cây cảnh", approx="over"),
    F("khoảng 75 ha", "75", 75, "measure", "ha", "diện tích trồng lan các loại", approx="about", total=2300),
    F("quy mô 42 ha", "42", 42, "measure", "ha", "Lan hồ điệp trồng trong nhà màng, nhà lưới"),
    F("ước đạt 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "tổng giá trị sản xuất hoa, cây cảnh", Y24,
      change=C("increase", 8.7, "%", "năm 2023"), status="estimate"),
    F("đạt 805 triệu đồng/ha", "805", 805e6, "money", "đồng/ha", "giá trị sản xuất hoa, cây cảnh bình quân", Y24, status="estimate"),
    F("(512 tỷ đồng)", "512", 512e9, "money", "đồng", GT, Y24i),
    F("(386 tỷ đồng)", "386", 386e9, "money", "đồng", GT, Y24i),
    F("(297 tỷ đồng)", "297", 297e9, "money", "đồng", GT, Y24i),
    F("khoảng 420.000 chậu", "420.000", 420000, "count", "chậu", "lan hồ điệp cung ứng ra thị trường", approx="about",
      change=C("increase", 15, "%", "Tết năm trước", approx="about"), status="forecast"),
    F("từ 350.000 đồng", "350.000", 350000, "money", "đồng/chậu", "Giá bán lan hồ điệp", value_max=1.5e6),
    F("chậu 10 cành", "10", 10, "count", "cành", optional=True),
    F("giá 3-5 triệu", "3", 3e6, "money", "đồng", "giá loại chậu 10 cành ghép", value_max=5e6),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ thuật", YTD),
    F("hơn 600 lượt", "600", 600, "count", "lượt hộ", "lượt hộ trồng hoa được tập huấn", YTD, approx="over"),
    F("xây dựng 3 nhãn hiệu", "3", 3, "count", "nhãn hiệu tập thể", "nhãn hiệu tập thể được hỗ trợ xây dựng", YTD),
    F("đạt 60%", "60", 60, "percent", "%", "diện tích hoa ứng dụng công nghệ cao", T25, status="target"),
    F("đạt 1 tỷ đồng/ha", "1", 1e9, "money", "đồng/ha", "thu nhập bình quân", T25, status="target"),
]

emit("p415-2", text, [
    "Cổng TTĐT huyện Mê Linh (district portal, Hà Nội), breadcrumb above the title: hoa, cây cảnh and lan hồ điệp before Tết. Dateline 'Thứ Sáu, 20/12/2024 - 09:15'; byline at the end.",
    "Distractors: 'Quốc lộ 23B', 'Tết Nguyên đán Ất Tỵ', phone 024.3525.1146, commune names (no figures).",
    "'hiện có trên 2.300 ha' has no period. 'Trong đó … khoảng 75 ha' (next sentence) is a part: total 2.300. 'quy mô 42 ha' stands in its own sentence with no cue: no total.",
    "1.850 tỷ: estimate with change 8,7% vs năm 2023; '805 triệu đồng/ha' continues the 'ước đạt' clause (estimate).",
    "Product list (lan hồ điệp, hoa ly, hoa hồng): items share the indicator 'giá trị sản xuất'; products are not places. Period Năm 2024 inherited.",
    "420.000 chậu: 'dự kiến' → forecast; change 'tăng khoảng 15% so với Tết năm trước'. Tết season has no calendar period in FIGURES.md: no period.",
    "Price range 'từ 350.000 đồng đến 1,5 triệu đồng/chậu' → value 350000, value_max 1500000. '10 cành ghép' describes the pot (optional).",
    "'từ đầu năm đến nay' → 2024-01-01 to the dateline 2024-12-20. Targets 'Mục tiêu đến năm 2025'.",
], figs, published="2024-12-20", location="Mê Linh")
