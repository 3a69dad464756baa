from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

An Giang: Hơn 42.000 ha lúa vụ Đông Xuân được liên kết tiêu thụ
Cập nhật: 12/03/2024 08:45 | Lượt xem: 2.315

(Cổng TTĐT) - Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Đông Xuân 2023-2024, toàn tỉnh xuống giống 231.560 ha lúa, đạt 100,7% kế hoạch. Diện tích thực hiện liên kết sản xuất và tiêu thụ lúa theo mô hình cánh đồng lớn đạt hơn 42.000 ha, tăng 6.850 ha so với vụ Đông Xuân 2022-2023 và chiếm 18,1% diện tích gieo trồng. Trong đó, Công ty Cổ phần Tập đoàn Lộc Trời ký hợp đồng bao tiêu 21.500 ha (chiếm 51,2%), các doanh nghiệp còn lại liên kết khoảng 20.500 ha.

Tham gia liên kết vụ này có 27 doanh nghiệp, 64 hợp tác xã và tổ hợp tác với khoảng 15.200 hộ nông dân. Các huyện có diện tích liên kết lớn là Thoại Sơn (9.800 ha), Châu Phú (7.450 ha) và Tri Tôn (6.120 ha). Giống chủ lực là OM 5451, Đài Thơm 8 và OM 18.

Tính đến ngày 10/3, nông dân đã thu hoạch 148.300 ha, chiếm 64% diện tích xuống giống; năng suất bình quân ước đạt 7,15 tấn/ha. Riêng trong cánh đồng lớn, năng suất đạt 7,6 tấn/ha, cao hơn 0,45 tấn/ha so với sản xuất bên ngoài. Giá lúa tươi được doanh nghiệp thu mua tại ruộng dao động từ 7.800 đến 8.300 đồng/kg, cao hơn giá thị trường khoảng 200 đồng/kg. Sau khi trừ chi phí, nông dân trong vùng liên kết có lợi nhuận bình quân 38-42 triệu đồng/ha, tăng khoảng 25% so với cùng kỳ.

Ông Nguyễn Văn Sáu, Giám đốc HTX Nông nghiệp Tân Thành (huyện Thoại Sơn), cho biết nhờ liên kết, xã viên không còn cảnh "được mùa mất giá".

Thực hiện Quyết định số 1210/QĐ-UBND ngày 28/9/2023 của UBND tỉnh, năm 2024, tỉnh phấn đấu nâng diện tích liên kết lên 100.000 ha, trong đó 30.000 ha được cấp chứng nhận VietGAP hoặc tương đương.

Mọi thông tin phản ánh xin liên hệ đường dây nóng 0296.3852.455.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 10/3", None, "2024-03-10")
SUBJ = "diện tích liên kết sản xuất và tiêu thụ lúa theo mô hình cánh đồng lớn"

FIGS = [
    F("Hơn 42.000 ha lúa", "42.000", 42000, "measure", "ha", "diện tích lúa vụ Đông Xuân được liên kết tiêu thụ", approx="over"),
    F("xuống giống 231.560 ha", "231.560", 231560, "measure", "ha", "diện tích lúa xuống giống", percent=100.7),
    F("đạt hơn 42.000 ha", "42.000", 42000, "measure", "ha", SUBJ, approx="over", percent=18.1,
      change=C("increase", 6850, "ha", "vụ Đông Xuân 2022-2023")),
    F("bao tiêu 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích Công ty Cổ phần Tập đoàn Lộc Trời ký hợp đồng bao tiêu",
      total=42000, percent=51.2),
    F("khoảng 20.500 ha", "20.500", 20500, "measure", "ha", "diện tích các doanh nghiệp còn lại liên kết", approx="about", total=42000),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp tham gia liên kết"),
    F("64 hợp tác xã", "64", 64, "count", "hợp tác xã", "hợp tác xã và tổ hợp tác tham gia liên kết"),
    F("khoảng 15.200 hộ", "15.200", 15200, "count", "hộ", "hộ nông dân tham gia liên kết", approx="about"),
    F("Thoại Sơn (9.800 ha)", "9.800", 9800, "measure", "ha", "diện tích liên kết", location="Thoại Sơn"),
    F("Châu Phú (7.450 ha)", "7.450", 7450, "measure", "ha", "diện tích liên kết", location="Châu Phú"),
    F("Tri Tôn (6.120 ha)", "6.120", 6120, "measure", "ha", "diện tích liên kết", location="Tri Tôn"),
    F("thu hoạch 148.300 ha", "148.300", 148300, "measure", "ha", "diện tích lúa đã thu hoạch", ASOF, percent=64),
    F("ước đạt 7,15 tấn/ha", "7,15", 7.15, "measure", "tấn/ha", "năng suất bình quân", ASOF, status="estimate"),
    F("năng suất đạt 7,6 tấn/ha", "7,6", 7.6, "measure", "tấn/ha", "năng suất trong cánh đồng lớn",
      change=C("increase", 0.45, "tấn/ha", "sản xuất bên ngoài")),
    F("từ 7.800 đến 8.300", "7.800", 7800, "money", "đồng/kg", "giá lúa tươi được doanh nghiệp thu mua tại ruộng", value_max=8300,
      change=C("increase", 200, "đồng/kg", "giá thị trường", "about")),
    F("bình quân 38-42 triệu", "38", 38e6, "money", "đồng/ha", "lợi nhuận bình quân của nông dân trong vùng liên kết", value_max=42e6,
      change=C("increase", 25, "%", "cùng kỳ", "about")),
    F("lên 100.000 ha", "100.000", 100000, "measure", "ha", "diện tích liên kết", Y24, status="target"),
    F("trong đó 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích được cấp chứng nhận VietGAP hoặc tương đương", Y24,
      total=100000, status="target"),
]

COMMENTS = [
    "Province portal (An Giang): large-field rice linkage, Đông Xuân 2023-2024 season; dateline 'Cập nhật: 12/03/2024 08:45 | Lượt xem: 2.315'.",
    "Distractors: view counter, variety names 'OM 5451', 'Đài Thơm 8', 'OM 18', person 'Nguyễn Văn Sáu', 'Quyết định số 1210/QĐ-UBND ngày",
    "28/9/2023', hotline 0296.3852.455, the seasons 'Đông Xuân 2023-2024' / '2022-2023'.",
    "A crop season has no dates in FIGURES.md: figures located only by 'vụ Đông Xuân …' carry no period (not scored).",
    "'đạt 100,7% kế hoạch' after an area is its share (percent). 42.000 ha: change +6.850 ha and share 18,1 (chiếm … diện tích gieo trồng);",
    "'Trong đó' after it: 21.500 ha (share 51,2) and khoảng 20.500 ha take total 42.000.",
    "'Tính đến ngày 10/3' (no year → published year 2024) covers the clause after ';' (7,15 tấn/ha, estimate).",
    "Price range 7.800-8.300 with 'cao hơn giá thị trường khoảng 200 đồng/kg' as its change; profit range 38-42 triệu with +khoảng 25% vs cùng kỳ.",
    "Targets 'năm 2024 … phấn đấu … 100.000 ha, trong đó 30.000 ha' (total 100.000).",
]

emit("p365-1", TEXT, COMMENTS, FIGS, published="2024-03-12", location="An Giang")
