"""p997-2: district portal (huyện Tam Nông, Đồng Tháp), fertilizer supply for the Đông Xuân rice crop."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG - TỈNH ĐỒNG THÁP
Tin tức - Sự kiện › Kinh tế - Nông nghiệp

Bảo đảm nguồn phân bón cho vụ lúa Đông Xuân

18/01/2024 - 10:20

Vụ lúa Đông Xuân 2023-2024, toàn huyện xuống giống khoảng 24.600 ha, nhu cầu phân bón các loại ước trên 17.000 tấn. Hiện trên địa bàn huyện có 96 cửa hàng, đại lý kinh doanh phân bón, tập trung nhiều ở xã Phú Cường (14 cửa hàng), thị trấn Tràm Chim (12 cửa hàng) và xã An Long (11 cửa hàng).

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến ngày 15/1, các đại lý đã cung ứng cho nông dân hơn 9.800 tấn phân bón, đạt 57,6% nhu cầu cả vụ. Giá phân bón cơ bản ổn định: phân urê 530.000 đồng/bao 50 kg, phân DAP 920.000 đồng/bao, phân NPK 20-20-15 khoảng 780.000 đồng/bao. So với cùng kỳ, giá các loại phân bón giảm từ 30.000 đến 50.000 đồng/bao.

Để hạn chế phân bón giả, kém chất lượng, từ tháng 10/2023 đến nay, Đoàn kiểm tra liên ngành huyện đã kiểm tra 23 lượt cơ sở, lấy 8 mẫu phân bón gửi kiểm nghiệm; kết quả có 1/8 mẫu không đạt về hàm lượng lân hữu hiệu. Đoàn đã lập biên bản, xử phạt 1 cơ sở tại xã Phú Thành B số tiền 12,5 triệu đồng.

Ngoài ra, huyện triển khai chương trình "1 phải 5 giảm" trên diện tích 3.200 ha, giúp giảm lượng phân đạm từ 20-30 kg/ha, lợi nhuận tăng khoảng 2,5 triệu đồng/ha so với ruộng đối chứng. Năm 2024, huyện phấn đấu nhân rộng diện tích áp dụng lên 5.000 ha.

Người dân phát hiện phân bón giả, kém chất lượng có thể báo về Phòng NN&PTNT huyện, số 02 đường Nguyễn Sinh Sắc, thị trấn Tràm Chim, điện thoại 0277.3827.115.

Minh Tâm
"""

SINCE = P("từ tháng 10/2023 đến nay", "2023-10-01", "2024-01-18")

FIGS = [
    F("khoảng 24.600 ha", "24.600", 24600, "measure", "ha", "diện tích lúa Đông Xuân xuống giống", approx="about"),
    F("trên 17.000 tấn", "17.000", 17000, "measure", "tấn", "nhu cầu phân bón các loại", approx="over",
      status="estimate"),
    F("có 96 cửa hàng", "96", 96, "count", "cửa hàng", "cửa hàng, đại lý kinh doanh phân bón"),
    F("(14 cửa hàng)", "14", 14, "count", "cửa hàng", "cửa hàng, đại lý kinh doanh phân bón"),
    F("(12 cửa hàng)", "12", 12, "count", "cửa hàng", "cửa hàng, đại lý kinh doanh phân bón"),
    F("(11 cửa hàng)", "11", 11, "count", "cửa hàng", "cửa hàng, đại lý kinh doanh phân bón"),
    F("hơn 9.800 tấn", "9.800", 9800, "measure", "tấn", "phân bón các đại lý cung ứng cho nông dân",
      P("tính đến ngày 15/1", None, "2024-01-15"), approx="over", percent=57.6),
    F("urê 530.000 đồng/bao", "530.000", 530000, "money", "đồng/bao", "giá phân urê"),
    F("đồng/bao 50 kg", "50", 50, "measure", "kg", "khối lượng bao phân urê", optional=True),
    F("DAP 920.000 đồng/bao", "920.000", 920000, "money", "đồng/bao", "giá phân DAP"),
    F("khoảng 780.000 đồng/bao", "780.000", 780000, "money", "đồng/bao", "giá phân NPK 20-20-15", approx="about"),
    F("từ 30.000 đến 50.000 đồng/bao", "30.000", 30000, "money", "đồng/bao",
      "mức giảm giá các loại phân bón so với cùng kỳ", value_max=50000),
    F("kiểm tra 23 lượt cơ sở", "23", 23, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", SINCE),
    F("lấy 8 mẫu", "8", 8, "count", "mẫu", "mẫu phân bón gửi kiểm nghiệm", SINCE),
    F("có 1/8 mẫu", "1", 1, "count", "mẫu", "mẫu không đạt về hàm lượng lân hữu hiệu", SINCE, total=8),
    F("xử phạt 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở bị xử phạt", I(SINCE)),
    F("số tiền 12,5 triệu đồng", "12,5", 12500000, "money", "đồng", "số tiền xử phạt", I(SINCE)),
    F("diện tích 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích triển khai chương trình 1 phải 5 giảm"),
    F("từ 20-30 kg/ha", "20", 20, "measure", "kg/ha", "lượng phân đạm giảm", value_max=30),
    F("khoảng 2,5 triệu đồng/ha", "2,5", 2500000, "money", "đồng/ha", "lợi nhuận tăng so với ruộng đối chứng",
      approx="about"),
    F("lên 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích áp dụng chương trình 1 phải 5 giảm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal of huyện Tam Nông (Đồng Tháp): fertilizer supply and prices for the Đông Xuân rice crop; dateline '18/01/2024 - 10:20'.",
    "Distractors: 'Đông Xuân 2023-2024' (a crop season, no calendar period given), 'NPK 20-20-15' (a product grade),",
    "'1 phải 5 giảm' (programme name), 'xã Phú Thành B', 'số 02 đường Nguyễn Sinh Sắc', phone 0277.3827.115.",
    "Commune figures (Phú Cường, Tràm Chim, An Long) keep the district Tam Nông as location: FIGURES.md names province, city or district.",
    "'tính đến ngày 15/1' takes the year of the dateline. 'giảm từ 30.000 đến 50.000 đồng/bao' has no base amount: a money figure of its own.",
    "'bao 50 kg' is the package specification: optional.",
]

build("p997-2", TEXT, FIGS, COMMENTS, published="2024-01-18", location="Tam Nông")
