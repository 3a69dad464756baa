from lib import F, per, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Tin tức > Kinh tế - Xã hội
Thứ Ba, 23/04/2024 - 10:05
Doanh nghiệp nước giải khát tăng tốc sản xuất mùa nắng nóng

Quý I/2024, các doanh nghiệp sản xuất đồ uống trên địa bàn huyện Văn Lâm sản xuất được 128,6 triệu lít nước giải khát, tăng 11,2% so với cùng kỳ năm 2023; riêng sản lượng bia chỉ đạt 14,5 triệu lít, giảm 6,3%. Giá trị sản xuất ngành đồ uống đạt 1.920 tỷ đồng, chiếm 9,4% giá trị sản xuất công nghiệp toàn huyện.

Tính đến 31/3, huyện có 4 doanh nghiệp sản xuất nước giải khát quy mô lớn, tập trung tại xã Lạc Hồng (2 doanh nghiệp), xã Tân Quang (1 doanh nghiệp) và thị trấn Như Quỳnh (1 doanh nghiệp). Các doanh nghiệp thu hút khoảng 2.100 lao động, trong đó lao động địa phương chiếm trên 60%.

Mới đây, Công ty TNHH Nước giải khát Đông Á đưa vào vận hành dây chuyền thứ 3 với tổng vốn đầu tư 450 tỷ đồng, nâng công suất nhà máy thêm 90 triệu lít/năm. Dây chuyền chiết rót đạt tốc độ 36.000 chai/giờ, mức tự động hóa gần 100%. Nhà máy nằm ven Quốc lộ 5, cách Hà Nội khoảng 20 km.

Theo Phòng Kinh tế và Hạ tầng, 3 tháng đầu năm các doanh nghiệp đồ uống nộp ngân sách 356 tỷ đồng, đạt 27,4% dự toán năm, tăng 8,1% so với cùng kỳ. Giá bán buôn nước tăng lực tại các đại lý trên địa bàn phổ biến 180.000-195.000 đồng/thùng, nước ngọt có ga 145.000 đồng/thùng, ổn định so với cuối năm 2023.

Năm 2024, huyện phấn đấu sản lượng nước giải khát đạt 560 triệu lít, giá trị sản xuất ngành đồ uống đạt trên 8.000 tỷ đồng. Dự kiến trong quý II, sản lượng nước giải khát tăng 15-20% so với quý I do nhu cầu tiêu dùng mùa hè tăng cao.

Thu Hà - Phòng Kinh tế và Hạ tầng
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm | Điện thoại: 0221.3985.104
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = per("Quý I/2024", "2024-01-01", "2024-03-31", inherited=True)
M3 = per("3 tháng đầu năm", "2024-01-01", "2024-03-31")
Y = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_DN = "doanh nghiệp sản xuất nước giải khát quy mô lớn"
ASOF = per("Tính đến 31/3", None, "2024-03-31")
ASOFi = per("Tính đến 31/3", None, "2024-03-31", inherited=True)

FIGS = [
    F("sản xuất được 128,6 triệu lít", "128,6", 128.6e6, "measure", "lít", "sản lượng nước giải khát", Q1,
      change=chg("increase", 11.2, baseline="cùng kỳ năm 2023")),
    F("chỉ đạt 14,5 triệu lít", "14,5", 14.5e6, "measure", "lít", "sản lượng bia", Q1,
      change=chg("decrease", 6.3)),
    F("đạt 1.920 tỷ đồng", "1.920", 1.92e12, "money", "đồng", "giá trị sản xuất ngành đồ uống", Q1i, percent=9.4),
    F("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", SUBJ_DN, ASOF),
    F("Lạc Hồng (2 doanh nghiệp)", "2", 2, "count", "doanh nghiệp", SUBJ_DN, ASOF, total=4),
    F("Tân Quang (1 doanh nghiệp)", "1", 1, "count", "doanh nghiệp", SUBJ_DN, ASOF, total=4),
    F("Như Quỳnh (1 doanh nghiệp)", "1", 1, "count", "doanh nghiệp", SUBJ_DN, ASOF, total=4),
    F("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động các doanh nghiệp thu hút", ASOFi, approx="about"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "lao động địa phương", ASOFi, approx="over"),
    F("đầu tư 450 tỷ đồng", "450", 450e9, "money", "đồng", "tổng vốn đầu tư dây chuyền"),
    F("thêm 90 triệu lít/năm", "90", 90e6, "measure", "lít/năm", "công suất nhà máy nâng thêm"),
    F("36.000 chai/giờ", "36.000", 36000, "measure", "chai/giờ", "tốc độ dây chuyền chiết rót"),
    F("gần 100%", "100", 100, "percent", "%", "mức tự động hóa", approx="nearly"),
    F("khoảng 20 km", "20", 20, "measure", "km", "khoảng cách từ nhà máy đến Hà Nội", approx="about", optional=True),
    F("ngân sách 356 tỷ đồng", "356", 356e9, "money", "đồng", "nộp ngân sách của các doanh nghiệp đồ uống", M3,
      percent=27.4, change=chg("increase", 8.1, baseline="cùng kỳ")),
    F("180.000-195.000 đồng/thùng", "180.000", 180000, "money", "đồng/thùng", "giá bán buôn nước tăng lực",
      value_max=195000),
    F("145.000 đồng/thùng", "145.000", 145000, "money", "đồng/thùng", "giá bán buôn nước ngọt có ga"),
    F("đạt 560 triệu lít", "560", 560e6, "measure", "lít", "sản lượng nước giải khát", Y, status="target"),
    F("trên 8.000 tỷ đồng", "8.000", 8e12, "money", "đồng", "giá trị sản xuất ngành đồ uống", Y,
      approx="over", status="target"),
    F("tăng 15-20%", "15", 15, "percent", "%", "sản lượng nước giải khát quý II so với quý I",
      per("quý II", "2024-04-01", "2024-06-30"), value_max=20, status="forecast"),
]

COMMENTS = [
    "District portal (huyện Văn Lâm, Hưng Yên): beverage plants, Q1/2024 (invented).",
    "Distractors: dateline 23/04/2024 - 10:05, 'dây chuyền thứ 3' (ordinal), Quốc lộ 5, phone 0221.3985.104, 'cuối năm 2023' (baseline only).",
    "Commune items (xã Lạc Hồng, xã Tân Quang, thị trấn Như Quỳnh) keep location Văn Lâm: FIGURES.md locations are province/city/district.",
    "'Tính đến 31/3' = as-of 2024-03-31 (year from the dateline); the labour sentence after it inherits it.",
    "The bracketed commune list adds up to the 4 doanh nghiệp before it: total 4.",
    "'trong đó lao động địa phương chiếm trên 60%' is a share of a part, a percent figure of its own.",
    "'cách Hà Nội khoảng 20 km' (plant location description) is optional.",
]

build("p835-2", TEXT, COMMENTS, FIGS, published="2024-04-23", location="Văn Lâm")
