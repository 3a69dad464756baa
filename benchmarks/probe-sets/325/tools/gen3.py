from lib import P, C, T, write

text = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Tin hoạt động > Đấu thầu

Năm 2023, tỷ lệ tiết kiệm qua đấu thầu đạt 5,1%
Thứ Sáu, 15/03/2024 10:42

(MPI) - Theo Báo cáo tổng kết công tác đấu thầu năm 2023 do Cục Quản lý đấu thầu tổng hợp, năm 2023 cả nước đã tổ chức lựa chọn nhà thầu cho khoảng 198.000 gói thầu với tổng giá trúng thầu hơn 497.300 tỷ đồng; giá trị tiết kiệm đạt gần 26.800 tỷ đồng, tỷ lệ tiết kiệm bình quân 5,1%.

Trong đó, đấu thầu qua mạng có 133.450 gói thầu, chiếm 67,4% tổng số gói; tổng giá gói thầu qua mạng khoảng 289.500 tỷ đồng, tỷ lệ tiết kiệm 6,3%, cao hơn 1,2 điểm phần trăm so với năm 2022. Tỷ lệ tiết kiệm của các gói thầu qua mạng dao động từ 4% đến 8% tùy lĩnh vực.

Các địa phương có tỷ lệ lựa chọn nhà thầu qua mạng cao nhất là Đồng Tháp (98,6%), Bắc Ninh (97,9%) và Quảng Ninh (97,2%); một số địa phương vẫn dưới 60%. Ở khối bộ, ngành, Bộ Giao thông vận tải có giá trị tiết kiệm lớn nhất với 3.125 tỷ đồng; Bộ Y tế đạt tỷ lệ đấu thầu qua mạng 92,5%.

Tính đến ngày 31/12/2023, Hệ thống mạng đấu thầu quốc gia có 96.754 bên mời thầu; số nhà thầu đăng ký đạt hơn 251.000 nhà thầu, tăng 14% so với cùng thời điểm năm 2022.

Về xử lý vi phạm, trong năm Bộ đã ban hành 15 quyết định cấm tham dự hoạt động đấu thầu đối với nhà thầu vi phạm và tổ chức 6 cuộc kiểm tra tại các bộ, địa phương.

Theo Chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ, mục tiêu năm 2024 là tỷ lệ lựa chọn nhà thầu qua mạng đạt 95% về số lượng gói thầu và 80% về tổng giá gói thầu. Luật Đấu thầu số 22/2023/QH15 có hiệu lực từ ngày 01/01/2024 cũng quy định lộ trình bắt buộc đấu thầu qua mạng.

