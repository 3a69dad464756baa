from lib import F, P, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI
Tin tức > Tình hình thiên tai

Gần 5.000 ngôi nhà bị sập, tốc mái do dông lốc từ đầu năm
Thứ Bảy, 25/05/2024 16:20

Từ đầu năm đến nay, cả nước ghi nhận 126 trận dông, lốc, sét, mưa đá tại 31 tỉnh, thành phố, làm 17 người chết và 21 người bị thương. Dông lốc làm 4.936 ngôi nhà bị sập, tốc mái, hư hỏng, gấp 2,3 lần cùng kỳ năm 2023; khoảng 9.600 ha lúa và hoa màu bị thiệt hại. Tổng thiệt hại về kinh tế ước tính hơn 412 tỷ đồng.

Các địa phương bị ảnh hưởng nặng nhất tập trung ở khu vực miền núi phía Bắc: Lai Châu có 982 nhà bị thiệt hại, Hà Giang 876 nhà, Điện Biên 614 nhà, Lào Cai 601 nhà. Riêng trận mưa đá ngày 20/4 tại Hà Giang kéo dài gần 30 phút, hạt đá có đường kính khoảng 4-5 cm, làm hư hỏng 437 ngôi nhà tại hai huyện Mèo Vạc và Đồng Văn.

Năm 2023, dông lốc, sét, mưa đá làm 29 người chết, thiệt hại khoảng 1,1 nghìn tỷ đồng, chiếm 5,8% tổng thiệt hại do thiên tai cả năm.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ nay đến hết tháng 7/2024, dông lốc, mưa đá tiếp tục xảy ra nhiều ở Bắc Bộ và Tây Nguyên, dự báo trung bình 8-10 đợt mỗi tháng.

Cục Quản lý đê điều và Phòng, chống thiên tai đề nghị các địa phương thực hiện nghiêm Chỉ thị số 11/CT-TTg của Thủ tướng Chính phủ, chủ động rà soát, gia cố nhà ở, trường học, trạm y tế; hướng dẫn người dân kỹ năng phòng tránh sét theo bộ tài liệu "10 điều cần biết khi có dông sét". Các điểm trường, nhà văn hóa ở vùng thường xuyên có dông sét cần lắp đặt hệ thống chống sét, bảo đảm 100% công trình công cộng được kiểm tra trước mùa mưa bão.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5694.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-25")
YTDI = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-25", True)
D20 = P("ngày 20/4", "2024-04-20", "2024-04-20")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NX = P("từ nay đến hết tháng 7/2024", "2024-05-25", "2024-07-31")
H = "nhà bị thiệt hại"

FIGS = [
    F("Gần 5.000 ngôi nhà", "5.000", 5000, "count", "ngôi nhà", "nhà bị sập, tốc mái do dông lốc", approx="nearly"),
    F("ghi nhận 126 trận", "126", 126, "count", "trận", "trận dông, lốc, sét, mưa đá", YTD),
    F("tại 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố có dông, lốc, sét, mưa đá", YTD),
    F("làm 17 người chết", "17", 17, "count", "người", "người chết", YTD),
    F("21 người bị thương", "21", 21, "count", "người", "người bị thương", YTD),
    F("làm 4.936 ngôi nhà", "4.936", 4936, "count", "ngôi nhà", "nhà bị sập, tốc mái, hư hỏng", YTDI,
      change=dict(direction="increase", value=2.3, unit="lần", approx="exact", baseline="cùng kỳ năm 2023")),
    F("khoảng 9.600 ha", "9.600", 9600, "measure", "ha", "lúa và hoa màu bị thiệt hại", YTDI, approx="about"),
    F("hơn 412 tỷ đồng", "412", 412e9, "money", "đồng", "tổng thiệt hại về kinh tế", YTDI, approx="over", status="estimate"),
    F("Lai Châu có 982 nhà", "982", 982, "count", "nhà", H, YTDI, location="Lai Châu"),
    F("Hà Giang 876 nhà", "876", 876, "count", "nhà", H, YTDI, location="Hà Giang"),
    F("Điện Biên 614 nhà", "614", 614, "count", "nhà", H, YTDI, location="Điện Biên"),
    F("Lào Cai 601 nhà", "601", 601, "count", "nhà", H, YTDI, location="Lào Cai"),
    F("gần 30 phút", "30", 30, "measure", "phút", "thời gian mưa đá kéo dài", D20, location="Hà Giang", approx="nearly"),
    F("khoảng 4-5 cm", "4", 4, "measure", "cm", "đường kính hạt đá", D20, location="Hà Giang", approx="about", value_max=5),
    F("437 ngôi nhà", "437", 437, "count", "ngôi nhà", "nhà bị hư hỏng", D20, location="Hà Giang"),
    F("hai huyện", "hai", 2, "count", "huyện", "huyện có nhà bị hư hỏng", D20, location="Hà Giang", optional=True),
    F("làm 29 người chết", "29", 29, "count", "người", "người chết do dông lốc, sét, mưa đá", Y23),
    F("khoảng 1,1 nghìn tỷ đồng", "1,1", 1.1e12, "money", "đồng", "thiệt hại do dông lốc, sét, mưa đá", Y23, approx="about",
      percent=5.8),
    F("trung bình 8-10 đợt", "8", 8, "count", "đợt", "đợt dông lốc, mưa đá trung bình mỗi tháng", NX, value_max=10,
      status="forecast"),
    F("bảo đảm 100% công trình", "100", 100, "percent", "%", "công trình công cộng được kiểm tra trước mùa mưa bão",
      status="target"),
]

HEADER = """Ministry site (Cục Quản lý đê điều và PCTT, Bộ NN&PTNT): national dông lốc, sét, mưa đá since the start of 2024. Dateline 'Thứ Bảy, 25/05/2024 16:20'.
'Từ đầu năm đến nay' runs 2024-01-01 to the dateline; the sentences after the first inherit it. National figures: location Việt Nam; list items
are provinces (location). The Hà Giang hail of 'ngày 20/4' is a one-day period with location Hà Giang ('hai huyện' optional: structure count).
'gấp 2,3 lần cùng kỳ năm 2023' is the change of 4.936. '1,1 nghìn tỷ' = 1,1·10¹²; 'chiếm 5,8%' its share. '8-10 đợt' a forecast range
('dự báo'), period from 'từ nay' (dateline) to the end of 7/2024. '100% công trình … được kiểm tra' is a requirement (target, no period).
Distractors: 'Chỉ thị số 11/CT-TTg', '10 điều cần biết' (a document title), address 'số 2 Ngọc Hà', phone 024.3733.5694, 'tháng 7/2024'."""

build("p407-5", TEXT, FIGS, HEADER, published="2024-05-25", location="Việt Nam")
