from lib import Doc, P

TEXT = """Bù Đăng: Năm 2023 làm mới hơn 60 km đường bê tông nông thôn

Năm 2023, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, ngân sách huyện và sự đóng góp của nhân dân, huyện Bù Đăng đã đầu tư làm mới 61,7 km đường bê tông xi măng và láng nhựa 18,4 km đường giao thông nông thôn, ước tổng kinh phí 142 tỷ đồng, gấp 1,8 lần năm 2022.

Trong số này, nhân dân đóng góp 39,6 tỷ đồng, chiếm 27,9%; các doanh nghiệp trên địa bàn tài trợ khoảng 4 tỷ đồng. Toàn huyện có 1.264 hộ hiến đất với diện tích trên 76.000 m2, nhiều hộ hiến từ 500 đến 1.000 m2 đất trồng điều, cà phê đang cho thu hoạch. Các tuyến kết nối với Quốc lộ 14 và ĐT.755 qua xã Đức Liễu, Nghĩa Trung được ưu tiên đầu tư trước.

Đến nay, 100% tuyến đường huyện và 91,5% đường trục xã đã được nhựa hóa, bê tông hóa; tỷ lệ đường thôn, sóc được cứng hóa đạt 78,3%, tăng 6,2% so với cuối năm 2022. Huyện có 13/15 xã đạt tiêu chí số 2 về giao thông, trong đó 9 xã đã được công nhận đạt chuẩn nông thôn mới.

Năm 2024, huyện phấn đấu làm mới khoảng 55-60 km đường giao thông nông thôn, vận động nhân dân đóng góp từ 25 đến 30% kinh phí; dự kiến khởi công 2 cầu bê tông qua suối Đắk Woa và Đắk Liên với tổng mức đầu tư 11,5 tỷ đồng.

Phó Chủ tịch UBND huyện Điểu Lình cho biết, huyện tiếp tục thực hiện phương châm "Nhà nước và nhân dân cùng làm", công khai kinh phí từng tuyến đường tại nhà văn hóa các thôn, sóc để người dân giám sát.

Minh Tuấn - Trung tâm Văn hóa, Thể thao và Truyền thông huyện Bù Đăng
28/12/2023
"""

d = Doc("p303-8", TEXT, [
    "District news (Bù Đăng, Bình Phước) with no dateline at the top: the bare date '28/12/2023' after the byline at the end is the article's date.",
    "Title figure 'hơn 60 km' has its own 'Năm 2023'. 'ước tổng kinh phí 142 tỷ đồng' -> estimate; 'gấp 1,8 lần năm 2022' after it is its change (lần).",
    "'Trong số này' gives the 142 tỷ as total to 39,6 tỷ (with its share 27,9%) and to 'khoảng 4 tỷ' (across ';'); the new sentence has its own verbs -> actual.",
    "'78,3%, tăng 6,2% so với cuối năm 2022': a level with its change. '13/15 xã ..., trong đó 9 xã' -> total 13. 'Đến nay' ends at 2023-12-28.",
    "Targets 'phấn đấu' (55-60 km about, 25-30%); 'dự kiến' -> forecast (2 cầu, 11,5 tỷ). Location Bù Đăng throughout.",
    "revised after the first run: bare money subjects ('tổng vốn', 'kinh phí', 'tổng kinh phí', 'tổng mức đầu tư') now name what the same sentence says the money is for.",
    "Distractors: road names 'Quốc lộ 14', 'ĐT.755', 'tiêu chí số 2', person name 'Điểu Lình', baselines 'năm 2022', 'cuối năm 2022'.",
], published="2023-12-28", location="Bù Đăng")

Y23t = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
d.f("hơn 60 km", "60", 60, "measure", "km", "đường bê tông nông thôn làm mới", approx="over", period=Y23t)
d.f("mới 61,7 km", "61,7", 61.7, "measure", "km", "đường bê tông xi măng làm mới", period=Y23t)
d.f("nhựa 18,4 km", "18,4", 18.4, "measure", "km", "đường giao thông nông thôn láng nhựa", period=Y23t)
d.f("phí 142 tỷ đồng", "142", 142e9, "money", "đồng", "tổng kinh phí đầu tư làm mới đường giao thông nông thôn", status="estimate",
    change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "năm 2022"}, period=Y23t)
d.f("góp 39,6 tỷ đồng", "39,6", 39.6e9, "money", "đồng", "nhân dân đóng góp", total=142e9, percent=27.9, period=Y23i)
d.f("khoảng 4 tỷ đồng", "4", 4e9, "money", "đồng", "doanh nghiệp tài trợ", approx="about", total=142e9, period=Y23i)
d.f("có 1.264 hộ", "1.264", 1264, "count", "hộ", "hộ hiến đất", period=Y23i)
d.f("trên 76.000 m2", "76.000", 76000, "measure", "m2", "diện tích đất hiến", approx="over", period=Y23i)
d.f("từ 500 đến", "500", 500, "measure", "m2", "đất nhiều hộ hiến", value_max=1000, period=Y23i)
NOW = P("Đến nay", None, "2023-12-28")
NOWi = P("Đến nay", None, "2023-12-28", inherited=True)
d.f("nay, 100% tuyến", "100", 100, "percent", "%", "tuyến đường huyện được nhựa hóa, bê tông hóa", period=NOW)
d.f("và 91,5%", "91,5", 91.5, "percent", "%", "đường trục xã được nhựa hóa, bê tông hóa", period=NOW)
d.f("đạt 78,3%", "78,3", 78.3, "percent", "%", "tỷ lệ đường thôn, sóc được cứng hóa",
    change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "cuối năm 2022"}, period=NOW)
d.f("13/15 xã", "13", 13, "count", "xã", "xã đạt tiêu chí số 2 về giao thông", total=15, period=NOWi)
d.f("đó 9 xã", "9", 9, "count", "xã", "xã được công nhận đạt chuẩn nông thôn mới", total=13, period=NOWi)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
d.f("khoảng 55-60 km", "55", 55, "measure", "km", "đường giao thông nông thôn làm mới", value_max=60, approx="about", status="target", period=Y24)
d.f("từ 25 đến 30%", "25", 25, "percent", "%", "nhân dân đóng góp kinh phí", value_max=30, status="target", period=Y24)
d.f("khởi công 2 cầu", "2", 2, "count", "cầu", "cầu bê tông khởi công", status="forecast", period=Y24)
d.f("tư 11,5 tỷ đồng", "11,5", 11.5e9, "money", "đồng", "tổng mức đầu tư cầu bê tông", status="forecast", period=Y24)
d.write()
