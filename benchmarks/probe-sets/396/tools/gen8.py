from lib import *

A = """Rừng ngập mặn và cơ hội từ tín chỉ carbon xanh

Thực hiện cam kết tại Hội nghị COP26, Việt Nam đang từng bước hình thành thị trường carbon, trong đó tín chỉ từ rừng ngập mặn được đánh giá có nhiều tiềm năng.

Theo Cục Lâm nghiệp, đến ngày 31/12/2023 cả nước có 155.290 ha rừng ngập mặn, phân bố tại 28 tỉnh, thành phố ven biển. Các nghiên cứu cho thấy mỗi ha rừng ngập mặn lưu giữ từ 700 đến 1.000 tấn carbon, cao hơn nhiều so với rừng nhiệt đới trên cạn.

Tại Bạc Liêu, tỉnh đang lập hồ sơ dự án tín chỉ carbon cho 4.800 ha rừng phòng hộ ven biển thuộc thị xã Giá Rai, huyện Đông Hải và thành phố Bạc Liêu. Dự kiến mỗi năm dự án tạo ra khoảng 96.000 tín chỉ carbon, mang lại nguồn thu gần 24 tỷ đồng.

Kiên Giang hiện đứng thứ 3 vùng Đồng bằng sông Cửu Long về diện tích rừng ngập mặn. Dự án phục hồi rừng ngập mặn do GIZ tài trợ giai đoạn 2020-2024 đã trồng mới 1.350 ha tại ba huyện ven biển, trong đó An Minh 610 ha, An Biên 480 ha, Kiên Lương 260 ha. Tổng vốn dự án khoảng 4,6 triệu EUR (hơn 120 tỷ đồng), 20% do ngân sách tỉnh đối ứng.

Ngân hàng Thế giới ước tính Việt Nam có thể bán khoảng 57 triệu tín chỉ carbon mỗi năm, trong đó lâm nghiệp đóng góp gần 30%, mang lại nguồn thu khoảng 2,1 nghìn tỷ đồng. Theo lộ trình tại Nghị định số 06/2022/NĐ-CP, sàn giao dịch tín chỉ carbon sẽ được thí điểm từ năm 2025 và vận hành chính thức từ năm 2028.

Tuy vậy, theo các chuyên gia, chi phí đo đạc, báo cáo và thẩm định (MRV) cho một dự án rừng ngập mặn quy mô dưới 5.000 ha có thể lên tới 150.000-200.000 USD, trong khi thời gian từ khi lập hồ sơ đến khi được cấp tín chỉ thường kéo dài 2-3 năm. Vì vậy, các địa phương cần được hỗ trợ về kỹ thuật và vốn ban đầu.

MINH TÂM
10/12/2024
"""

figs = [
    F("có 155.290 ha", "155.290", 155290, "measure", "ha", "rừng ngập mặn", period=P("đến ngày 31/12/2023", None, "2023-12-31")),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có rừng ngập mặn",
      period=P("đến ngày 31/12/2023", None, "2023-12-31")),
    F("từ 700 đến 1.000 tấn carbon", "700", 700, "measure", "tấn carbon", "lượng carbon mỗi ha rừng ngập mặn lưu giữ",
      value_max=1000),
    F("cho 4.800 ha", "4.800", 4800, "measure", "ha", "rừng phòng hộ ven biển lập hồ sơ dự án tín chỉ carbon", location="Bạc Liêu"),
    F("khoảng 96.000 tín chỉ", "96.000", 96000, "count", "tín chỉ carbon", "tín chỉ carbon dự án tạo ra mỗi năm", approx="about",
      status="forecast", location="Bạc Liêu"),
    F("gần 24 tỷ đồng", "24", 24000000000, "money", "đồng", "nguồn thu", approx="nearly", status="forecast", location="Bạc Liêu"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "diện tích rừng ngập mặn", location="Kiên Giang"),
    F("trồng mới 1.350 ha", "1.350", 1350, "measure", "ha", "rừng ngập mặn trồng mới", location="Kiên Giang",
      period=P("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")),
    F("tại ba huyện", "ba", 3, "count", "huyện", "huyện ven biển", location="Kiên Giang", optional=True),
    F("An Minh 610 ha", "610", 610, "measure", "ha", "rừng ngập mặn trồng mới", total=1350, location="An Minh",
      period=P("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")),
    F("An Biên 480 ha", "480", 480, "measure", "ha", "rừng ngập mặn trồng mới", total=1350, location="An Biên",
      period=P("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")),
    F("Kiên Lương 260 ha", "260", 260, "measure", "ha", "rừng ngập mặn trồng mới", total=1350, location="Kiên Lương",
      period=P("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")),
    F("khoảng 4,6 triệu EUR", "4,6", 4600000, "money", "EUR", "tổng vốn dự án", approx="about", location="Kiên Giang"),
    F("(hơn 120 tỷ đồng)", "120", 120000000000, "money", "đồng", "tổng vốn dự án", approx="over", location="Kiên Giang",
      optional=True),
    F("20% do ngân sách", "20", 20, "percent", "%", "vốn ngân sách tỉnh đối ứng", location="Kiên Giang"),
    F("khoảng 57 triệu tín chỉ", "57", 57000000, "count", "tín chỉ carbon", "tín chỉ carbon Việt Nam có thể bán mỗi năm",
      approx="about", status="estimate"),
    F("gần 30%", "30", 30, "percent", "%", "lâm nghiệp đóng góp", approx="nearly", status="estimate"),
    F("khoảng 2,1 nghìn tỷ đồng", "2,1", 2100000000000, "money", "đồng", "nguồn thu", approx="about", status="estimate"),
    F("dưới 5.000 ha", "5.000", 5000, "measure", "ha", "quy mô dự án rừng ngập mặn", approx="under", optional=True),
    F("150.000-200.000 USD", "150.000", 150000, "money", "USD", "chi phí đo đạc, báo cáo và thẩm định (MRV) cho một dự án rừng ngập mặn",
      value_max=200000),
    F("kéo dài 2-3 năm", "2", 2, "measure", "năm", "thời gian từ khi lập hồ sơ đến khi được cấp tín chỉ", value_max=3),
]
comments = [
    "National Party newspaper (Nhân Dân style): mangrove blue-carbon opportunities; national stock, Bạc Liêu and Kiên Giang projects, World Bank estimate, MRV costs.",
    "No dateline at the top; the byline and a bare date '10/12/2024' close the article: published 2024-12-10. Default location Việt Nam.",
    "Bạc Liêu paragraph: 'Dự kiến' = forecast for the credits and revenue; Kiên Giang paragraph: rank 3 in the region (no total stated), GIZ project",
    "parts after 'trong đó' total 1.350 ha in the same sentence; 'ba huyện' (head of the breakdown) optional; '(hơn 120 tỷ đồng)' restates 4,6 triệu EUR: optional.",
    "'ước tính … có thể bán khoảng 57 triệu' = estimate, carried to the continuing clauses ('gần 30%', '2,1 nghìn tỷ' = 2,1·10^12). 'có thể lên tới'",
    "(not one of FIGURES.md's approx cues) leaves the MRV cost range exact; 'kéo dài 2-3 năm' is a measured duration (not a period locating a figure); 'dưới 5.000 ha' (a size class) optional.",
    "Distractors: COP26, Nghị định số 06/2022/NĐ-CP, 'từ năm 2025', 'năm 2028', 'đến ngày 31/12/2023', byline and bare date.",
]
write("p396-8", A, figs, comments, published="2024-12-10", location="Việt Nam")
