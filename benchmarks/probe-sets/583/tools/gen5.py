"""p583-5: Báo Đắk Lắk (Party newspaper), CPI 9 tháng năm 2024, coffee prices."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Chỉ số giá tiêu dùng 9 tháng năm 2024 tăng 4,12%

Theo Cục Thống kê tỉnh Đắk Lắk, chỉ số giá tiêu dùng (CPI) tháng 9/2024 trên địa bàn tỉnh giảm 0,21% so với tháng trước nhưng vẫn tăng 4,56% so với cùng kỳ năm trước. Bình quân 9 tháng năm 2024, CPI tăng 4,12% so với cùng kỳ; riêng quý III/2024 tăng 4,4%.

Nguyên nhân chủ yếu là nhóm giáo dục tăng 9,85% do học phí năm học 2024-2025 điều chỉnh theo lộ trình; nhóm thuốc và dịch vụ y tế tăng 6,2% sau khi giá dịch vụ khám, chữa bệnh được điều chỉnh từ ngày 1/9.

Bên cạnh đó, giá cà phê nhân xô bình quân đạt 113.000 đồng/kg, tăng gần 2 lần so với cùng kỳ; cao nhất tại các đại lý dọc Quốc lộ 14 ở Cư M'gar (115.000 đồng/kg), Krông Pắc (114.500 đồng/kg) và Krông Năng (114.000 đồng/kg). Thu nhập từ cà phê tăng kéo theo sức mua và chi tiêu của người dân tăng.

Theo Cục Quản lý thị trường tỉnh, 9 tháng qua lực lượng chức năng đã kiểm tra 1.245 vụ, xử lý 968 vụ vi phạm về giá, nhãn hàng hóa và hàng giả, thu nộp ngân sách hơn 3,2 tỷ đồng, tăng 15,7% so với cùng kỳ.

Ngành Thống kê ước tính cả năm 2024, CPI bình quân của tỉnh tăng khoảng 4%, thấp hơn chỉ tiêu Nghị quyết HĐND tỉnh đề ra (4,5%). Tuy vậy, các ngành chức năng cần theo dõi sát giá xăng dầu, giá điện và giá lương thực dịp cuối năm để có giải pháp bình ổn kịp thời.

H'HEN NIÊ
30/10/2024
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("Bình quân 9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("năm 2024 tăng 4,12%", "4,12", 4.12, "percent", "%", "Chỉ số giá tiêu dùng 9 tháng năm 2024",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("giảm 0,21%", "0,21", 0.21, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 9/2024 so với tháng trước", M9),
    F("tăng 4,56%", "4,56", 4.56, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 9/2024 so với cùng kỳ năm trước", M9),
    F("CPI tăng 4,12%", "4,12", 4.12, "percent", "%", "CPI bình quân 9 tháng năm 2024 so với cùng kỳ", N9),
    F("tăng 4,4%", "4,4", 4.4, "percent", "%", "CPI quý III/2024",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("giáo dục tăng 9,85%", "9,85", 9.85, "percent", "%", "nhóm giáo dục"),
    F("tăng 6,2%", "6,2", 6.2, "percent", "%", "nhóm thuốc và dịch vụ y tế"),
    F("đạt 113.000 đồng/kg", "113.000", 113000, "money", "đồng/kg", "giá cà phê nhân xô bình quân",
      change=CH("increase", 2, "lần", "cùng kỳ", approx="nearly")),
    F("Cư M'gar (115.000 đồng/kg)", "115.000", 115000, "money", "đồng/kg", "giá cà phê nhân xô", location="Cư M'gar"),
    F("Krông Pắc (114.500 đồng/kg)", "114.500", 114500, "money", "đồng/kg", "giá cà phê nhân xô", location="Krông Pắc"),
    F("Krông Năng (114.000 đồng/kg)", "114.000", 114000, "money", "đồng/kg", "giá cà phê nhân xô", location="Krông Năng"),
    F("kiểm tra 1.245 vụ", "1.245", 1245, "count", "vụ", "vụ kiểm tra",
      P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("xử lý 968 vụ", "968", 968, "count", "vụ", "vụ vi phạm về giá, nhãn hàng hóa và hàng giả bị xử lý",
      P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("hơn 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "thu nộp ngân sách",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="over", change=CH("increase", 15.7, "%", "cùng kỳ")),
    F("khoảng 4%", "4", 4, "percent", "%", "CPI bình quân cả năm 2024",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", target=TG(4.5, met=True), status="estimate"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): CPI 9 tháng năm 2024; byline 'H'HEN NIÊ' and the bare date '30/10/2024' at the end.",
    "Headline 4,12% and lead 4,12% are both figures. 'riêng quý III/2024 tăng 4,4%' is a rate of its own with its own period.",
    "Coffee: 113.000 đồng/kg carries 'tăng gần 2 lần so với cùng kỳ' as its change (lần, nearly); the bracketed district prices",
    "after 'cao nhất tại … ở' are a list with the districts as location; they are not parts of the average (no total).",
    "'9 tháng qua' in a 30/10/2024 article = the first nine months of 2024. 'kiểm tra 1.245 vụ, xử lý 968 vụ': no part cue, no total.",
    "'thấp hơn chỉ tiêu Nghị quyết HĐND tỉnh đề ra (4,5%)' is the target of the estimate 4% (as shared h09); no number gap, so no change.",
    "Distractors: năm học 2024-2025, ngày 1/9, Quốc lộ 14, 30/10/2024.",
]

if __name__ == "__main__":
    emit("p583-5", TEXT, COMMENTS, FIGS, published="2024-10-30", location="Đắk Lắk")
