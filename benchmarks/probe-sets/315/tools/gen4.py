from lib import F, P, C, T, write

TEXT = """Cả nước có 1.015 điểm sạt lở bờ sông, bờ biển

Theo báo cáo của Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Phát triển nông thôn), tính đến ngày 30/6/2024, cả nước có 1.015 điểm sạt lở bờ sông, bờ biển với tổng chiều dài khoảng 1.776 km. Trong đó, có 392 điểm sạt lở đặc biệt nguy hiểm dài 716 km; 265 điểm sạt lở nguy hiểm dài 426 km; còn lại là sạt lở bình thường.

Các địa phương có nhiều điểm sạt lở đặc biệt nguy hiểm nhất là Cà Mau (48 điểm), An Giang (41 điểm), Đồng Tháp (35 điểm) và Bến Tre (29 điểm). Tốc độ sạt lở tại nhiều đoạn bờ biển từ 10 đến 30 m/năm, cá biệt có nơi trên 50 m/năm.

Giai đoạn 2021-2023, Chính phủ đã hỗ trợ khoảng 8.950 tỷ đồng từ nguồn dự phòng ngân sách trung ương để các địa phương xử lý khẩn cấp 187 công trình, với tổng chiều dài kè khoảng 245 km. Riêng năm 2023, ngân sách trung ương hỗ trợ 2.214 tỷ đồng, giảm 18,6% so với năm 2022.

Theo Đề án tổng thể phòng, chống sạt lở bờ sông, bờ biển (ban hành kèm theo Quyết định số 957/QĐ-TTg), mục tiêu đến năm 2030 cơ bản kiểm soát được 100% các điểm sạt lở đặc biệt nguy hiểm, di dời khoảng 35.000 hộ dân ra khỏi vùng có nguy cơ cao. Nhu cầu vốn ước tính khoảng 51 nghìn tỷ đồng, trong khi khả năng bố trí vốn giai đoạn 2021-2025 mới đạt khoảng 30%.

Ông Phạm Đức Luận, Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai cho biết, Bộ đang hoàn thiện bộ tiêu chí phân loại sạt lở theo 3 cấp độ, đồng thời đề nghị các địa phương thực hiện nghiêm Chỉ thị số 06/CT-TTg, chủ động cắm biển cảnh báo, khoanh vùng và di dời dân ra khỏi khu vực nguy hiểm trước mùa mưa bão năm 2024.

Cục Quản lý đê điều và Phòng, chống thiên tai
"""

P30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
P30I = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
L = "điểm sạt lở đặc biệt nguy hiểm"
P2030 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Cả nước có 1.015", "1.015", 1015, "count", "điểm", "điểm sạt lở bờ sông, bờ biển"),
    F("cả nước có 1.015", "1.015", 1015, "count", "điểm", "điểm sạt lở bờ sông, bờ biển", period=P30),
    F("khoảng 1.776 km", "1.776", 1776, "measure", "km", "tổng chiều dài sạt lở", approx="about", period=P30),
    F("có 392 điểm", "392", 392, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", total=1015, period=P30I),
    F("dài 716 km", "716", 716, "measure", "km", "chiều dài sạt lở đặc biệt nguy hiểm", total=1776, period=P30I),
    F("; 265 điểm", "265", 265, "count", "điểm", "điểm sạt lở nguy hiểm", total=1015, period=P30I),
    F("dài 426 km", "426", 426, "measure", "km", "chiều dài sạt lở nguy hiểm", total=1776, period=P30I),
    F("Cà Mau (48 điểm)", "48", 48, "count", "điểm", L, location="Cà Mau", period=P30I),
    F("An Giang (41 điểm)", "41", 41, "count", "điểm", L, location="An Giang", period=P30I),
    F("Đồng Tháp (35 điểm)", "35", 35, "count", "điểm", L, location="Đồng Tháp", period=P30I),
    F("Bến Tre (29 điểm)", "29", 29, "count", "điểm", L, location="Bến Tre", period=P30I),
    F("từ 10 đến 30 m/năm", "10", 10, "measure", "m/năm", "tốc độ sạt lở tại nhiều đoạn bờ biển", value_max=30),
    F("trên 50 m/năm", "50", 50, "measure", "m/năm", "tốc độ sạt lở", approx="over"),
    F("khoảng 8.950 tỷ đồng", "8.950", 8950e9, "money", "đồng", "hỗ trợ từ nguồn dự phòng ngân sách trung ương",
      approx="about", period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khẩn cấp 187 công trình", "187", 187, "count", "công trình", "công trình xử lý khẩn cấp",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 245 km", "245", 245, "measure", "km", "tổng chiều dài kè", approx="about",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("hỗ trợ 2.214 tỷ đồng", "2.214", 2214e9, "money", "đồng", "ngân sách trung ương hỗ trợ",
      change=C("decrease", 18.6, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("được 100% các điểm", "100", 100, "percent", "%", "điểm sạt lở đặc biệt nguy hiểm được kiểm soát", status="target", period=P2030),
    F("khoảng 35.000 hộ", "35.000", 35000, "count", "hộ", "hộ dân di dời ra khỏi vùng có nguy cơ cao", approx="about",
      status="target", period=P2030),
    F("khoảng 51 nghìn tỷ đồng", "51", 51e12, "money", "đồng", "nhu cầu vốn", approx="about", status="estimate"),
    F("khoảng 30%", "30", 30, "percent", "%", "khả năng bố trí vốn", approx="about",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("theo 3 cấp độ", "3", 3, "count", "cấp độ", optional=True),
]
HEADER = [
    "Ministry site (Cục Quản lý đê điều và PCTT, Bộ NN&PTNT): national erosion points, funds 2021-2023, targets to 2030. No dateline at all.",
    "Title repeats the national count (a figure of its own, no period). 'Trong đó' parts: points → total 1.015, lengths → total 1.776.",
    "Province list: location the province, subject the list's indicator, period inherited from 'tính đến ngày 30/6/2024'.",
    "Distractors: QĐ 957/QĐ-TTg, Chỉ thị 06/CT-TTg, 'mùa mưa bão năm 2024', '30/6/2024'. '3 cấp độ' (classification levels) optional.",
    "'mục tiêu đến năm 2030' makes 100% and 35.000 hộ targets; 'ước tính khoảng 51.000 tỷ' estimate. Rates 'm/năm' are measure in unit m/năm.",
]
write("p315-4", TEXT, HEADER, FIGS, location="Việt Nam")
