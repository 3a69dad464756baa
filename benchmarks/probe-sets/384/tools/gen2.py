from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Xuất nhập khẩu

Công bố Báo cáo Logistics Việt Nam 2024: Chi phí logistics vẫn ở mức cao
22/11/2024 | 09:12 | Cục Xuất nhập khẩu

Sáng 21/11, tại Hà Nội, Bộ Công Thương tổ chức Lễ công bố Báo cáo Logistics Việt Nam 2024 với chủ đề "Logistics xanh". Đây là ấn phẩm thứ 8 do Bộ chủ trì biên soạn.

Theo báo cáo, chi phí logistics của Việt Nam hiện chiếm khoảng 16,8-17% GDP, cao hơn mức trung bình của thế giới. Trong cơ cấu chi phí, chi phí vận tải chiếm tỷ trọng lớn nhất với 59%, chi phí kho bãi 23%, chi phí quản lý và các chi phí khác 18%.

Năm 2023, quy mô thị trường logistics Việt Nam ước đạt 45,4 tỷ USD. Tốc độ tăng trưởng bình quân của ngành giai đoạn 2019-2023 đạt 14-16%/năm. Cả nước hiện có khoảng 34.000 doanh nghiệp logistics, trong đó khoảng 5.000 doanh nghiệp có vốn đầu tư nước ngoài. Tuy chỉ chiếm gần 15% số doanh nghiệp, khối FDI nắm giữ tới 70-80% thị phần.

Theo Chỉ số Hiệu quả Logistics (LPI) năm 2023 của Ngân hàng Thế giới, Việt Nam xếp thứ 43/139 quốc gia, giảm 4 bậc so với năm 2018 (thứ 39/160).

Kế hoạch hành động ban hành kèm Quyết định số 221/QĐ-TTg đặt mục tiêu đến năm 2025 tỷ trọng đóng góp của ngành logistics vào GDP đạt 5-6%, tốc độ tăng trưởng dịch vụ logistics đạt 15-20%, tỷ lệ thuê ngoài dịch vụ logistics đạt 50-60%, chi phí logistics giảm xuống tương đương 16-20% GDP, xếp hạng LPI đạt thứ 50 trở lên.

Phát biểu tại lễ công bố, Thứ trưởng Phan Thị Thắng đề nghị các doanh nghiệp tận dụng Nghị định số 163/2017/NĐ-CP và các hiệp định thương mại tự do để mở rộng thị trường. Bản điện tử của báo cáo được đăng tải miễn phí tại website của Bộ; mọi thông tin xin liên hệ số điện thoại 024.2220.5361.
"""

T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ấn phẩm thứ 8", "8", 8, "count", "ấn phẩm", optional=True),
    F("khoảng 16,8-17% GDP", "16,8", 16.8, "percent", "%", "chi phí logistics so với GDP", value_max=17,
      approx="about"),
    F("lớn nhất với 59%", "59", 59, "percent", "%", "tỷ trọng chi phí vận tải trong chi phí logistics"),
    F("kho bãi 23%", "23", 23, "percent", "%", "tỷ trọng chi phí kho bãi trong chi phí logistics"),
    F("chi phí khác 18%", "18", 18, "percent", "%", "tỷ trọng chi phí quản lý và các chi phí khác"),
    F("ước đạt 45,4 tỷ USD", "45,4", 45400000000, "money", "USD", "quy mô thị trường logistics",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("đạt 14-16%/năm", "14", 14, "percent", "%", "tốc độ tăng trưởng bình quân của ngành logistics",
      P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31"), value_max=16),
    F("khoảng 34.000 doanh nghiệp", "34.000", 34000, "count", "doanh nghiệp logistics", "doanh nghiệp logistics",
      approx="about"),
    F("khoảng 5.000 doanh nghiệp", "5.000", 5000, "count", "doanh nghiệp", "doanh nghiệp logistics có vốn đầu tư nước ngoài",
      approx="about", total=34000),
    F("gần 15% số", "15", 15, "percent", "%", "tỷ lệ doanh nghiệp FDI trong số doanh nghiệp logistics", approx="nearly"),
    F("tới 70-80% thị phần", "70", 70, "percent", "%", "thị phần logistics của khối FDI", value_max=80),
    F("thứ 43/139", "43", 43, "rank", "hạng", "Chỉ số Hiệu quả Logistics (LPI)",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=139, change=CH("decrease", 4, "bậc", "năm 2018")),
    F("(thứ 39/160)", "39", 39, "rank", "hạng", "Chỉ số Hiệu quả Logistics (LPI)",
      P("năm 2018", "2018-01-01", "2018-12-31"), total=160),
    F("GDP đạt 5-6%", "5", 5, "percent", "%", "tỷ trọng đóng góp của ngành logistics vào GDP", T25, value_max=6,
      status="target"),
    F("đạt 15-20%", "15", 15, "percent", "%", "tốc độ tăng trưởng dịch vụ logistics", T25, value_max=20,
      status="target"),
    F("đạt 50-60%", "50", 50, "percent", "%", "tỷ lệ thuê ngoài dịch vụ logistics", T25, value_max=60,
      status="target"),
    F("tương đương 16-20% GDP", "16", 16, "percent", "%", "chi phí logistics so với GDP", T25, value_max=20,
      status="target"),
    F("đạt thứ 50 trở lên", "50", 50, "rank", "hạng", "xếp hạng LPI", T25, approx="at_least", status="target"),
]

emit("p384-2", TEXT, [
    "Ministry site (Bộ Công Thương): Báo cáo Logistics Việt Nam 2024, national figures. Dateline '22/11/2024 | 09:12 | Cục Xuất nhập khẩu'.",
    "Distractors: 'Sáng 21/11', 'Báo cáo Logistics Việt Nam 2024', 'Quyết định số 221/QĐ-TTg', 'Nghị định số 163/2017/NĐ-CP', phone 024.2220.5361.",
    "'ấn phẩm thứ 8' (edition number) optional. Cost-structure list (59%, 23%, 18%) has no period (none in the text).",
    "'(thứ 39/160)' is a rank of its own with its own year 2018 (the baseline of the change of 43/139).",
    "'gần 15% số doanh nghiệp' stands in its own sentence: a percent figure. '16,8-17%' and '14-16%/năm' are ranges; '%/năm' unit written '%'.",
    "Targets of QĐ 221 'đến năm 2025' (end only); 'thứ 50 trở lên' is a rank target with approx at_least.",
], FIGS, published="2024-11-22", location="Việt Nam")
