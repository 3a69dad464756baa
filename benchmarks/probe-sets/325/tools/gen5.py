from lib import P, C, T, write

text = """Trang chủ > Tin tức - Sự kiện > Kinh tế

HUYỆN PHÚ BÌNH ĐẨY MẠNH LỰA CHỌN NHÀ THẦU QUA MẠNG

6 tháng đầu năm 2024, Ban Quản lý dự án đầu tư xây dựng huyện Phú Bình (Thái Nguyên) và các chủ đầu tư trên địa bàn đã tổ chức lựa chọn nhà thầu cho 86 gói thầu, tổng giá trúng thầu 97,6 tỷ đồng, tiết kiệm 3,12 tỷ đồng so với giá gói thầu. Trong đó, 64 gói thầu được thực hiện qua mạng, chiếm 74,4%.

Theo chủ đầu tư, Ban Quản lý dự án huyện thực hiện 38 gói, Phòng Giáo dục và Đào tạo 12 gói, Phòng Nông nghiệp và Phát triển nông thôn 9 gói, UBND các xã 27 gói. Riêng quý II/2024, huyện thực hiện 59 gói thầu, gấp 2,2 lần quý I.

Tổng số lượt nhà thầu tham dự là 213 lượt, bình quân 2,5 nhà thầu/gói thầu; có 17 gói thầu chỉ có 01 nhà thầu tham dự, chủ yếu là gói thầu xây lắp quy mô nhỏ. Giá trị giải ngân các gói thầu đã ký hợp đồng từ đầu năm đến nay đạt 41,8 tỷ đồng, bằng 42,8% giá trị hợp đồng.

Qua kiểm tra theo Quyết định số 1102/QĐ-UBND của UBND huyện, Phòng Tài chính - Kế hoạch đã chấn chỉnh 4 chủ đầu tư, đề nghị hủy thầu 01 gói do hồ sơ mời thầu nêu điều kiện hạn chế nhà thầu tham dự.

Huyện phấn đấu cả năm 2024 tỷ lệ lựa chọn nhà thầu qua mạng đạt từ 85% đến 90% số gói thầu (trừ các gói thầu có giá trị dưới 50 triệu đồng), tỷ lệ giải ngân vốn đầu tư công đạt trên 95% kế hoạch.

Ông Dương Văn Lượng, Trưởng phòng Tài chính - Kế hoạch huyện cho biết, thời gian tới phòng sẽ hướng dẫn các xã đăng ký tài khoản trên Hệ thống mạng đấu thầu quốc gia; mọi vướng mắc liên hệ số điện thoại 0208.3867.123 trong giờ hành chính.

Phòng Tài chính - Kế hoạch huyện Phú Bình
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="cho 86 gói thầu", number="86", value=86, kind="count", unit="gói thầu",
         subject="gói thầu tổ chức lựa chọn nhà thầu", period=H),
    dict(anchor="trúng thầu 97,6 tỷ đồng", number="97,6", value=97.6e9, kind="money", unit="đồng",
         subject="tổng giá trúng thầu", period=H),
    dict(anchor="tiết kiệm 3,12 tỷ đồng", number="3,12", value=3.12e9, kind="money", unit="đồng",
         subject="tiết kiệm so với giá gói thầu", period=H),
    dict(anchor="đó, 64 gói thầu", number="64", value=64, kind="count", unit="gói thầu", total=86, percent=74.4,
         subject="gói thầu được thực hiện qua mạng", period=Hi),
    dict(anchor="thực hiện 38 gói", number="38", value=38, kind="count", unit="gói",
         subject="gói thầu thực hiện theo chủ đầu tư", period=Hi),
    dict(anchor="Đào tạo 12 gói", number="12", value=12, kind="count", unit="gói",
         subject="gói thầu thực hiện theo chủ đầu tư", period=Hi),
    dict(anchor="nông thôn 9 gói", number="9", value=9, kind="count", unit="gói",
         subject="gói thầu thực hiện theo chủ đầu tư", period=Hi),
    dict(anchor="các xã 27 gói", number="27", value=27, kind="count", unit="gói",
         subject="gói thầu thực hiện theo chủ đầu tư", period=Hi),
    dict(anchor="thực hiện 59 gói thầu", number="59", value=59, kind="count", unit="gói thầu",
         change=C("increase", 2.2, "lần", "quý I"), subject="gói thầu thực hiện",
         period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    dict(anchor="là 213 lượt", number="213", value=213, kind="count", unit="lượt",
         subject="lượt nhà thầu tham dự", period=Hi),
    dict(anchor="bình quân 2,5 nhà thầu", number="2,5", value=2.5, kind="measure", unit="nhà thầu/gói thầu",
         subject="nhà thầu bình quân mỗi gói thầu", period=Hi),
    dict(anchor="có 17 gói thầu", number="17", value=17, kind="count", unit="gói thầu",
         subject="gói thầu chỉ có 01 nhà thầu tham dự", period=Hi),
    dict(anchor="chỉ có 01 nhà thầu", number="01", value=1, kind="count", unit="nhà thầu", optional=True),
    dict(anchor="đạt 41,8 tỷ đồng", number="41,8", value=41.8e9, kind="money", unit="đồng", percent=42.8,
         subject="giá trị giải ngân các gói thầu đã ký hợp đồng", period=P("từ đầu năm đến nay", "2024-01-01")),
    dict(anchor="chấn chỉnh 4 chủ đầu tư", number="4", value=4, kind="count", unit="chủ đầu tư",
         subject="chủ đầu tư bị chấn chỉnh", period=Hi),
    dict(anchor="hủy thầu 01 gói", number="01", value=1, kind="count", unit="gói",
         subject="gói thầu đề nghị hủy thầu", period=Hi),
    dict(anchor="từ 85% đến 90%", number="85", value=85, value_max=90, kind="percent", unit="%", status="target",
         subject="tỷ lệ lựa chọn nhà thầu qua mạng", period=Y24),
    dict(anchor="dưới 50 triệu đồng", number="50", value=50e6, kind="money", unit="đồng", approx="under", optional=True),
    dict(anchor="trên 95% kế hoạch", number="95", value=95, kind="percent", unit="%", approx="over", status="target",
         subject="tỷ lệ giải ngân vốn đầu tư công", period=Y24),
]

comments = [
    "District portal (huyện Phú Bình, Thái Nguyên): procurement in the first half of 2024. Breadcrumb menu; NO date anywhere, no published.",
    "Lead '86 gói thầu … Trong đó, 64 gói …, chiếm 74,4%' -> total 86, percent 74.4. The list by investor (departments, communes as a group)",
    "has no cue to the whole -> no total; subject = the list's indicator; location stays Phú Bình. 'quý II/2024 … 59 gói thầu, gấp 2,2 lần quý I'",
    "-> change 2.2 lần with baseline quý I. '2,5 nhà thầu/gói thầu' is a rate (measure). 'từ đầu năm đến nay' without a dateline:",
    "start 2024-01-01, end null (FIGURES.md: end = published, else null). '01 nhà thầu' criterion and 'dưới 50 triệu đồng' threshold: optional.",
    "Targets: 'phấn đấu cả năm 2024 … từ 85% đến 90%' (range) and 'trên 95% kế hoạch'.",
    "Distractors: breadcrumb, Quyết định số 1102/QĐ-UBND, phone 0208.3867.123, signature line, person's name.",
]
write(5, comments, text, figs, location="Phú Bình")
