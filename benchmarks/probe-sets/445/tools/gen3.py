from lib import *
NAME = 'p445-3'
TEXT = """CHI CỤC KIỂM LÂM TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Quản lý bảo vệ rừng

Lâm Đồng: Tỷ lệ che phủ rừng năm 2023 đạt 54,99%
Ngày đăng: 12/03/2024 | Lượt xem: 874

Theo kết quả công bố hiện trạng rừng (Quyết định số 356/QĐ-UBND ngày 28/02/2024 của UBND tỉnh), tính đến ngày 31/12/2023, tổng diện tích rừng toàn tỉnh Lâm Đồng là 537.012 ha, tăng 1.183 ha so với năm 2022; trong đó rừng tự nhiên 452.738 ha, rừng trồng 84.274 ha. Tỷ lệ che phủ rừng đạt 54,99% (nếu tính cả cây đa mục đích là 55,32%), cao hơn 0,21% so với năm 2022. Diện tích rừng được cấp chứng chỉ quản lý rừng bền vững đạt 21.560 ha, chiếm 4% tổng diện tích rừng.

Năm 2023, toàn tỉnh trồng mới 2.630 ha rừng, đạt 105,2% kế hoạch; trồng 1,25 triệu cây phân tán; giao khoán bảo vệ 362.500 ha rừng cho 12.870 hộ gia đình, cộng đồng với tổng kinh phí khoảng 238 tỷ đồng từ nguồn dịch vụ môi trường rừng. Đơn giá chi trả bình quân đạt 650.000 đồng/ha/năm.

Giai đoạn 2021-2025, tỉnh phấn đấu trồng mới 12.000 ha rừng, nâng tỷ lệ che phủ rừng lên 55,5% đến năm 2025. Qua 3 năm (2021-2023), toàn tỉnh đã trồng được 7.940 ha, bằng 66,2% chỉ tiêu giai đoạn. Số vụ vi phạm pháp luật về lâm nghiệp giảm dần, từ 515 vụ năm 2021 xuống còn 392 vụ năm 2023; diện tích rừng bị thiệt hại giảm từ 187,4 ha xuống 96,1 ha.

Theo ông Phạm Văn Hùng, Chi cục trưởng Chi cục Kiểm lâm, thời gian tới đơn vị tập trung ngăn chặn tình trạng lấn chiếm đất rừng tại các huyện Lâm Hà, Di Linh, Bảo Lâm; xử lý dứt điểm các vụ việc tồn đọng từ năm 2019.

Chi cục Kiểm lâm tỉnh Lâm Đồng - Số 2 Trần Hưng Đạo, Phường 10, TP Đà Lạt. Điện thoại: 0263.3822.417
"""
AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("năm 2023 đạt 54,99%", "54,99", 54.99, "percent", "%", "tỷ lệ che phủ rừng",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Lâm Đồng là 537.012 ha", "537.012", 537012, "measure", "ha", "tổng diện tích rừng",
      change=C("increase", 1183, "ha", "năm 2022"), period=AS),
    F("rừng tự nhiên 452.738 ha", "452.738", 452738, "measure", "ha", "diện tích rừng tự nhiên", total=537012, period=AS),
    F("rừng trồng 84.274 ha", "84.274", 84274, "measure", "ha", "diện tích rừng trồng", total=537012, period=AS),
    F("rừng đạt 54,99% (", "54,99", 54.99, "percent", "%", "tỷ lệ che phủ rừng",
      change=C("increase", 0.21, "%", "năm 2022"), period=ASi),
    F("là 55,32%", "55,32", 55.32, "percent", "%", "tỷ lệ che phủ rừng tính cả cây đa mục đích", period=ASi),
    F("đạt 21.560 ha", "21.560", 21560, "measure", "ha", "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững",
      percent=4, period=ASi),
    F("trồng mới 2.630 ha", "2.630", 2630, "measure", "ha", "diện tích trồng mới rừng", percent=105.2, period=Y23),
    F("trồng 1,25 triệu cây", "1,25", 1250000, "count", "cây", "cây phân tán được trồng", period=Y23),
    F("bảo vệ 362.500 ha", "362.500", 362500, "measure", "ha", "diện tích rừng giao khoán bảo vệ", period=Y23),
    F("cho 12.870 hộ", "12.870", 12870, "count", "hộ gia đình, cộng đồng", "hộ gia đình, cộng đồng nhận khoán bảo vệ rừng",
      period=Y23),
    F("khoảng 238 tỷ đồng", "238", 238000000000, "money", "đồng", "tổng kinh phí giao khoán từ dịch vụ môi trường rừng",
      approx="about", period=Y23),
    F("đạt 650.000 đồng/ha/năm", "650.000", 650000, "money", "đồng/ha/năm", "đơn giá chi trả bình quân",
      period=P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("trồng mới 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích trồng mới rừng", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("lên 55,5%", "55,5", 55.5, "percent", "%", "tỷ lệ che phủ rừng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("Qua 3 năm", "3", 3, "count", "năm", optional=True),
    F("trồng được 7.940 ha", "7.940", 7940, "measure", "ha", "diện tích trồng rừng", percent=66.2,
      period=P("2021-2023", "2021-01-01", "2023-12-31")),
    F("từ 515 vụ", "515", 515, "count", "vụ", "số vụ vi phạm pháp luật về lâm nghiệp",
      period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 392 vụ", "392", 392, "count", "vụ", "số vụ vi phạm pháp luật về lâm nghiệp",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 187,4 ha", "187,4", 187.4, "measure", "ha", "diện tích rừng bị thiệt hại",
      period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("xuống 96,1 ha", "96,1", 96.1, "measure", "ha", "diện tích rừng bị thiệt hại",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]
HEADER = """
Department site (Chi cục Kiểm lâm tỉnh Lâm Đồng): forest status 2023, forest cover, planting, forest-environment payments, 2021-2025 plan.
Dateline 'Ngày đăng: 12/03/2024 | Lượt xem: 874' (counter is furniture). Distractors: 'Quyết định số 356/QĐ-UBND ngày 28/02/2024',
address 'Số 2 Trần Hưng Đạo, Phường 10', phone 0263.3822.417, 'từ năm 2019', 'Giai đoạn 2021-2025', '(2021-2023)'.
'tính đến ngày 31/12/2023' is an as-of period (end only); the cover rate in the next sentence inherits it.
'54,99% (nếu tính cả … là 55,32%)': the bracketed percent is a figure of its own; the change after the bracket belongs to 54,99%.
'21.560 ha, chiếm 4%' → percent 4. '7.940 ha, bằng 66,2% chỉ tiêu giai đoạn' → percent 66.2 (the plan figure is not stated here).
'từ 515 vụ năm 2021 xuống còn 392 vụ năm 2023': two levels, each with its year, no change object (only levels stated);
the ha clause after ';' takes the same two years in the same sentence. 'Qua 3 năm' is a duration (optional).
'650.000 đồng/ha/năm' is a money rate (unit đồng/ha/năm).
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-03-12", location="Lâm Đồng")
