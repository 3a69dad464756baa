from lib import *

text = """Sơn La: Chế biến sâu nâng giá trị trái cây, xuất khẩu rau quả ước đạt 86,5 triệu USD
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.316

Theo Sở Công Thương tỉnh Sơn La, tính đến ngày 30/9/2024, toàn tỉnh có 21 nhà máy và 146 cơ sở chế biến rau quả, tổng công suất thiết kế khoảng 2.850 tấn/ngày. Trong đó, 9 nhà máy chế biến sâu (sấy lạnh, sấy thăng hoa, nước ép, đông lạnh IQF) có công suất 1.120 tấn/ngày, chiếm 39,3% tổng công suất. Công suất tập trung chủ yếu tại các huyện Mai Sơn (1.050 tấn/ngày), Yên Châu (620 tấn/ngày), Sông Mã (480 tấn/ngày) và thành phố Sơn La (310 tấn/ngày).

9 tháng năm 2024, các nhà máy, cơ sở đã chế biến 152.400 tấn quả tươi, tăng 18,6% so với cùng kỳ năm 2023, đạt 76,2% kế hoạch năm. Sản phẩm chủ lực gồm: xoài 58.300 tấn, nhãn 47.900 tấn, mận 21.600 tấn, chanh leo 11.200 tấn. Giá trị sản xuất công nghiệp chế biến rau quả ước đạt 3.240 tỷ đồng, chiếm khoảng 14% giá trị toàn ngành công nghiệp chế biến của tỉnh.

Kim ngạch xuất khẩu rau quả chế biến 9 tháng ước đạt 86,5 triệu USD, tăng 24,1% so với cùng kỳ; riêng quý III/2024 đạt 41,2 triệu USD. Sản phẩm đã có mặt tại 28 quốc gia và vùng lãnh thổ, trong đó thị trường Trung Quốc chiếm 46% kim ngạch.

Hệ thống kho lạnh được mở rộng với 64 kho, tổng dung tích trên 38.500 m3, tăng gần 1,5 lần so với năm 2022. Diện tích cây ăn quả liên kết sản xuất, tiêu thụ với doanh nghiệp chế biến đạt 18.760 ha/85.420 ha, chiếm 22% diện tích cây ăn quả toàn tỉnh.

Thực hiện Quyết định số 1685/QĐ-UBND ngày 12/8/2021, năm 2024 tỉnh phấn đấu chế biến 200.000 tấn quả, kim ngạch xuất khẩu rau quả đạt 110 triệu USD; đến năm 2025 nâng tỷ lệ quả tươi được chế biến lên 30% tổng sản lượng.

Đường dây nóng hỗ trợ doanh nghiệp: 0212.3852.114.
"""

L = "Sơn La"
p30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
p30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", True)
p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
p9b = P("9 tháng", "2024-01-01", "2024-09-30")

