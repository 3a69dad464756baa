from lib import emit, P

text = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Xuất bản, In và Phát hành

Ngành xuất bản năm 2023: doanh thu tăng 8,5%, xuất bản điện tử tăng mạnh
Ngày đăng: 12/01/2024

Ngày 11/1, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác xuất bản, in và phát hành năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo của Cục Xuất bản, In và Phát hành, năm 2023, 57 nhà xuất bản trên cả nước đã xuất bản 35.608 xuất bản phẩm với hơn 587 triệu bản, tăng 4,2% về số bản so với năm 2022. Sách giáo khoa và giáo trình chiếm khoảng 60% tổng số bản. Riêng xuất bản điện tử có 4.912 xuất bản phẩm, tăng 1,6 lần so với năm 2022.

Doanh thu toàn ngành xuất bản đạt 3.682 tỷ đồng, tăng 8,5%; nộp ngân sách nhà nước 218,4 tỷ đồng; lợi nhuận sau thuế khoảng 295 tỷ đồng. Có 44/57 nhà xuất bản kinh doanh có lãi.

Về in, cả nước có 2.047 cơ sở in được cấp phép hoạt động; sản lượng in ước đạt 845 tỷ trang in khổ 13x19 cm, doanh thu ngành in ước đạt 62,5 nghìn tỷ đồng. Về phát hành, cả nước có trên 3.000 cơ sở phát hành; doanh thu của 10 công ty phát hành lớn ước đạt 4.150 tỷ đồng.

Công tác quản lý tiếp tục được tăng cường: năm 2023, Cục đã đọc kiểm tra lưu chiểu 28.400 xuất bản phẩm, phát hiện 37 xuất bản phẩm có sai phạm, xử phạt vi phạm hành chính 1,26 tỷ đồng theo Nghị định số 119/2020/NĐ-CP.

