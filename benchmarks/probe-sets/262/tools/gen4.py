from lib import F, P, C, T, write

TEXT = """UBND THÀNH PHỐ CẦN THƠ
SỞ CÔNG THƯƠNG
Số: 87/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả thực hiện Chương trình bình ổn thị trường dịp Tết Nguyên đán Ất Tỵ 2025

1. Kết quả thực hiện
Thực hiện Kế hoạch số 215/KH-UBND ngày 18/10/2024 của UBND thành phố, có 9 doanh nghiệp tham gia Chương trình bình ổn thị trường với tổng giá trị hàng hóa đăng ký 1.250 tỷ đồng, tăng 8,7% so với Tết Giáp Thìn 2024; trong đó vốn vay ưu đãi từ ngân sách thành phố là 150 tỷ đồng. Mạng lưới bán hàng bình ổn gồm 386 điểm, trong đó có 52 điểm bán lưu động tại các huyện Phong Điền, Cờ Đỏ, Vĩnh Thạnh và Thới Lai.

Doanh số bán hàng bình ổn từ ngày 15/12/2024 đến ngày 15/02/2025 ước đạt 1.118 tỷ đồng, đạt 89,4% tổng giá trị đăng ký. Hàng bình ổn chiếm khoảng 30% thị phần đối với thịt heo, 25-35% đối với trứng gia cầm và trên 40% đối với gạo.

Giá bán các mặt hàng bình ổn thấp hơn giá thị trường cùng loại từ 5% đến 15%. Qua kiểm tra 214 lượt cơ sở kinh doanh, Đội Quản lý thị trường số 3 phát hiện và xử lý 11 trường hợp vi phạm về niêm yết giá, phạt tiền 86,5 triệu đồng.

2. Nhiệm vụ năm 2025
Phấn đấu tổng giá trị hàng hóa tham gia bình ổn năm 2025 đạt 2.500 tỷ đồng; mở rộng mạng lưới lên 450 điểm bán, trong đó ít nhất 80 điểm tại chợ truyền thống.

Nơi nhận:
- UBND thành phố (b/c);
- Bộ Công Thương;
- Lưu: VT, QLTM.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Thạnh
"""

PRi = P("từ ngày 15/12/2024 đến ngày 15/02/2025", "2024-12-15", "2025-02-15", inherited=True)
PR = P("từ ngày 15/12/2024 đến ngày 15/02/2025", "2024-12-15", "2025-02-15")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIG = [
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp tham gia Chương trình bình ổn thị trường", PRi),
    F("đăng ký 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng",
      "tổng giá trị hàng hóa đăng ký", PRi, change=C("increase", 8.7, "%", "Tết Giáp Thìn 2024")),
    F("là 150 tỷ đồng", "150", 150000000000, "money", "đồng",
      "vốn vay ưu đãi từ ngân sách thành phố", PRi, total=1250000000000),
    F("gồm 386 điểm", "386", 386, "count", "điểm", "mạng lưới bán hàng bình ổn", PRi),
    F("có 52 điểm", "52", 52, "count", "điểm bán lưu động", "điểm bán lưu động", PRi, total=386),
    F("ước đạt 1.118 tỷ đồng", "1.118", 1118000000000, "money", "đồng", "doanh số bán hàng bình ổn",
      PR, percent=89.4, status="estimate"),
    F("khoảng 30% thị phần", "30", 30, "percent", "%", "thị phần hàng bình ổn đối với thịt heo",
      PRi, approx="about"),
    F("25-35% đối với", "25", 25, "percent", "%", "thị phần hàng bình ổn đối với trứng gia cầm",
      PRi, value_max=35),
    F("trên 40% đối với", "40", 40, "percent", "%", "thị phần hàng bình ổn đối với gạo",
      PRi, approx="over"),
    F("từ 5% đến 15%", "5", 5, "percent", "%", "giá bán các mặt hàng bình ổn thấp hơn giá thị trường cùng loại",
      PRi, value_max=15),
    F("kiểm tra 214 lượt", "214", 214, "count", "lượt cơ sở kinh doanh", "lượt cơ sở kinh doanh được kiểm tra", PRi),
    F("xử lý 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp vi phạm về niêm yết giá", PRi),
    F("phạt tiền 86,5 triệu", "86,5", 86500000, "money", "đồng", "tiền phạt", PRi),
    F("đạt 2.500 tỷ đồng", "2.500", 2500000000000, "money", "đồng",
      "tổng giá trị hàng hóa tham gia bình ổn", Y25, status="target"),
    F("lên 450 điểm bán", "450", 450, "count", "điểm bán", "mạng lưới bán hàng bình ổn", Y25, status="target"),
    F("ít nhất 80 điểm", "80", 80, "count", "điểm", "điểm bán tại chợ truyền thống", Y25,
      approx="at_least", total=450, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Sở Công Thương Cần Thơ, 'Số: 87/BC-SCT'); the place-and-date line 'Cần Thơ, ngày 20 tháng 02 năm 2025' is its date.",
    "Tết 2025 price-stabilisation programme: registered goods value, loans, sale points, sales, market shares, inspections; 2025 targets.",
    "The programme period is stated only with the sales figure ('từ ngày 15/12/2024 đến ngày 15/02/2025'), scored there and inherited by the rest of section 1.",
    "'trong đó vốn vay … 150 tỷ' total 1.250 tỷ; '386 điểm, trong đó có 52 điểm …' total 386; 'lên 450 điểm bán, trong đó ít nhất 80 điểm' total 450.",
    "'ước đạt 1.118 tỷ đồng, đạt 89,4% tổng giá trị đăng ký' → estimate with percent 89,4. Share list 'khoảng 30% …, 25-35% … và trên 40% …': three percent figures.",
    "'Phấn đấu … năm 2025 đạt …; mở rộng … lên …, trong đó ít nhất …': status target, period năm 2025 in the same sentence. The district list names where the mobile points are, not a figure's place.",
    "Distractors: 'Số: 87/BC-SCT', 'Kế hoạch số 215/KH-UBND ngày 18/10/2024', 'Ất Tỵ 2025', 'Tết Giáp Thìn 2024' (baseline), 'Đội Quản lý thị trường số 3', section numbers '1.', '2.'.",
]

write("p262-4", TEXT, FIG, COMMENTS, published="2025-02-20", location="Cần Thơ")
