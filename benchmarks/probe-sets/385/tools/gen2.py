from lib import F, P, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 14/10/2024, 16:40 (GMT+7)

Xuất khẩu sầu riêng 9 tháng lập kỷ lục 2,8 tỷ USD

Kim ngạch xuất khẩu sầu riêng 9 tháng năm 2024 ước đạt khoảng 2,8 tỷ USD, gấp 2,1 lần cùng kỳ năm ngoái và chiếm 42% tổng kim ngạch xuất khẩu rau quả cả nước.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), riêng tháng 9/2024, xuất khẩu sầu riêng đạt 760 triệu USD, tăng 54% so với tháng 8. Tính chung 9 tháng, Trung Quốc tiếp tục là thị trường lớn nhất với 2,65 tỷ USD, chiếm gần 95% giá trị xuất khẩu sầu riêng. Tiếp theo là Thái Lan 42 triệu USD, Hàn Quốc 18,5 triệu USD và Mỹ 12,3 triệu USD.

Về nguồn cung, cả nước hiện có khoảng 151.000 ha sầu riêng, trong đó diện tích cho thu hoạch gần 85.000 ha; sản lượng năm 2024 dự kiến đạt 1,5 triệu tấn. Đắk Lắk là địa phương có diện tích lớn nhất với 34.000 ha, tiếp đến là Tiền Giang 21.500 ha, Đồng Nai 15.600 ha và Lâm Đồng 14.200 ha.

Tại Tiền Giang, giá sầu riêng Ri6 loại A tại vườn hiện dao động 55.000-70.000 đồng/kg, sầu riêng Monthong từ 80.000 đến 95.000 đồng/kg, giảm khoảng 20% so với đầu tháng 9 do nguồn cung chính vụ ở Tây Nguyên tăng mạnh.

Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, dự báo cả năm 2024 xuất khẩu sầu riêng có thể đạt 3,5 tỷ USD, đưa kim ngạch rau quả vượt mốc 7 tỷ USD. Tuy nhiên, từ đầu năm đến nay, cơ quan chức năng Trung Quốc đã cảnh báo hơn 400 lô hàng sầu riêng nhiễm cadimi và vàng O, chủ yếu do kiểm soát vùng trồng chưa chặt chẽ theo Nghị định thư ký năm 2022.

Minh Anh
"""

M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9c = P("Tính chung 9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24c = P("cả năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kim ngạch xuất khẩu sầu riêng"

FIGS = [
    F("lập kỷ lục 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", "xuất khẩu sầu riêng", M9h),
    F("khoảng 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", SUBJ, M9, approx="about", percent=42,
      change=CH("increase", 2.1, "lần", "cùng kỳ năm ngoái"), status="estimate"),
    F("đạt 760 triệu USD", "760", 760e6, "money", "USD", "xuất khẩu sầu riêng",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), change=CH("increase", 54, "%", "tháng 8")),
    F("với 2,65 tỷ USD", "2,65", 2.65e9, "money", "USD", "kim ngạch xuất khẩu sầu riêng sang Trung Quốc", M9c,
      percent=95),
    F("Thái Lan 42 triệu USD", "42", 42e6, "money", "USD", SUBJ, M9i),
    F("Hàn Quốc 18,5 triệu USD", "18,5", 18.5e6, "money", "USD", SUBJ, M9i),
    F("Mỹ 12,3 triệu USD", "12,3", 12.3e6, "money", "USD", SUBJ, M9i),
    F("khoảng 151.000 ha", "151.000", 151000, "measure", "ha", "diện tích sầu riêng", approx="about"),
    F("gần 85.000 ha", "85.000", 85000, "measure", "ha", "diện tích sầu riêng cho thu hoạch", approx="nearly",
      total=151000),
    F("đạt 1,5 triệu tấn", "1,5", 1.5e6, "measure", "tấn", "sản lượng sầu riêng", Y24, status="forecast"),
    F("nhất với 34.000 ha", "34.000", 34000, "measure", "ha", "diện tích sầu riêng", location="Đắk Lắk"),
    F("Tiền Giang 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích sầu riêng", location="Tiền Giang"),
    F("Đồng Nai 15.600 ha", "15.600", 15600, "measure", "ha", "diện tích sầu riêng", location="Đồng Nai"),
    F("Lâm Đồng 14.200 ha", "14.200", 14200, "measure", "ha", "diện tích sầu riêng", location="Lâm Đồng"),
    F("dao động 55.000-70.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá sầu riêng Ri6 loại A tại vườn",
      value_max=70000, location="Tiền Giang"),
    F("từ 80.000 đến 95.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá sầu riêng Monthong",
      value_max=95000, change=CH("decrease", 20, "%", "đầu tháng 9", approx="about"), location="Tiền Giang"),
    F("đạt 3,5 tỷ USD", "3,5", 3.5e9, "money", "USD", "xuất khẩu sầu riêng", Y24c, status="forecast"),
    F("vượt mốc 7 tỷ USD", "7", 7e9, "money", "USD", "kim ngạch rau quả", Y24c, approx="over", status="forecast"),
    F("hơn 400 lô hàng", "400", 400, "count", "lô hàng", "lô hàng sầu riêng bị cảnh báo nhiễm cadimi và vàng O",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-14"), approx="over"),
]

COMMENTS = [
    "National online newspaper (Kinh doanh › Hàng hóa): durian exports, 9 months 2024 — markets, area by province, prices, warnings.",
    "Dateline 'Thứ hai, 14/10/2024, 16:40 (GMT+7)'. Distractors: '(GMT+7)', variety name 'Ri6', 'loại A', 'tháng 8' and 'đầu tháng 9' as",
    "baselines, 'Nghị định thư ký năm 2022', byline. The year of '9 tháng' in the headline comes from the dateline (2024).",
    "'gấp 2,1 lần cùng kỳ' after the amount is its change (unit lần); 'chiếm 42%' its percent. Trade partners keep location Việt Nam.",
    "Province list of durian area: each item takes the province as location. 'vượt mốc 7 tỷ USD' is a forecast level, approx over.",
    "'từ đầu năm đến nay' runs to the dateline 2024-10-14. 'hiện' gives no period.",
]

emit("p385-2", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