Năm 2024, ngành đặt chỉ tiêu số bản sách tăng 5-7%, nâng bình quân lên 6,2 bản sách/người/năm và tỷ lệ xuất bản phẩm điện tử lên 15% tổng số xuất bản phẩm. Phát biểu tại hội nghị, Thứ trưởng đề nghị các nhà xuất bản thực hiện nghiêm Luật Xuất bản năm 2012 và Chỉ thị số 42-CT/TW.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="doanh thu tăng 8,5%, xuất bản", number="8,5", value=8.5, kind="percent", unit="%",
         subject="tăng trưởng doanh thu ngành xuất bản", period=Y23),
    dict(anchor="năm 2023, 57 nhà xuất bản", number="57", value=57, kind="count", unit="nhà xuất bản",
         subject="nhà xuất bản trên cả nước", period=Y23),
    dict(anchor="xuất bản 35.608 xuất bản phẩm", number="35.608", value=35608, kind="count", unit="xuất bản phẩm",
         subject="xuất bản phẩm được xuất bản", period=Y23),
    dict(anchor="hơn 587 triệu bản", number="587", value=587e6, kind="count", unit="bản", approx="over",
         change=dict(direction="increase", value=4.2, unit="%", baseline="năm 2022"),
         subject="số bản xuất bản phẩm", period=Y23),
    dict(anchor="khoảng 60% tổng số bản", number="60", value=60, kind="percent", unit="%", approx="about",
         subject="tỷ trọng sách giáo khoa và giáo trình trong tổng số bản", period=Y23i),
    dict(anchor="có 4.912 xuất bản phẩm", number="4.912", value=4912, kind="count", unit="xuất bản phẩm",
         change=dict(direction="increase", value=1.6, unit="lần", baseline="năm 2022"),
         subject="xuất bản phẩm điện tử", period=Y23i),
    dict(anchor="đạt 3.682 tỷ đồng", number="3.682", value=3682e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=8.5, unit="%"),
         subject="doanh thu toàn ngành xuất bản", period=Y23i),
    dict(anchor="nước 218,4 tỷ đồng", number="218,4", value=218.4e9, kind="money", unit="đồng",
         subject="nộp ngân sách nhà nước của ngành xuất bản", period=Y23i),
    dict(anchor="khoảng 295 tỷ đồng", number="295", value=295e9, kind="money", unit="đồng", approx="about",
         subject="lợi nhuận sau thuế ngành xuất bản", period=Y23i),
    dict(anchor="Có 44/57", number="44", value=44, kind="count", unit="nhà xuất bản", total=57,
         subject="nhà xuất bản kinh doanh có lãi", period=Y23i),
    dict(anchor="có 2.047 cơ sở in", number="2.047", value=2047, kind="count", unit="cơ sở in",
         subject="cơ sở in được cấp phép hoạt động", period=Y23i),
    dict(anchor="ước đạt 845 tỷ trang", number="845", value=845e9, kind="count", unit="trang in", status="estimate",
         subject="sản lượng in", period=Y23i),
    dict(anchor="ước đạt 62,5 nghìn tỷ đồng", number="62,5", value=62.5e12, kind="money", unit="đồng",
         status="estimate", subject="doanh thu ngành in", period=Y23i),
    dict(anchor="trên 3.000 cơ sở", number="3.000", value=3000, kind="count", unit="cơ sở phát hành", approx="over",
         subject="cơ sở phát hành", period=Y23i),
    dict(anchor="của 10 công ty", number="10", value=10, kind="count", unit="công ty phát hành", optional=True),
    dict(anchor="ước đạt 4.150 tỷ đồng", number="4.150", value=4150e9, kind="money", unit="đồng", status="estimate",
         subject="doanh thu của 10 công ty phát hành lớn", period=Y23i),
    dict(anchor="lưu chiểu 28.400 xuất bản phẩm", number="28.400", value=28400, kind="count", unit="xuất bản phẩm",
         subject="xuất bản phẩm được đọc kiểm tra lưu chiểu", period=Y23),
    dict(anchor="phát hiện 37 xuất bản phẩm", number="37", value=37, kind="count", unit="xuất bản phẩm",
         subject="xuất bản phẩm có sai phạm", period=Y23),
    dict(anchor="chính 1,26 tỷ đồng", number="1,26", value=1.26e9, kind="money", unit="đồng",
         subject="tiền xử phạt vi phạm hành chính", period=Y23),
    dict(anchor="tăng 5-7%", number="5", value=5, value_max=7, kind="percent", unit="%", status="target",
         subject="tăng trưởng số bản sách", period=Y24),
    dict(anchor="lên 6,2 bản sách/người/năm", number="6,2", value=6.2, kind="measure", unit="bản sách/người/năm",
         status="target", subject="bình quân số bản sách trên người", period=Y24),
    dict(anchor="lên 15% tổng số", number="15", value=15, kind="percent", unit="%", status="target",
         subject="tỷ lệ xuất bản phẩm điện tử trong tổng số xuất bản phẩm", period=Y24),
]

emit(2, text, [
    "Ministry site (Bộ TT&TT): national publishing, printing and distribution results of 2023 and 2024 targets. 'Ngày đăng: 12/01/2024' dateline.",
    "Distractors: 'Ngày 11/1', 'Nghị định số 119/2020/NĐ-CP', 'Luật Xuất bản năm 2012', 'Chỉ thị số 42-CT/TW', section path in the menu.",
    "Headline 'doanh thu tăng 8,5%' is a growth rate standing as the claim (percent, no change); its period is the headline's 'năm 2023'.",
    "'khổ 13x19 cm' is the page-size standard that defines the unit (not a figure, like a rate's denominator). '10 công ty phát hành lớn' is a top-10 label (optional, cf. h05).",
    "'tăng 1,6 lần so với năm 2022' is the change of 4.912 (unit lần). 'chiếm khoảng 60% tổng số bản' stands alone (no base count in its sentence): percent figure.",
    "'44/57 nhà xuất bản' has total 57. Growth target 'tăng 5-7%' is a range percent (target), no change. Sentences after the first 'năm 2023' inherit it.",
], figs, published="2024-01-12", location="Việt Nam")
