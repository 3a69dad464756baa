from lib import Doc, P, C, T

text = """Kinh doanh › Hàng hóa
Thứ bảy, 19/10/2024, 07:45 (GMT+7)

Xuất khẩu chè 9 tháng tăng mạnh cả lượng và giá trị

Nhờ nhu cầu từ Nam Á và Trung Đông phục hồi, xuất khẩu chè của Việt Nam tăng trưởng hai con số trong 9 tháng qua.

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024 cả nước xuất khẩu 105.600 tấn chè, trị giá 184,3 triệu USD, tăng 22,8% về lượng và tăng 21,6% về trị giá so với cùng kỳ năm 2023.

Riêng tháng 9/2024, xuất khẩu chè đạt 13.200 tấn, trị giá 23,5 triệu USD, tăng 4,7% về lượng so với tháng 8/2024 nhưng giảm 2,3% so với tháng 9/2023. Giá xuất khẩu bình quân 9 tháng ước đạt 1.745 USD/tấn, giảm 1% so với cùng kỳ.

Pakistan tiếp tục là thị trường lớn nhất với 35.400 tấn, chiếm 33,5% tổng lượng chè xuất khẩu; tiếp theo là Đài Loan (Trung Quốc) 14.900 tấn, Nga 9.800 tấn, Trung Quốc 8.600 tấn và Indonesia 6.100 tấn. Đáng chú ý, xuất khẩu sang Iraq tăng gấp 3,2 lần so với cùng kỳ, đạt 4.300 tấn.

Theo Hiệp hội Chè Việt Nam, khoảng 90% lượng chè xuất khẩu vẫn ở dạng nguyên liệu thô, giá bán chỉ bằng 60-70% giá chè cùng loại của Sri Lanka hay Kenya. Cả nước hiện có 170 doanh nghiệp tham gia xuất khẩu chè, song chỉ khoảng 20 doanh nghiệp đạt kim ngạch trên 5 triệu USD/năm.

Để đáp ứng quy định về dư lượng thuốc bảo vệ thực vật theo Nghị định 15/2018/NĐ-CP và yêu cầu của thị trường EU, Hiệp hội khuyến nghị doanh nghiệp mở rộng vùng nguyên liệu đạt chứng nhận Rainforest Alliance, hướng tới kim ngạch 250 triệu USD trong năm 2025.

Minh Anh
"""

d = Doc("p304-6", text, [
    "National press (business section): tea exports in the first 9 months of 2024 — volume, value, September, average price, markets, structure.",
    "Dateline 'Thứ bảy, 19/10/2024, 07:45 (GMT+7)'; byline at the end. Location Việt Nam throughout: trade partners are not places of figures.",
    "'tăng 22,8% về lượng và tăng 21,6% về trị giá' -> one change per figure (lượng -> tấn, trị giá -> USD). 'hai con số' is a phrase, not a figure.",
    "13.200 tấn carries 'tăng 4,7% … so với tháng 8/2024'; the second change 'giảm 2,3% so với tháng 9/2023' is an optional percent figure.",
    "'tăng gấp 3,2 lần …, đạt 4.300 tấn': the change stands before its figure. 'bằng 60-70%' has no figure before it: a percent range of its own.",
    "'trên 5 triệu USD/năm' is a threshold (optional); '170 … song chỉ khoảng 20' has no part-of cue (no total). 'Nghị định 15/2018/NĐ-CP' is a distractor.",
], published="2024-10-19", location="Việt Nam")

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
d.f("xuất khẩu 105.600 tấn", "105.600", 105600, "measure", "tấn", "chè xuất khẩu", N9, change=C("increase", 22.8, "%", "cùng kỳ năm 2023"))
d.f("trị giá 184,3 triệu USD", "184,3", 184.3e6, "money", "USD", "trị giá xuất khẩu chè", N9, change=C("increase", 21.6, "%", "cùng kỳ năm 2023"))
M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
d.f("đạt 13.200 tấn", "13.200", 13200, "measure", "tấn", "xuất khẩu chè", M9, change=C("increase", 4.7, "%", "tháng 8/2024"))
d.f("trị giá 23,5 triệu USD", "23,5", 23.5e6, "money", "USD", "trị giá xuất khẩu chè", M9)
d.f("giảm 2,3% so", "2,3", 2.3, "percent", "%", "lượng chè xuất khẩu so với tháng 9/2023", M9, optional=True)
d.f("ước đạt 1.745 USD/tấn", "1.745", 1745, "money", "USD/tấn", "giá xuất khẩu bình quân",
    P("9 tháng", "2024-01-01", "2024-09-30"), change=C("decrease", 1, "%", "cùng kỳ"), status="estimate")
d.f("với 35.400 tấn", "35.400", 35400, "measure", "tấn", "lượng chè xuất khẩu", N9i, percent=33.5)
for anchor, num, val in [("(Trung Quốc) 14.900 tấn", "14.900", 14900), ("Nga 9.800 tấn", "9.800", 9800),
                         ("Trung Quốc 8.600 tấn", "8.600", 8600), ("Indonesia 6.100 tấn", "6.100", 6100)]:
    d.f(anchor, num, val, "measure", "tấn", "lượng chè xuất khẩu", N9i)
d.f("đạt 4.300 tấn", "4.300", 4300, "measure", "tấn", "xuất khẩu chè sang Iraq", N9i, change=C("increase", 3.2, "lần", "cùng kỳ"))
d.f("khoảng 90% lượng", "90", 90, "percent", "%", "lượng chè xuất khẩu ở dạng nguyên liệu thô", approx="about")
d.f("bằng 60-70%", "60", 60, "percent", "%", "giá bán so với giá chè cùng loại của Sri Lanka hay Kenya", value_max=70)
d.f("có 170 doanh nghiệp", "170", 170, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu chè")
d.f("khoảng 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp đạt kim ngạch trên 5 triệu USD/năm", approx="about")
d.f("trên 5 triệu USD/năm", "5", 5e6, "money", "USD/năm", "kim ngạch", approx="over", optional=True)
d.f("kim ngạch 250 triệu USD", "250", 250e6, "money", "USD", "kim ngạch xuất khẩu chè",
    P("năm 2025", "2025-01-01", "2025-12-31"), status="target")
d.write()
