from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá cà phê lập kỷ lục, huyện tăng cường kiểm soát thị trường cuối năm
Thứ Năm, 12/12/2024 - 16:05

Sáng 12/12, giá cà phê nhân xô tại các đại lý thu mua trên địa bàn huyện Krông Pắc ở mức 124.500 đồng/kg, tăng 2.300 đồng/kg so với đầu tuần và gấp 1,8 lần so với cùng kỳ năm 2023. Tại các tỉnh Tây Nguyên khác, giá cà phê cũng neo ở mức cao: Gia Lai 124.000 đồng/kg, Đắk Nông 124.600 đồng/kg, Lâm Đồng 123.800 đồng/kg. Giá hồ tiêu tại địa phương dao động từ 140.000 đến 142.000 đồng/kg.

Niên vụ 2024-2025, toàn huyện có hơn 18.600 ha cà phê, trong đó khoảng 15.200 ha đang cho thu hoạch; sản lượng ước đạt 52.000 tấn, giảm gần 6% so với niên vụ trước do hạn hán đầu năm.

Giá vật tư nông nghiệp tăng theo giá nông sản. Phân urê Phú Mỹ được bán từ 11.500-12.000 đồng/kg; phân NPK 16-16-8 khoảng 15.000 đồng/kg.

Để bình ổn thị trường dịp cuối năm và Tết Nguyên đán Ất Tỵ 2025, từ ngày 1/11 đến ngày 10/12/2024, Đội Quản lý thị trường số 5 phối hợp với Phòng Kinh tế và Hạ tầng huyện kiểm tra 23 cơ sở kinh doanh, gồm 9 cửa hàng vàng bạc, 8 cửa hàng xăng dầu và 6 đại lý vật tư nông nghiệp; phát hiện 4 cơ sở vi phạm, xử phạt 27,5 triệu đồng.

Phòng Kinh tế và Hạ tầng huyện Krông Pắc
Lượt xem: 312
"""

D12 = P("Sáng 12/12", "2024-12-12", "2024-12-12")
D12i = P("Sáng 12/12", "2024-12-12", "2024-12-12", inherited=True)
NV = None  # crop year: not a period shape of the spec
INS = P("từ ngày 1/11 đến ngày 10/12/2024", "2024-11-01", "2024-12-10")
SUBJ = "giá cà phê nhân xô"
FIG = [
    F("ở mức 124.500", "124.500", 124500, "money", "đồng/kg", SUBJ, D12,
      change=C("increase", 2300, "đồng/kg", "đầu tuần")),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "giá cà phê nhân xô so với cùng kỳ năm 2023", D12,
      optional=True),
    F("Gia Lai 124.000", "124.000", 124000, "money", "đồng/kg", "giá cà phê", D12i, location="Gia Lai"),
    F("Đắk Nông 124.600", "124.600", 124600, "money", "đồng/kg", "giá cà phê", D12i, location="Đắk Nông"),
    F("Lâm Đồng 123.800", "123.800", 123800, "money", "đồng/kg", "giá cà phê", D12i, location="Lâm Đồng"),
    F("từ 140.000 đến", "140.000", 140000, "money", "đồng/kg", "Giá hồ tiêu", D12i, value_max=142000),
    F("hơn 18.600 ha", "18.600", 18600, "measure", "ha", "diện tích cà phê", NV, approx="over"),
    F("khoảng 15.200 ha", "15.200", 15200, "measure", "ha", "diện tích cà phê đang cho thu hoạch", NV,
      approx="about", total=18600),
    F("ước đạt 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng cà phê", NV, status="estimate",
      change=C("decrease", 6, "%", "niên vụ trước", "nearly")),
    F("từ 11.500-12.000", "11.500", 11500, "money", "đồng/kg", "giá phân urê Phú Mỹ", value_max=12000),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá phân NPK 16-16-8", approx="about"),
    F("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở kinh doanh", "cơ sở kinh doanh được kiểm tra", INS),
    F("gồm 9 cửa hàng", "9", 9, "count", "cửa hàng vàng bạc", "cửa hàng vàng bạc được kiểm tra", INS, total=23),
    F("8 cửa hàng xăng dầu", "8", 8, "count", "cửa hàng xăng dầu", "cửa hàng xăng dầu được kiểm tra", INS, total=23),
    F("6 đại lý", "6", 6, "count", "đại lý vật tư nông nghiệp", "đại lý vật tư nông nghiệp được kiểm tra", INS, total=23),
    F("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở vi phạm", INS),
    F("xử phạt 27,5 triệu", "27,5", 27500000, "money", "đồng", "tiền xử phạt", INS),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Krông Pắc, Đắk Lắk): coffee, pepper and fertiliser prices, coffee area/output, year-end market inspections.",
    "Dateline 'Thứ Năm, 12/12/2024 - 16:05'; breadcrumb menu; 'Lượt xem: 312' is page furniture. Default location Krông Pắc; the province list gives each price its province.",
    "'ở mức 124.500 đồng/kg, tăng 2.300 đồng/kg so với đầu tuần và gấp 1,8 lần so với cùng kỳ' — the first change is the attribute; the second (a multiple) is a figure of its own, optional per FIGURES.md.",
    "'Niên vụ 2024-2025' (a crop year, Oct–Sep) is not a period shape of the spec: no period annotated (unscored). '18.600 ha, trong đó khoảng 15.200 ha' total 18.600.",
    "'23 cơ sở kinh doanh, gồm 9 …, 8 … và 6 …' totals 23 (9+8+6). '4 cơ sở vi phạm' has no cue of a part: no total.",
    "Distractors: 'NPK 16-16-8', 'Đội Quản lý thị trường số 5', 'Tết Nguyên đán Ất Tỵ 2025', 'năm 2023' baseline, dateline time, breadcrumb.",
]

write("p262-8", TEXT, FIG, COMMENTS, published="2024-12-12", location="Krông Pắc")
