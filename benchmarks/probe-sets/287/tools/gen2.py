from lib import F, P, build

T = """CỤC HÀNG KHÔNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động ngành

Tình hình khai thác và chỉ số đúng giờ của các hãng hàng không quý III/2024
Ngày đăng: 08/10/2024

Theo số liệu Cục Hàng không Việt Nam tổng hợp, trong quý III/2024 các hãng hàng không Việt Nam đã khai thác tổng cộng 87.412 chuyến bay, giảm 2,4% so với cùng kỳ năm 2023. Trong đó có 66.905 chuyến bay cất cánh đúng giờ, đạt tỷ lệ 76,5%; 20.331 chuyến bay bị chậm chuyến (chiếm 23,3%) và 176 chuyến bị hủy.

Xét theo từng hãng, Bamboo Airways có chỉ số đúng giờ cao nhất với 89,1%, tiếp đến là Vasco (87,6%), Pacific Airlines (84,3%), Vietnam Airlines (79,2%) và Vietravel Airlines (75,8%). Vietjet Air khai thác nhiều chuyến bay nhất với 41.260 chuyến, chiếm 47,2% tổng số, song tỷ lệ đúng giờ chỉ đạt 71,4%, thấp hơn 4,1 điểm phần trăm so với quý II/2024.

Nguyên nhân chậm chuyến chủ yếu do tàu bay về muộn (chiếm 78,6%), tiếp đến là do thời tiết (8,2%), quản lý điều hành bay (3,1%), các nguyên nhân khác chiếm 10,1%. Riêng trong tháng 9, ảnh hưởng của cơn bão số 3 (Yagi) đã khiến gần 300 chuyến bay phải hủy, tập trung tại các cảng hàng không Nội Bài, Vân Đồn, Cát Bi và Thọ Xuân.

Tính chung 9 tháng năm 2024, tổng thị trường vận chuyển hàng không ước đạt 55,2 triệu lượt khách, tăng 3,8% so với cùng kỳ; trong đó khách quốc tế ước đạt 25,3 triệu lượt, tăng 20,6%, khách nội địa ước đạt 29,9 triệu lượt, giảm 7,5%. Cục Hàng không đặt mục tiêu tỷ lệ đúng giờ toàn ngành năm 2024 đạt tối thiểu 85%.

Địa chỉ: 119 Nguyễn Sơn, phường Gia Thụy, quận Long Biên, Hà Nội
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
OTP = "chỉ số đúng giờ"
CAUSE = "nguyên nhân chậm chuyến"

figs = [
    F("tổng cộng 87.412 chuyến bay", "87.412", 87412, "count", "chuyến bay", "chuyến bay các hãng hàng không Việt Nam khai thác",
      change={"direction": "decrease", "value": 2.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Q3),
    F("có 66.905 chuyến bay", "66.905", 66905, "count", "chuyến bay", "chuyến bay cất cánh đúng giờ",
      total=87412, percent=76.5, period=Q3i),
    F("20.331 chuyến bay bị chậm", "20.331", 20331, "count", "chuyến bay", "chuyến bay bị chậm chuyến",
      total=87412, percent=23.3, period=Q3i),
    F("176 chuyến bị hủy", "176", 176, "count", "chuyến", "chuyến bay bị hủy", total=87412, period=Q3i),
    F("cao nhất với 89,1%", "89,1", 89.1, "percent", "%", OTP, period=Q3i),
    F("Vasco (87,6%)", "87,6", 87.6, "percent", "%", OTP, period=Q3i),
    F("Pacific Airlines (84,3%)", "84,3", 84.3, "percent", "%", OTP, period=Q3i),
    F("Vietnam Airlines (79,2%)", "79,2", 79.2, "percent", "%", OTP, period=Q3i),
    F("Vietravel Airlines (75,8%)", "75,8", 75.8, "percent", "%", OTP, period=Q3i),
    F("với 41.260 chuyến", "41.260", 41260, "count", "chuyến", "chuyến bay Vietjet Air khai thác", percent=47.2, period=Q3i),
    F("chỉ đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ đúng giờ Vietjet Air",
      change={"direction": "decrease", "value": 4.1, "unit": "điểm phần trăm", "baseline": "quý II/2024"}, period=Q3i),
    F("về muộn (chiếm 78,6%)", "78,6", 78.6, "percent", "%", CAUSE + " do tàu bay về muộn", period=Q3i),
    F("thời tiết (8,2%)", "8,2", 8.2, "percent", "%", CAUSE + " do thời tiết", period=Q3i),
    F("điều hành bay (3,1%)", "3,1", 3.1, "percent", "%", CAUSE + " do quản lý điều hành bay", period=Q3i),
    F("khác chiếm 10,1%", "10,1", 10.1, "percent", "%", CAUSE + " khác", period=Q3i),
    F("gần 300 chuyến bay", "300", 300, "count", "chuyến bay", "chuyến bay phải hủy do cơn bão số 3",
      approx="nearly", period=P("trong tháng 9", "2024-09-01", "2024-09-30")),
    F("ước đạt 55,2 triệu lượt khách", "55,2", 55200000, "count", "lượt khách", "tổng thị trường vận chuyển hàng không",
      status="estimate", change={"direction": "increase", "value": 3.8, "unit": "%", "baseline": "cùng kỳ"}, period=M9),
    F("ước đạt 25,3 triệu lượt", "25,3", 25300000, "count", "lượt khách", "khách quốc tế", total=55200000,
      status="estimate", change={"direction": "increase", "value": 20.6, "unit": "%"}, period=M9),
    F("ước đạt 29,9 triệu lượt", "29,9", 29900000, "count", "lượt khách", "khách nội địa", total=55200000,
      status="estimate", change={"direction": "decrease", "value": 7.5, "unit": "%"}, period=M9),
    F("tối thiểu 85%", "85", 85, "percent", "%", "tỷ lệ đúng giờ toàn ngành", approx="at_least", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

build("p287-2", T, figs, [
    "Cục Hàng không Việt Nam (ministry-level site, breadcrumb + 'Ngày đăng: 08/10/2024'): flights and on-time performance, quý III/2024.",
    "National figures: location Việt Nam (airlines are not places; airports named for the storm cancellations are a list of places",
    "inside a national count, so the count stays national).",
    "Distractors: 'cơn bão số 3' (name), address '119 Nguyễn Sơn', quý II/2024 as a baseline, section breadcrumbs.",
    "66.905 / 20.331 / 176 are parts of 87.412 after 'Trong đó' (sentence break); 'đạt tỷ lệ 76,5%' and '(chiếm 23,3%)' are their shares.",
    "'chiếm 47,2% tổng số' is the share of 41.260; 'tổng số' has no number in that sentence, so no total.",
    "Airline OTP list: each item a percent figure, subject = the list indicator only (as shared h01 does for ministries). Delay causes: each share is a percent figure",
    "(no count stands before them). '71,4%, thấp hơn 4,1 điểm phần trăm so với quý II/2024' is a change of the percent.",
    "9-month market: 'ước đạt' governs the parts in the same sentence (estimate). 'mục tiêu … tối thiểu 85%' target, at_least.",
], published="2024-10-08", location="Việt Nam")
