from lib import fig, per, inh, chg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ > Tin hoạt động > Văn hóa - Xã hội

Đức Hòa: 36 doanh nghiệp cần tuyển 3.450 lao động tại phiên giao dịch việc làm lưu động

Thứ Năm, 14/03/2024 - 09:45

Sáng 13/3, tại Nhà văn hóa xã Đức Hòa Hạ, UBND huyện phối hợp với Trung tâm Dịch vụ việc làm tỉnh Long An tổ chức phiên giao dịch việc làm lưu động lần thứ nhất năm 2024.

Phiên giao dịch có 36 doanh nghiệp tham gia, chủ yếu hoạt động tại các khu công nghiệp Tân Đức, Hải Sơn, Xuyên Á, với nhu cầu tuyển dụng 3.450 lao động; trong đó lao động phổ thông chiếm 78%, lao động có trình độ từ trung cấp trở lên 760 lao động. Mức lương khởi điểm từ 5,2 đến 8,5 triệu đồng/tháng, chưa kể phụ cấp.

Tại phiên, có 1.124 lượt lao động đến tham dự; 865 lượt người được tư vấn việc làm, học nghề; 412 lao động trúng tuyển sơ bộ, đạt tỷ lệ 36,7% so với số lao động tham dự. Ngoài ra, 58 người được hướng dẫn thủ tục hưởng bảo hiểm thất nghiệp.

Theo Phòng Lao động - Thương binh và Xã hội huyện, năm 2023 toàn huyện giải quyết việc làm mới cho 4.215 lao động, đạt 105,4% kế hoạch; năm 2024 huyện đặt chỉ tiêu giải quyết việc làm cho 4.300 lao động, trong đó đưa 120 lao động đi làm việc ở nước ngoài. Tỷ lệ lao động qua đào tạo của huyện hiện đạt 73,5%.

Dự kiến từ nay đến cuối năm, huyện sẽ tổ chức thêm 3 phiên giao dịch việc làm lưu động tại các xã Hòa Khánh Tây, Mỹ Hạnh Nam và thị trấn Hậu Nghĩa.

Người lao động có nhu cầu tìm việc liên hệ Phòng LĐ-TB&XH huyện, số 12 đường Nguyễn Văn Dương, tổ 3, khu phố 1, thị trấn Hậu Nghĩa; điện thoại 0272.3850.126.

Thanh Tâm
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Đức Hòa: 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
        subject="doanh nghiệp cần tuyển lao động tại phiên giao dịch việc làm lưu động"),
    fig("tuyển 3.450 lao động tại", "3.450", 3450, "count", "lao động",
        subject="lao động doanh nghiệp cần tuyển tại phiên giao dịch việc làm lưu động"),
    fig("có 36 doanh nghiệp tham gia", "36", 36, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia phiên giao dịch"),
    fig("tuyển dụng 3.450 lao động;", "3.450", 3450, "count", "lao động",
        subject="nhu cầu tuyển dụng lao động"),
    fig("chiếm 78%", "78", 78, "percent", "%",
        subject="tỷ lệ lao động phổ thông trong nhu cầu tuyển dụng"),
    fig("trở lên 760 lao động", "760", 760, "count", "lao động", total=3450,
        subject="lao động có trình độ từ trung cấp trở lên"),
    fig("từ 5,2 đến 8,5 triệu", "5,2", 5200000, "money", "đồng/tháng", value_max=8500000,
        subject="mức lương khởi điểm"),
    fig("có 1.124 lượt lao động", "1.124", 1124, "count", "lượt lao động",
        subject="lượt lao động đến tham dự phiên giao dịch"),
    fig("865 lượt người", "865", 865, "count", "lượt người",
        subject="lượt người được tư vấn việc làm, học nghề"),
    fig("412 lao động trúng tuyển", "412", 412, "count", "lao động", percent=36.7,
        subject="lao động trúng tuyển sơ bộ"),
    fig("58 người được hướng dẫn", "58", 58, "count", "người",
        subject="người được hướng dẫn thủ tục hưởng bảo hiểm thất nghiệp"),
    fig("cho 4.215 lao động", "4.215", 4215, "count", "lao động", percent=105.4,
        subject="lao động được giải quyết việc làm mới", period=Y23),
    fig("cho 4.300 lao động", "4.300", 4300, "count", "lao động", status="target",
        subject="lao động được giải quyết việc làm", period=Y24),
    fig("đưa 120 lao động", "120", 120, "count", "lao động", total=4300, status="target",
        subject="lao động đi làm việc ở nước ngoài", period=Y24),
    fig("hiện đạt 73,5%", "73,5", 73.5, "percent", "%",
        subject="tỷ lệ lao động qua đào tạo của huyện"),
    fig("thêm 3 phiên", "3", 3, "count", "phiên", status="forecast",
        subject="phiên giao dịch việc làm lưu động huyện sẽ tổ chức thêm"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An), district portal: phiên giao dịch việc làm lưu động 13/3/2024 (invented).",
    "'Thứ Năm, 14/03/2024 - 09:45' is the dateline. Location: the district (Đức Hòa) throughout; the province's job centre is only a co-organiser.",
    "Not figures: 'Sáng 13/3', 'lần thứ nhất năm 2024', phone 0272.3850.126, 'số 12 đường …, tổ 3, khu phố 1', KCN names.",
    "Figures of the one-day fair carry no period (a single day; no period phrase in their sentences).",
    "'trong đó lao động phổ thông chiếm 78%' is a percent figure of its own (no count for the part); 760 lao động is a part of 3.450.",
    "412 trúng tuyển 'đạt tỷ lệ 36,7% so với số lao động tham dự': percent attribute; no part-of cue, so no total 1.124.",
    "'đạt 105,4% kế hoạch' → percent; 'đặt chỉ tiêu' → target, continued into 'trong đó … 120 lao động' (part of 4.300).",
    "'hiện đạt 73,5%' has no period phrase; 'Dự kiến từ nay đến cuối năm' → forecast, period left out.",
]

emit("p630-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Đức Hòa")
