from lib import Doc, per, chg

d = Doc("p890-4", published="2024-03-06", location="Việt Nam", notes=[
    "Bộ NN&PTNT (Cục Trồng trọt): diện tích, sản lượng, xuất khẩu bưởi cả nước năm 2023, mã số vùng trồng, mục tiêu đến 2025/2030.",
    "'Ngày đăng: 06/03/2024 | Lượt xem: 1.148' is the dateline + counter; address 'số 2 Ngọc Hà', phone, 'Quyết định số 431/QĐ-TTg' are not figures.",
    "Province list with 'lần lượt là' shares the indicator 'diện tích bưởi'; places go to location; period inherited from 'đến hết năm 2023'.",
    "'gấp 2,2 lần năm 2022' qualifies 3.850 tấn (a comparison with a baseline): its change, unit 'lần'. 'Đến nay' ends at the dateline.",
])
d.text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt - Bảo vệ thực vật
Ngày đăng: 06/03/2024 | Lượt xem: 1.148

Phát triển bền vững cây bưởi gắn với xuất khẩu

Theo Cục Trồng trọt, đến hết năm 2023 cả nước có khoảng 112.000 ha bưởi, sản lượng đạt trên 1,15 triệu tấn; bưởi đứng thứ hai trong nhóm cây ăn quả có múi, sau cam. Các địa phương có diện tích bưởi lớn nhất lần lượt là Bến Tre (10.430 ha), Vĩnh Long (8.250 ha), Hậu Giang (6.900 ha) và Đồng Nai (6.100 ha).

Năm 2023, kim ngạch xuất khẩu bưởi ước đạt 82 triệu USD, tăng 23,5% so với năm 2022. Trái bưởi Việt Nam đã có mặt tại hơn 20 thị trường, trong đó Hoa Kỳ, New Zealand, Úc và Hàn Quốc là các thị trường có yêu cầu kiểm dịch thực vật nghiêm ngặt. Riêng thị trường Hoa Kỳ, lượng bưởi xuất khẩu năm 2023 đạt 3.850 tấn, gấp 2,2 lần năm 2022.

Đến nay, Cục Bảo vệ thực vật đã cấp 312 mã số vùng trồng bưởi với tổng diện tích khoảng 9.600 ha và 86 mã số cơ sở đóng gói. Tuy vậy, diện tích bưởi được chứng nhận VietGAP, GlobalGAP mới chiếm khoảng 8%.

Theo Quyết định số 431/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 diện tích bưởi cả nước duy trì ổn định ở mức 110.000-115.000 ha; sản lượng đạt 1,4-1,5 triệu tấn; trên 30% diện tích sản xuất theo VietGAP và tương đương. Mục tiêu đến năm 2025, kim ngạch xuất khẩu bưởi đạt 120 triệu USD.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""
E23 = per("đến hết năm 2023", end="2023-12-31")
d.add("khoảng 112.000 ha", "112.000", 112000, "measure", "ha", approx="about",
      subject="diện tích bưởi cả nước", period=E23)
d.add("trên 1,15 triệu tấn", "1,15", 1150000, "measure", "tấn", approx="over",
      subject="sản lượng bưởi", period=E23)
d.add("đứng thứ hai", "hai", 2, "rank", "hạng",
      subject="bưởi trong nhóm cây ăn quả có múi", period=E23)
for place, num in [("Bến Tre", "10.430"), ("Vĩnh Long", "8.250"), ("Hậu Giang", "6.900"), ("Đồng Nai", "6.100")]:
    d.add(f"{place} ({num} ha)", num, float(num.replace(".", "")), "measure", "ha",
          subject="diện tích bưởi", location=place,
          period=per("đến hết năm 2023", end="2023-12-31", inherited=True))
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
d.add("ước đạt 82 triệu USD", "82", 82e6, "money", "USD", status="estimate",
      change=chg("increase", 23.5, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu bưởi", period=Y23)
d.add("hơn 20 thị trường", "20", 20, "count", "thị trường", approx="over",
      subject="thị trường có mặt trái bưởi Việt Nam")
d.add("đạt 3.850 tấn", "3.850", 3850, "measure", "tấn",
      change=chg("increase", 2.2, "lần", "năm 2022"),
      subject="lượng bưởi xuất khẩu sang thị trường Hoa Kỳ",
      period=per("năm 2023", "2023-01-01", "2023-12-31"))
NOW = per("Đến nay", end="2024-03-06")
d.add("cấp 312 mã số", "312", 312, "count", "mã số vùng trồng",
      subject="mã số vùng trồng bưởi được cấp", period=NOW)
d.add("khoảng 9.600 ha", "9.600", 9600, "measure", "ha", approx="about",
      subject="diện tích vùng trồng bưởi được cấp mã số", period=NOW)
d.add("và 86 mã số", "86", 86, "count", "mã số cơ sở đóng gói",
      subject="mã số cơ sở đóng gói bưởi được cấp", period=NOW)
d.add("chiếm khoảng 8%", "8", 8, "percent", "%", approx="about",
      subject="tỷ lệ diện tích bưởi được chứng nhận VietGAP, GlobalGAP")
T30 = per("đến năm 2030", end="2030-12-31")
d.add("mức 110.000-115.000 ha", "110.000", 110000, "measure", "ha", value_max=115000, status="target",
      subject="diện tích bưởi cả nước", period=T30)
d.add("đạt 1,4-1,5 triệu tấn", "1,4", 1400000, "measure", "tấn", value_max=1500000, status="target",
      subject="sản lượng bưởi", period=T30)
d.add("trên 30% diện tích", "30", 30, "percent", "%", approx="over", status="target",
      subject="tỷ lệ diện tích bưởi sản xuất theo VietGAP và tương đương", period=T30)
d.add("đạt 120 triệu USD", "120", 120e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu bưởi", period=per("đến năm 2025", end="2025-12-31"))
d.write()
