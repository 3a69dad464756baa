from lib import fig, period, inh, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG - TỈNH BẮC NINH
Tin tức > Hoạt động đoàn thể

Yên Phong: Trao 5 Mái ấm Công đoàn và 1.850 suất quà Tết cho người lao động

Thứ Năm, 25/01/2024 - 15:30

Chiều 24/1, Liên đoàn Lao động huyện Yên Phong tổ chức trao 5 "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh đặc biệt khó khăn về nhà ở tại các xã Dũng Liệt, Tam Đa, Đông Phong. Mỗi nhà được hỗ trợ 60 triệu đồng từ Quỹ Xã hội công đoàn và nguồn vận động; tổng giá trị các công trình ước khoảng 1,4 tỷ đồng.

Dịp này, Liên đoàn Lao động huyện phối hợp với công đoàn cơ sở tại Khu công nghiệp Yên Phong II-C trao 1.850 suất quà Tết, trị giá từ 500.000 đến 1.000.000 đồng/suất, tổng kinh phí gần 1,3 tỷ đồng.

Năm 2023, toàn huyện có 176 công đoàn cơ sở với 48.320 đoàn viên; trong đó kết nạp mới 3.415 đoàn viên, đạt 113,8% kế hoạch. Có 142/165 công đoàn cơ sở doanh nghiệp đã ký kết thỏa ước lao động tập thể, chiếm 86,1%.

Trong quý IV/2023, trên địa bàn huyện xảy ra 2 vụ ngừng việc tập thể với khoảng 650 công nhân tham gia, giảm 3 vụ so với cùng kỳ; nguyên nhân chủ yếu do chậm trả lương và cắt giảm phụ cấp đi lại.

Năm 2024, Liên đoàn Lao động huyện phấn đấu phát triển mới 3.000 đoàn viên, thành lập 8 công đoàn cơ sở; 100% công đoàn cơ sở tổ chức các hoạt động Tháng Công nhân lần thứ 16.

Minh Hằng (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
Địa chỉ: Quốc lộ 18, thị trấn Chờ, huyện Yên Phong. ĐT: 0222.3860.515
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = period("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

F = [
    fig("Trao 5 Mái ấm", "5", 5, "count", "Mái ấm Công đoàn", "Mái ấm Công đoàn trao cho người lao động"),
    fig("và 1.850 suất quà Tết cho", "1.850", 1850, "count", "suất quà Tết", "suất quà Tết trao cho người lao động"),
    fig("tổ chức trao 5", "5", 5, "count", "Mái ấm Công đoàn", "Mái ấm Công đoàn trao cho đoàn viên có hoàn cảnh đặc biệt khó khăn về nhà ở"),
    fig("hỗ trợ 60 triệu đồng", "60", 60_000_000, "money", "đồng", "mức hỗ trợ mỗi nhà"),
    fig("ước khoảng 1,4 tỷ đồng", "1,4", 1_400_000_000, "money", "đồng", "tổng giá trị các công trình", approx="about",
        status="estimate"),
    fig("trao 1.850 suất quà Tết,", "1.850", 1850, "count", "suất quà Tết", "suất quà Tết trao cho người lao động"),
    fig("từ 500.000 đến", "500.000", 500_000, "money", "đồng/suất", "trị giá suất quà Tết", value_max=1_000_000),
    fig("gần 1,3 tỷ đồng", "1,3", 1_300_000_000, "money", "đồng", "tổng kinh phí quà Tết", approx="nearly"),
    fig("có 176 công đoàn cơ sở", "176", 176, "count", "công đoàn cơ sở", "công đoàn cơ sở toàn huyện", Y23),
    fig("với 48.320 đoàn viên", "48.320", 48320, "count", "đoàn viên", "đoàn viên toàn huyện", Y23),
    fig("kết nạp mới 3.415 đoàn viên", "3.415", 3415, "count", "đoàn viên", "đoàn viên kết nạp mới", Y23,
        total=48320, percent=113.8),
    fig("142/165", "142", 142, "count", "công đoàn cơ sở doanh nghiệp",
        "công đoàn cơ sở doanh nghiệp đã ký kết thỏa ước lao động tập thể", inh(Y23), total=165, percent=86.1),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ ngừng việc tập thể", Q4, change=change("decrease", 3, "vụ", "cùng kỳ")),
    fig("khoảng 650 công nhân", "650", 650, "count", "công nhân", "công nhân tham gia ngừng việc tập thể", Q4, approx="about"),
    fig("phát triển mới 3.000 đoàn viên", "3.000", 3000, "count", "đoàn viên", "đoàn viên phát triển mới", Y24, status="target"),
    fig("thành lập 8 công đoàn", "8", 8, "count", "công đoàn cơ sở", "công đoàn cơ sở thành lập mới", Y24, status="target"),
    fig("100% công đoàn cơ sở tổ chức", "100", 100, "percent", "%", "công đoàn cơ sở tổ chức các hoạt động Tháng Công nhân", Y24,
        status="target"),
]

NOTES = [
    "Yên Phong district portal (Bắc Ninh): Mái ấm Công đoàn and Tết gifts (Jan 2024), union membership 2023, strikes Q4/2023, 2024 targets.",
    "Location is the district (Yên Phong) throughout; the communes named as recipients do not make a commune figure.",
    "Distractors: dateline, 'Chiều 24/1', Khu công nghiệp Yên Phong II-C, Tháng Công nhân lần thứ 16 (ordinal), Quốc lộ 18, phone 0222.3860.515.",
    "'trong đó kết nạp mới 3.415' is part of the 48.320 members; 'đạt 113,8% kế hoạch' its percent. 'giảm 3 vụ' is the change of 2 vụ",
    "(unit vụ), not of the 650 workers. 'phấn đấu' governs the whole last paragraph (target).",
]

write("p486-2", TEXT, NOTES, F, published="2024-01-25", location="Yên Phong")