Trung tâm Đấu thầu qua mạng quốc gia hỗ trợ nhà thầu qua tổng đài 1900 6126, số 6B Hoàng Diệu, Ba Đình, Hà Nội.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="đấu thầu đạt 5,1%", number="5,1", value=5.1, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm qua đấu thầu", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    dict(anchor="khoảng 198.000 gói thầu", number="198.000", value=198000, kind="count", unit="gói thầu", approx="about",
         subject="gói thầu tổ chức lựa chọn nhà thầu", period=Y),
    dict(anchor="hơn 497.300 tỷ đồng", number="497.300", value=497300e9, kind="money", unit="đồng", approx="over",
         subject="tổng giá trúng thầu", period=Y),
    dict(anchor="gần 26.800 tỷ đồng", number="26.800", value=26800e9, kind="money", unit="đồng", approx="nearly",
         subject="giá trị tiết kiệm", period=Y),
    dict(anchor="tỷ lệ tiết kiệm bình quân 5,1%", number="5,1", value=5.1, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm bình quân", period=Y),
    dict(anchor="có 133.450 gói thầu", number="133.450", value=133450, kind="count", unit="gói thầu", total=198000,
         percent=67.4, subject="gói thầu đấu thầu qua mạng", period=Yi),
    dict(anchor="khoảng 289.500 tỷ đồng", number="289.500", value=289500e9, kind="money", unit="đồng", approx="about",
         subject="tổng giá gói thầu qua mạng", period=Yi),
    dict(anchor="tỷ lệ tiết kiệm 6,3%", number="6,3", value=6.3, kind="percent", unit="%",
         change=C("increase", 1.2, "điểm phần trăm", "năm 2022"), subject="tỷ lệ tiết kiệm qua mạng", period=Yi),
    dict(anchor="từ 4% đến 8%", number="4", value=4, value_max=8, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm của các gói thầu qua mạng", period=Yi),
    dict(anchor="Đồng Tháp (98,6%)", number="98,6", value=98.6, kind="percent", unit="%",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng", location="Đồng Tháp", period=Yi),
    dict(anchor="Bắc Ninh (97,9%)", number="97,9", value=97.9, kind="percent", unit="%",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng", location="Bắc Ninh", period=Yi),
    dict(anchor="Quảng Ninh (97,2%)", number="97,2", value=97.2, kind="percent", unit="%",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng", location="Quảng Ninh", period=Yi),
    dict(anchor="vẫn dưới 60%", number="60", value=60, kind="percent", unit="%", approx="under",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng của một số địa phương", period=Yi, optional=True),
    dict(anchor="với 3.125 tỷ đồng", number="3.125", value=3125e9, kind="money", unit="đồng",
         subject="giá trị tiết kiệm Bộ Giao thông vận tải", period=Yi),
    dict(anchor="qua mạng 92,5%", number="92,5", value=92.5, kind="percent", unit="%",
         subject="tỷ lệ đấu thầu qua mạng Bộ Y tế", period=Yi),
    dict(anchor="có 96.754 bên mời thầu", number="96.754", value=96754, kind="count", unit="bên mời thầu",
         subject="bên mời thầu trên Hệ thống mạng đấu thầu quốc gia",
         period=P("Tính đến ngày 31/12/2023", end="2023-12-31")),
    dict(anchor="hơn 251.000 nhà thầu", number="251.000", value=251000, kind="count", unit="nhà thầu", approx="over",
         change=C("increase", 14, "%", "cùng thời điểm năm 2022"), subject="nhà thầu đăng ký",
         period=P("Tính đến ngày 31/12/2023", end="2023-12-31")),
    dict(anchor="ban hành 15 quyết định", number="15", value=15, kind="count", unit="quyết định",
         subject="quyết định cấm tham dự hoạt động đấu thầu", period=Yi),
    dict(anchor="tổ chức 6 cuộc kiểm tra", number="6", value=6, kind="count", unit="cuộc kiểm tra",
         subject="cuộc kiểm tra tại các bộ, địa phương", period=Yi),
    dict(anchor="đạt 95% về số lượng", number="95", value=95, kind="percent", unit="%", status="target",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng về số lượng gói thầu", period=Y24),
    dict(anchor="và 80% về tổng giá", number="80", value=80, kind="percent", unit="%", status="target",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng về tổng giá gói thầu", period=Y24),
]

comments = [
    "Ministry site (Bộ KH&ĐT, MPI): national results of procurement 2023; breadcrumb, weekday dateline with time under the headline.",
    "National figures: location Việt Nam; provinces in the online-share list take their own location. Ministries are not places.",
    "'133.450 gói thầu, chiếm 67,4% tổng số gói' after 'Trong đó' (sentence break): total 198.000 (approx whole) and percent 67.4.",
    "'tỷ lệ tiết kiệm 6,3%, cao hơn 1,2 điểm phần trăm so với năm 2022': a level with its change (unit điểm phần trăm), not a growth claim.",
    "'một số địa phương vẫn dưới 60%': group of unnamed provinces, optional. Targets 95%/80% in 'mục tiêu năm 2024' -> status target.",
    "'tăng 14% so với cùng thời điểm năm 2022' attaches to the nhà thầu count in its own clause (not to bên mời thầu).",
    "Distractors: Chỉ thị số 13/CT-TTg, Luật số 22/2023/QH15, 'từ ngày 01/01/2024', tổng đài 1900 6126, address 'số 6B Hoàng Diệu, Ba Đình, Hà Nội'.",
]
write(3, comments, text, figs, published="2024-03-15", location="Việt Nam")
