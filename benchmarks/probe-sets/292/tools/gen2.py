from lib import F, P, build

TEXT = """UBND HUYỆN HÀM THUẬN BẮC - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Nông nghiệp

Hàm Thuận Bắc chủ động phòng cháy, chữa cháy rừng mùa khô 2024
Ngày đăng: 05/07/2024

Trong 6 tháng đầu năm 2024, Hạt Kiểm lâm huyện đã chủ trì, phối hợp với các đơn vị chủ rừng tổ chức 386 đợt tuần tra, truy quét, tăng 12,4% so với cùng kỳ, với trên 2.100 lượt người tham gia. Trong kỳ, trên địa bàn huyện chỉ xảy ra 2 vụ cháy thảm thực bì dưới tán rừng, giảm 4 vụ so với cùng kỳ năm 2023, tổng diện tích bị cháy 1,8 ha, không gây thiệt hại về rừng.

Huyện đã kiện toàn 17/17 Ban Chỉ huy PCCCR cấp xã, thị trấn; thành lập 52 tổ, đội quần chúng bảo vệ rừng với khoảng 780 thành viên; xây dựng 9 chòi canh lửa, bố trí từ 15 đến 20 người trực 24/24 giờ tại các vùng trọng điểm cháy thuộc các xã Hàm Trí, Hàm Phú, Thuận Minh và Đông Giang.

Về công tác quản lý, bảo vệ rừng, 6 tháng đầu năm, Hạt Kiểm lâm phát hiện, lập biên bản 23 vụ vi phạm Luật Lâm nghiệp, trong đó 14 vụ phá rừng trái pháp luật, 6 vụ vận chuyển lâm sản trái phép và 3 vụ vi phạm quy định về PCCCR. Diện tích rừng bị phá khoảng 3,25 ha, chiếm 0,01% tổng diện tích rừng toàn huyện. Cơ quan chức năng đã tịch thu 11,35 m3 gỗ các loại, thu nộp ngân sách 286,5 triệu đồng.

Theo ông Lê Văn Tám, Hạt trưởng Hạt Kiểm lâm huyện, năm 2024 huyện phấn đấu không để xảy ra cháy rừng gây thiệt hại lớn, giữ ổn định tỷ lệ che phủ rừng ở mức 41,5%, trồng mới ít nhất 350 ha rừng tập trung.

Hạt Kiểm lâm huyện Hàm Thuận Bắc: số 12 đường Nguyễn Văn Trỗi, thị trấn Ma Lâm; điện thoại trực PCCCR: 0252.3865.017.

Văn Thành - Hạt Kiểm lâm
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1bi = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 386 đợt", "386", 386, "count", "đợt", "đợt tuần tra, truy quét",
      change=dict(direction="increase", value=12.4, unit="%", baseline="cùng kỳ"), period=H1),
    F("trên 2.100 lượt người", "2.100", 2100, "count", "lượt người", "lượt người tham gia tuần tra, truy quét",
      approx="over", period=H1),
    F("chỉ xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ cháy thảm thực bì dưới tán rừng",
      change=dict(direction="decrease", value=4, unit="vụ", baseline="cùng kỳ năm 2023"), period=H1i),
    F("bị cháy 1,8 ha", "1,8", 1.8, "measure", "ha", "tổng diện tích bị cháy", period=H1i),
    F("kiện toàn 17/17 Ban", "17", 17, "count", "Ban Chỉ huy PCCCR", "Ban Chỉ huy PCCCR cấp xã, thị trấn được kiện toàn",
      total=17),
    F("thành lập 52 tổ", "52", 52, "count", "tổ, đội", "tổ, đội quần chúng bảo vệ rừng"),
    F("khoảng 780 thành viên", "780", 780, "count", "thành viên", "thành viên tổ, đội quần chúng bảo vệ rừng", approx="about"),
    F("xây dựng 9 chòi", "9", 9, "count", "chòi canh lửa", "chòi canh lửa xây dựng"),
    F("từ 15 đến 20 người", "15", 15, "count", "người", "người trực tại các vùng trọng điểm cháy", value_max=20),
    F("lập biên bản 23 vụ", "23", 23, "count", "vụ", "vụ vi phạm Luật Lâm nghiệp", period=H1b),
    F("trong đó 14 vụ", "14", 14, "count", "vụ", "vụ phá rừng trái pháp luật", total=23, period=H1b),
    F("6 vụ vận chuyển", "6", 6, "count", "vụ", "vụ vận chuyển lâm sản trái phép", total=23, period=H1b),
    F("và 3 vụ vi phạm", "3", 3, "count", "vụ", "vụ vi phạm quy định về PCCCR", total=23, period=H1b),
    F("khoảng 3,25 ha", "3,25", 3.25, "measure", "ha", "diện tích rừng bị phá", approx="about", percent=0.01, period=H1bi),
    F("tịch thu 11,35 m3", "11,35", 11.35, "measure", "m3", "gỗ các loại bị tịch thu", period=H1bi),
    F("286,5 triệu đồng", "286,5", 286.5e6, "money", "đồng", "thu nộp ngân sách", period=H1bi),
    F("ở mức 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y),
    F("ít nhất 350 ha", "350", 350, "measure", "ha", "diện tích trồng mới rừng tập trung", approx="at_least",
      status="target", period=Y),
]

build("p292-2", TEXT, FIGS, [
    "District portal (UBND huyện Hàm Thuận Bắc, Bình Thuận), 'Ngày đăng: dd/mm/yyyy' without time; byline at the end.",
    "'tăng 12,4% so với cùng kỳ' stands right after 386 đợt: its change. 'Trong kỳ' sentence inherits 6 tháng đầu năm 2024.",
    "'17/17 Ban Chỉ huy' count with total 17; '24/24 giờ' (round the clock) is no figure; 'từ 15 đến 20 người' a range.",
    "'trong đó 14 … 6 … 3 vụ' parts of 23 vụ. 'chiếm 0,01% tổng diện tích rừng' is the share (percent) of 3,25 ha.",
    "Targets after 'phấn đấu' (năm 2024): 41,5% and 'ít nhất 350 ha' (at_least).",
    "Distractors: commune names, the name 'Lê Văn Tám' (tám = eight), address 'số 12 đường Nguyễn Văn Trỗi', phone 0252.3865.017, the person's name, dateline.",
], published="2024-07-05", location="Hàm Thuận Bắc")
