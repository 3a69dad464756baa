from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

Đưa nước sạch về bản vùng cao Quài Cang

Thứ Năm, 16/11/2023 - 14:05

Sau gần 5 tháng thi công, công trình cấp nước sinh hoạt bản Co Muông, xã Quài Cang đã hoàn thành, bàn giao đưa vào sử dụng. Công trình có tổng mức đầu tư 4,85 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg, gồm đập đầu mối, bể lọc, 2 bể chứa dung tích 50 m3 và gần 6,8 km đường ống. Công suất thiết kế 120 m3/ngày đêm, cấp nước cho 215 hộ với 1.020 nhân khẩu, trong đó 978 nhân khẩu là đồng bào dân tộc Thái, Mông.

Ông Lò Văn Sáu, Trưởng bản Co Muông cho biết: "Trước đây, bà con phải đi bộ hơn 2 km ra khe suối lấy nước. Nay nước về tận nhà, mỗi hộ chỉ đóng 3.000 đồng/m3 để duy trì vận hành".

Theo Phòng Nông nghiệp và PTNT huyện, tính đến hết tháng 10/2023, toàn huyện có 142 công trình cấp nước sinh hoạt tập trung, gồm 58 công trình hoạt động bền vững, 47 công trình tương đối bền vững, 25 công trình kém bền vững và 12 công trình không hoạt động. Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt 93,5%, tăng 1,2% so với cùng kỳ. Huyện phấn đấu đến cuối năm 2023, tỷ lệ này đạt 94%.

Trong 9 tháng đầu năm, huyện đã sửa chữa 7 công trình với kinh phí 1,96 tỷ đồng. Nhiều công trình xây dựng từ trước năm 2015 đã xuống cấp, chi phí khắc phục ước khoảng 7,5 tỷ đồng. Theo kế hoạch, năm 2024 huyện sẽ đầu tư mới 6 công trình, nâng cấp 9 công trình tại các xã Mường Mùn, Pú Xi, Tênh Phông.

Quàng Hương (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khối Tân Tiến, thị trấn Tuần Giáo, tỉnh Điện Biên. Điện thoại: 0215.3862.245
"""

asof = P("tính đến hết tháng 10/2023", end="2023-10-31")
m9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 5 tháng thi công", "5", 5, "measure", "tháng", "thời gian thi công", approx="nearly", optional=True),
    F("đầu tư 4,85 tỷ đồng", "4,85", 4.85e9, "money", "đồng", "tổng mức đầu tư công trình cấp nước sinh hoạt bản Co Muông"),
    F("2 bể chứa", "2", 2, "count", "bể chứa", "bể chứa"),
    F("dung tích 50 m3", "50", 50, "measure", "m3", "dung tích bể chứa"),
    F("gần 6,8 km", "6,8", 6.8, "measure", "km", "đường ống", approx="nearly"),
    F("thiết kế 120 m3/ngày đêm", "120", 120, "measure", "m3/ngày đêm", "công suất thiết kế"),
    F("cho 215 hộ", "215", 215, "count", "hộ", "hộ được cấp nước"),
    F("với 1.020 nhân khẩu", "1.020", 1020, "count", "nhân khẩu", "nhân khẩu được cấp nước"),
    F("978 nhân khẩu", "978", 978, "count", "nhân khẩu", "nhân khẩu là đồng bào dân tộc Thái, Mông", total=1020),
    F("hơn 2 km", "2", 2, "measure", "km", "quãng đường đi bộ lấy nước", approx="over"),
    F("đóng 3.000 đồng/m3", "3.000", 3000, "money", "đồng/m3", "tiền nước mỗi hộ đóng để duy trì vận hành"),
    F("có 142 công trình", "142", 142, "count", "công trình", "công trình cấp nước sinh hoạt tập trung", asof),
    F("gồm 58 công trình", "58", 58, "count", "công trình", "công trình hoạt động bền vững", asof, total=142),
    F("47 công trình", "47", 47, "count", "công trình", "công trình tương đối bền vững", asof, total=142),
    F("25 công trình", "25", 25, "count", "công trình", "công trình kém bền vững", asof, total=142),
    F("12 công trình không", "12", 12, "count", "công trình", "công trình không hoạt động", asof, total=142),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh", I(asof),
      change=C("increase", 1.2, "%", "cùng kỳ")),
    F("đạt 94%", "94", 94, "percent", "%", "tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh",
      P("đến cuối năm 2023", end="2023-12-31"), status="target"),
    F("sửa chữa 7 công trình", "7", 7, "count", "công trình", "công trình được sửa chữa", m9),
    F("kinh phí 1,96 tỷ đồng", "1,96", 1.96e9, "money", "đồng", "kinh phí sửa chữa công trình", m9),
    F("ước khoảng 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "chi phí khắc phục công trình xuống cấp",
      approx="about", status="estimate"),
    F("đầu tư mới 6 công trình", "6", 6, "count", "công trình", "công trình đầu tư mới", y24, status="target"),
    F("nâng cấp 9 công trình", "9", 9, "count", "công trình", "công trình nâng cấp", y24, status="target"),
]

build("p1074-2", TEXT, FIGS, published="2023-11-16", location="Tuần Giáo", comments=[
    "District portal of Tuần Giáo (Điện Biên): a village water scheme in xã Quài Cang and district-wide scheme status.",
    "Location = the district (the commune lies in it). 'gần 5 tháng thi công' (construction time) optional.",
    "Distractors: Quyết định số 1719/QĐ-TTg, 'trước năm 2015', Lò Văn Sáu (name), phone 0215.3862.245, 14:05.",
    "94% stands in its own sentence as a target ('phấn đấu … tỷ lệ này đạt 94%'): a target figure, not a target attribute of 93,5%.",
])
