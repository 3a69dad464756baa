from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Tin tức > Lao động - Việc làm

Quỳnh Lưu: Kiều hối 6 tháng đầu năm ước đạt 1.250 tỷ đồng
Thứ Tư, 10/07/2024 - 09:15

Sáu tháng đầu năm 2024, toàn huyện có 1.064 người đi làm việc ở nước ngoài theo hợp đồng, đạt 53,2% kế hoạch năm, tăng 11,5% so với cùng kỳ. Trong đó, thị trường Nhật Bản 412 người, Hàn Quốc 305 người, Đài Loan (Trung Quốc) 236 người, các thị trường châu Âu 111 người.

Hiện nay, huyện có khoảng 14.500 lao động đang làm việc ở nước ngoài, tập trung ở các xã Quỳnh Bảng, Quỳnh Thạch, Quỳnh Hưng và thị trấn Cầu Giát. Lượng kiều hối chuyển về qua các ngân hàng trên địa bàn 6 tháng đầu năm ước đạt 1.250 tỷ đồng, tăng 8% so với cùng kỳ năm 2023; dự kiến cả năm đạt khoảng 2.600 tỷ đồng.

Nguồn kiều hối đã giúp nhiều hộ gia đình xây dựng nhà cửa, đầu tư sản xuất, góp phần giảm tỷ lệ hộ nghèo toàn huyện từ 3,12% cuối năm 2022 xuống còn 2,45% cuối năm 2023. Nhiều lao động trở về đã khởi nghiệp thành công; toàn huyện hiện có 22 mô hình kinh tế của lao động hồi hương, doanh thu từ 500 triệu đến 2 tỷ đồng/năm, tạo việc làm cho khoảng 380 lao động địa phương.

Tuy nhiên, tình trạng lao động bỏ trốn, cư trú bất hợp pháp vẫn còn; riêng tại Hàn Quốc có 47 lao động của huyện bỏ trốn, chiếm 15,4% số lao động hết hạn hợp đồng.

Phấn đấu năm 2024 đưa 2.000 lao động đi làm việc ở nước ngoài theo Luật số 69/2020/QH14. Người dân có nhu cầu liên hệ Trung tâm Dịch vụ việc làm, khối 3, thị trấn Cầu Giát hoặc Phòng Lao động - Thương binh và Xã hội huyện, điện thoại 0238.3864.215 để được tư vấn miễn phí.

Hoài Thu - Phòng LĐ-TB&XH
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

FIGS = [
    F("có 1.064 người", "1.064", 1064, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng", H1,
      percent=53.2, change=C("increase", 11.5, "%", "cùng kỳ")),
    F("Nhật Bản 412 người", "412", 412, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng thị trường Nhật Bản", H1i, total=1064),
    F("Hàn Quốc 305 người", "305", 305, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng thị trường Hàn Quốc", H1i, total=1064),
    F("(Trung Quốc) 236 người", "236", 236, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng thị trường Đài Loan (Trung Quốc)", H1i, total=1064),
    F("châu Âu 111 người", "111", 111, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng các thị trường châu Âu", H1i, total=1064),
    F("khoảng 14.500 lao động", "14.500", 14500, "count", "lao động", "lao động đang làm việc ở nước ngoài", approx="about"),
    F("Quỳnh Lưu: Kiều hối 6 tháng đầu năm ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "Kiều hối",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate"),
    F("ước đạt 1.250 tỷ đồng, tăng", "1.250", 1250e9, "money", "đồng", "lượng kiều hối chuyển về qua các ngân hàng trên địa bàn",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate", change=C("increase", 8, "%", "cùng kỳ năm 2023")),
    F("khoảng 2.600 tỷ đồng", "2.600", 2600e9, "money", "đồng", "lượng kiều hối chuyển về qua các ngân hàng trên địa bàn",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("từ 3,12% cuối năm 2022", "3,12", 3.12, "percent", "%", "tỷ lệ hộ nghèo toàn huyện",
      P("cuối năm 2022", None, "2022-12-31"), optional=True),
    F("còn 2,45%", "2,45", 2.45, "percent", "%", "tỷ lệ hộ nghèo toàn huyện", P("cuối năm 2023", None, "2023-12-31")),
    F("có 22 mô hình", "22", 22, "count", "mô hình kinh tế", "mô hình kinh tế của lao động hồi hương"),
    F("từ 500 triệu đến 2 tỷ đồng/năm", "500", 500e6, "money", "đồng/năm", "doanh thu mô hình kinh tế của lao động hồi hương", value_max=2e9),
    F("khoảng 380 lao động", "380", 380, "count", "lao động", "lao động địa phương được tạo việc làm", approx="about"),
    F("có 47 lao động", "47", 47, "count", "lao động", "lao động của huyện bỏ trốn tại Hàn Quốc", percent=15.4),
    F("đưa 2.000 lao động", "2.000", 2000, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal (huyện Quỳnh Lưu, Nghệ An), 'Thứ Tư, dd/mm/yyyy - hh:mm' dateline, byline at the end; labour export and remittances.",
    "All figures describe the district: location Quỳnh Lưu. Destination countries (Nhật Bản, Hàn Quốc, Đài Loan) are markets, not places of the figure,",
    "so they stay in the subject; communes (Quỳnh Bảng …) and thị trấn Cầu Giát only locate the workers in a list without numbers.",
    "'đạt 53,2% kế hoạch năm' is the percent of 1.064 (cf. 'đạt 87,66% chỉ tiêu được giao'); the four markets follow 'Trong đó' and add up to 1.064.",
    "'6 tháng đầu năm' takes 2024 from the earlier period; 'cả năm' (forecast, 'dự kiến') is 2024. 'giảm … từ 3,12% … xuống còn 2,45%':",
    "the new level 2,45% is the figure (no change stated as a number); the old level 3,12% is optional.",
    "The headline figure is annotated too (as in the 205 set); its '6 tháng đầu năm' takes 2024 from the dateline.",
    "Distractors: Luật số 69/2020/QH14, 'khối 3', phone 0238.3864.215, dateline.",
]

if __name__ == "__main__":
    emit("p271-5", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Quỳnh Lưu")