figs = [
    F("rau quả ước đạt 86,5 triệu USD", "86,5", 86.5e6, "money", "USD",
      "kim ngạch xuất khẩu rau quả", status="estimate", period=p9i),
    F("có 21 nhà máy", "21", 21, "count", "nhà máy", "nhà máy chế biến rau quả", period=p30),
    F("146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở chế biến rau quả", period=p30),
    F("khoảng 2.850 tấn/ngày", "2.850", 2850, "measure", "tấn/ngày",
      "tổng công suất thiết kế chế biến rau quả", approx="about", period=p30),
    F("9 nhà máy chế biến sâu", "9", 9, "count", "nhà máy", "nhà máy chế biến sâu",
      total=21, period=p30i),
    F("công suất 1.120 tấn/ngày", "1.120", 1120, "measure", "tấn/ngày",
      "công suất nhà máy chế biến sâu", total=2850, percent=39.3, period=p30i),
    F("Mai Sơn (1.050", "1.050", 1050, "measure", "tấn/ngày", "công suất chế biến rau quả",
      location="Mai Sơn", period=p30i),
    F("Yên Châu (620", "620", 620, "measure", "tấn/ngày", "công suất chế biến rau quả",
      location="Yên Châu", period=p30i),
    F("Sông Mã (480", "480", 480, "measure", "tấn/ngày", "công suất chế biến rau quả",
      location="Sông Mã", period=p30i),
    F("Sơn La (310", "310", 310, "measure", "tấn/ngày", "công suất chế biến rau quả",
      location="Sơn La", period=p30i),
    F("chế biến 152.400 tấn", "152.400", 152400, "measure", "tấn", "quả tươi chế biến",
      percent=76.2, change=CH("increase", 18.6, "%", "cùng kỳ năm 2023"), period=p9),
    F("xoài 58.300 tấn", "58.300", 58300, "measure", "tấn", "xoài chế biến", total=152400, period=p9i),
    F("nhãn 47.900 tấn", "47.900", 47900, "measure", "tấn", "nhãn chế biến", total=152400, period=p9i),
    F("mận 21.600 tấn", "21.600", 21600, "measure", "tấn", "mận chế biến", total=152400, period=p9i),
    F("chanh leo 11.200 tấn", "11.200", 11200, "measure", "tấn", "chanh leo chế biến",
      total=152400, period=p9i),
    F("ước đạt 3.240 tỷ đồng", "3.240", 3240e9, "money", "đồng",
      "giá trị sản xuất công nghiệp chế biến rau quả", percent=14, status="estimate", period=p9i),
    F("9 tháng ước đạt 86,5 triệu USD", "86,5", 86.5e6, "money", "USD",
      "kim ngạch xuất khẩu rau quả chế biến", change=CH("increase", 24.1, "%", "cùng kỳ"),
      status="estimate", period=p9b),
    F("đạt 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", "kim ngạch xuất khẩu rau quả chế biến quý III",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("tại 28 quốc gia", "28", 28, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm rau quả chế biến", period=p9i),
    F("chiếm 46% kim ngạch", "46", 46, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu",
      period=p9i),
    F("với 64 kho", "64", 64, "count", "kho", "kho lạnh", period=p30i),
    F("trên 38.500 m3", "38.500", 38500, "measure", "m3", "tổng dung tích kho lạnh", approx="over",
      change=CH("increase", 1.5, "lần", "năm 2022", "nearly"), period=p30i),
    F("đạt 18.760 ha/85.420 ha", "18.760", 18760, "measure", "ha",
      "diện tích cây ăn quả liên kết sản xuất, tiêu thụ với doanh nghiệp chế biến",
      total=85420, percent=22, period=p30i),
    F("chế biến 200.000 tấn", "200.000", 200000, "measure", "tấn", "quả chế biến", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 110 triệu USD", "110", 110e6, "money", "USD", "kim ngạch xuất khẩu rau quả", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("lên 30% tổng", "30", 30, "percent", "%", "tỷ lệ quả tươi được chế biến", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build(1, [
    "Cổng TTĐT tỉnh Sơn La (provincial portal): fruit processing capacity, output, exports, cold storage, contract farming, 9 months 2024.",
    "Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.316' (view counter is page furniture). Distractors: Quyết định số 1685/QĐ-UBND ngày 12/8/2021, hotline 0212.3852.114.",
    "'Trong đó, 9 nhà máy ... công suất 1.120 tấn/ngày, chiếm 39,3%': 9 is part of the 21 nhà máy, 1.120 part of the 2.850 tấn/ngày (same thing, same as-of date).",
    "'gồm:' list after 152.400 tấn (next sentence) gives total 152400. '18.760 ha/85.420 ha' gives total 85420; 'chiếm 22%' its percent.",
    "'tăng gần 1,5 lần so với năm 2022' is the change of 38.500 m3. Title figure repeats 86,5 triệu USD (inherited period, estimate).",
    "'9 tháng' without a year takes 2024 from the earlier '9 tháng năm 2024'. Trade partner China is not a place: location stays Sơn La.",
], text, figs, published="2024-10-14", location=L)
