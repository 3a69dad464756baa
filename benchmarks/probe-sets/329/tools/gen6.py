from lib import F, P, C, T, write

TEXT = """BÁO GIAO THÔNG
Hàng hải

Thứ Ba, 16/01/2024 - 09:30

Tăng giá dịch vụ bốc dỡ container tại cảng nước sâu từ ngày 15/2

Bộ GTVT vừa ban hành Thông tư số 39/2023/TT-BGTVT sửa đổi, bổ sung Thông tư số 54/2018/TT-BGTVT về biểu khung giá dịch vụ tại cảng biển. Theo đó, khung giá dịch vụ bốc dỡ container tại các khu bến cảng nước sâu tăng 10% so với mức hiện hành.

Khung giá dịch vụ bốc dỡ container áp dụng từ ngày 15/2/2024
(Đơn vị tính: USD/container)

Khu vực

Loại container

Mức tối thiểu

Mức tối đa

Lạch Huyện (Hải Phòng)

Container 20 feet

52

60

Container 40 feet

78

90

Cái Mép - Thị Vải (Bà Rịa - Vũng Tàu)

Container 20 feet

46

56

Container 40 feet

69

83

Theo Cục Hàng hải Việt Nam, dù đã tăng, giá bốc dỡ container tại Việt Nam hiện chỉ bằng khoảng 50-70% so với các cảng trong khu vực như Singapore, Hong Kong (Trung Quốc) hay Laem Chabang (Thái Lan).

Năm 2023, tổng số thu phí, lệ phí hàng hải đạt 2.745 tỷ đồng, tăng 5,8% so với năm 2022; trong đó phí trọng tải 1.362 tỷ đồng, phí bảo đảm hàng hải 1.108 tỷ đồng. Mức phí trọng tải đối với tàu container chạy tuyến quốc tế hiện là 0,032 USD/GT/lượt.

Hiệp hội Cảng biển Việt Nam (VPA) cho biết, có 38/45 hội viên là doanh nghiệp khai thác cảng container đồng tình với việc điều chỉnh khung giá. Thông tư 39 có hiệu lực từ ngày 15/2/2024.

Quang Toàn
"""

HP, VT = "Hải Phòng", "Bà Rịa - Vũng Tàu"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("tăng 10% so với mức hiện hành", "10", "percent", "%", "khung giá dịch vụ bốc dỡ container tại các khu bến cảng nước sâu"),
    F("20 feet\n\n52\n", "52", "money", "USD/container", "giá bốc dỡ Container 20 feet mức tối thiểu", location=HP),
    F("52\n\n60\n", "60", "money", "USD/container", "giá bốc dỡ Container 20 feet mức tối đa", location=HP),
    F("40 feet\n\n78\n", "78", "money", "USD/container", "giá bốc dỡ Container 40 feet mức tối thiểu", location=HP),
    F("78\n\n90\n", "90", "money", "USD/container", "giá bốc dỡ Container 40 feet mức tối đa", location=HP),
    F("20 feet\n\n46\n", "46", "money", "USD/container", "giá bốc dỡ Container 20 feet mức tối thiểu", location=VT),
    F("46\n\n56\n", "56", "money", "USD/container", "giá bốc dỡ Container 20 feet mức tối đa", location=VT),
    F("40 feet\n\n69\n", "69", "money", "USD/container", "giá bốc dỡ Container 40 feet mức tối thiểu", location=VT),
    F("69\n\n83\n", "83", "money", "USD/container", "giá bốc dỡ Container 40 feet mức tối đa", location=VT),
    F("khoảng 50-70%", "50", "percent", "%", "giá bốc dỡ container tại Việt Nam so với các cảng trong khu vực",
      value_max=70, approx="about"),
    F("đạt 2.745 tỷ đồng", "2.745", "money", "đồng", "tổng số thu phí, lệ phí hàng hải", "tỷ",
      change=C("increase", 5.8, baseline="năm 2022"), period=Y23),
    F("phí trọng tải 1.362 tỷ đồng", "1.362", "money", "đồng", "phí trọng tải", "tỷ", total=2745000000000, period=Y23),
    F("hàng hải 1.108 tỷ đồng", "1.108", "money", "đồng", "phí bảo đảm hàng hải", "tỷ", total=2745000000000, period=Y23),
    F("là 0,032 USD/GT/lượt", "0,032", "money", "USD/GT/lượt", "mức phí trọng tải đối với tàu container chạy tuyến quốc tế"),
    F("có 38/45 hội viên", "38", "count", "hội viên", "hội viên đồng tình với việc điều chỉnh khung giá", total=45),
]

COMMENTS = [
    "Báo Giao thông (national press, sector paper): port handling-fee frame raised from 15/2/2024. Dateline 'Thứ Ba, 16/01/2024 - 09:30'.",
    "Table written one cell per line (as shared h23/h24) with '(Đơn vị tính: USD/container)': every price cell is a money figure, unit USD/container;",
    "subject = fee + row label (container type) + column label; the area's province in brackets is the location of its rows. No period (the table",
    "applies 'từ ngày 15/2/2024', an open start date that FIGURES.md gives no shape for). 'Mức tối thiểu/tối đa' are column labels, not approx cues.",
    "Distractors: 'Thông tư số 39/2023/TT-BGTVT', 'Thông tư số 54/2018/TT-BGTVT', 'Thông tư 39', dates '15/2', 'từ ngày 15/2/2024',",
    "'Container 20 feet' / 'Container 40 feet' (container types, names), foreign ports (not locations). 'tăng 10% so với mức hiện hành' is a rate as the claim.",
    "'2.745 tỷ …; trong đó … 1.362 tỷ …, … 1.108 tỷ' parts with total; '38/45 hội viên' total 45; '0,032 USD/GT/lượt' a money rate.",
]

write(6, TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
