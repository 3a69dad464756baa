from lib import F, P, write

ART = """UBND HUYỆN ĐÔNG ANH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động | Ngày đăng: 20/09/2024

Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại Cụm công nghiệp Nguyên Khê

Sáng 19/9, UBND huyện Đông Anh phối hợp với Đội Cảnh sát PCCC và CNCH khu vực số 7 (Phòng PC07, Công an thành phố Hà Nội) tổ chức diễn tập phương án chữa cháy và CNCH tại Cụm công nghiệp Nguyên Khê. Tham gia buổi diễn tập có gần 300 cán bộ, chiến sĩ, đội viên dân phòng và công nhân, cùng 15 xe chữa cháy, 2 xe thang và 4 xe cứu thương.

Tình huống giả định: lúc 8 giờ 15 phút, tại xưởng sản xuất bao bì của Công ty TNHH Minh Phát (lô CN3) xảy ra cháy do chập điện, 12 công nhân bị mắc kẹt trên tầng 2. Đội PCCC cơ sở gồm 18 người triển khai chữa cháy ban đầu; sau 6 phút nhận tin báo, lực lượng Cảnh sát PCCC có mặt, đưa toàn bộ người bị nạn ra ngoài an toàn, khống chế đám cháy sau 25 phút.

Phát biểu tại buổi diễn tập, Phó Chủ tịch UBND huyện cho biết, từ đầu năm đến nay, trên địa bàn huyện xảy ra 23 vụ cháy, giảm 6 vụ so với cùng kỳ, không có thiệt hại về người, thiệt hại tài sản ước khoảng 1,2 tỷ đồng. Công an huyện đã kiểm tra an toàn PCCC 642 cơ sở, lập biên bản vi phạm 57 cơ sở, xử phạt 212,5 triệu đồng.

Hiện nay, 24/24 xã, thị trấn đã thành lập đội dân phòng với 1.536 đội viên; toàn huyện xây dựng 412 "Tổ liên gia an toàn PCCC" và 398 "Điểm chữa cháy công cộng". Cụm công nghiệp Nguyên Khê có 67 doanh nghiệp đang hoạt động, khoảng 3.500 lao động; năm 2024 có thêm 9 doanh nghiệp đầu tư hệ thống chữa cháy tự động.

Mọi thông tin xin liên hệ Văn phòng HĐND - UBND huyện, số 68 đường Cao Lỗ, điện thoại 024.3883.2114.
"""

D = P("từ đầu năm đến nay", "2024-01-01", "2024-09-20")
Di = P("từ đầu năm đến nay", "2024-01-01", "2024-09-20", inh=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")
S = P("Sáng 19/9", "2024-09-19", "2024-09-19", inh=True)

figs = [
    F("gần 300 cán bộ", "300", 300, "count", "cán bộ, chiến sĩ, đội viên dân phòng và công nhân", "cán bộ, chiến sĩ, đội viên dân phòng và công nhân tham gia diễn tập", approx="nearly", period=S),
    F("15 xe chữa cháy", "15", 15, "count", "xe chữa cháy", "xe chữa cháy tham gia diễn tập", period=S),
    F("2 xe thang", "2", 2, "count", "xe thang", "xe thang tham gia diễn tập", period=S),
    F("4 xe cứu thương", "4", 4, "count", "xe cứu thương", "xe cứu thương tham gia diễn tập", period=S),
    F("12 công nhân bị", "12", 12, "count", "công nhân", "công nhân bị mắc kẹt (tình huống giả định)", optional=True),
    F("gồm 18 người", "18", 18, "count", "người", "thành viên đội PCCC cơ sở", optional=True),
    F("sau 6 phút", "6", 6, "measure", "phút", "thời gian lực lượng Cảnh sát PCCC có mặt (giả định)", optional=True),
    F("sau 25 phút", "25", 25, "measure", "phút", "thời gian khống chế đám cháy (giả định)", optional=True),
    F("xảy ra 23 vụ cháy", "23", 23, "count", "vụ", "vụ cháy",
      change={"direction": "decrease", "value": 6, "unit": "vụ", "baseline": "cùng kỳ"}, period=D),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "thiệt hại tài sản do cháy", approx="about",
      status="estimate", period=D),
    F("PCCC 642 cơ sở", "642", 642, "count", "cơ sở", "cơ sở được kiểm tra an toàn PCCC", period=Di),
    F("vi phạm 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở bị lập biên bản vi phạm", period=Di),
    F("xử phạt 212,5 triệu đồng", "212,5", 212.5e6, "money", "đồng", "tiền xử phạt vi phạm", period=Di),
    F("24/24 xã", "24", 24, "count", "xã, thị trấn", "xã, thị trấn đã thành lập đội dân phòng", total=24),
    F("với 1.536 đội viên", "1.536", 1536, "count", "đội viên", "đội viên dân phòng"),
    F("xây dựng 412", "412", 412, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC"),
    F("và 398", "398", 398, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng"),
    F("có 67 doanh nghiệp", "67", 67, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động tại Cụm công nghiệp Nguyên Khê"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động tại Cụm công nghiệp Nguyên Khê", approx="about"),
    F("thêm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp đầu tư hệ thống chữa cháy tự động", period=Y),
]

write("p307-2", ART, figs, [
    "District portal (UBND huyện Đông Anh, Hà Nội): diễn tập PCCC và CNCH at Cụm công nghiệp Nguyên Khê. 'Ngày đăng: 20/09/2024' is the date.",
    "Numbers of the hypothetical drill scenario ('Tình huống giả định': 12 công nhân, 18 người, 6 phút, 25 phút) are not facts about the world: optional.",
    "Participants and vehicles of the real drill inherit the drill day 'Sáng 19/9' (previous sentence). 'từ đầu năm đến nay' runs 2024-01-01 .. published (2024-09-20).",
    "'24/24 xã, thị trấn' total 24. Distractors: 'Sáng 19/9', 'khu vực số 7', 'PC07', '8 giờ 15 phút', 'lô CN3', 'tầng 2', address 'số 68', phone.",
], published="2024-09-20", location="Đông Anh")
