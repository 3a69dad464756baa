"""p849-5: Party newspaper (Báo Thanh Hóa), pickleball boom in TP Thanh Hóa, byline and bare date at the end (18/05/2024)."""
from lib import F, P, I, C, T, main

TEXT = """
Pickleball “phủ sóng” thành phố Thanh Hóa

Chỉ trong vòng một năm, pickleball đã trở thành môn thể thao được nhiều người dân thành phố Thanh Hóa lựa chọn. Nhiều sân cầu lông, sân tennis được cải tạo để đáp ứng nhu cầu tập luyện ngày càng tăng.

Theo thống kê của Phòng Văn hóa và Thông tin thành phố, tính đến tháng 4/2024, trên địa bàn thành phố có 67 sân pickleball, trong đó 29 sân được cải tạo từ sân tennis và sân cầu lông. Số người chơi thường xuyên ước khoảng 3.000 người, gấp 3 lần cuối năm 2023.

Anh Lê Văn Hùng, chủ cụm sân trên đường Hạc Thành, phường Điện Biên cho biết: “Chi phí cải tạo mỗi sân cầu lông thành sân pickleball khoảng 150 triệu đồng, trong khi xây mới mất từ 400 đến 600 triệu đồng”. Sân pickleball tiêu chuẩn có kích thước 13,41 m x 6,1 m, nhỏ hơn sân tennis nên mỗi sân tennis có thể chia thành 2 sân pickleball.

Giá thuê sân hiện từ 120.000 đến 180.000 đồng/giờ; giờ cao điểm buổi tối là 250.000 đồng/giờ. Vợt pickleball có giá từ 1,5 đến 5 triệu đồng/chiếc.

Không chỉ pickleball, phong trào cầu lông vẫn duy trì sôi nổi. Câu lạc bộ cầu lông phường Điện Biên có 65 hội viên, mỗi hội viên đóng 150.000 đồng/tháng để thuê sân. Toàn thành phố hiện có 236 câu lạc bộ cầu lông, chiếm gần 40% số câu lạc bộ thể thao cơ sở.

Theo ông Nguyễn Đình Sơn, Trưởng phòng Văn hóa và Thông tin thành phố, nhiều sân tự phát chưa bảo đảm an toàn, gây ồn cho khu dân cư. Năm 2024, thành phố phấn đấu có thêm 20 sân pickleball đạt chuẩn và tổ chức ít nhất 3 giải phong trào cấp thành phố.

MINH HẰNG

18/05/2024
"""

NOTES = [
    "Party newspaper (Báo Thanh Hóa): pickleball courts in TP Thanh Hóa, conversion costs, rental and racket prices, badminton clubs, 2024 targets.",
    "Byline 'MINH HẰNG' and bare date '18/05/2024' at the end give published. Location: the city (place() reads 'Thanh Hóa').",
    "Distractors: 'Chỉ trong vòng một năm' (a duration), 'đường Hạc Thành', 'phường Điện Biên', names.",
    "The standard court size (13,41 m x 6,1 m) and '2 sân pickleball' per tennis court are a specification: optional.",
    "'ước khoảng 3.000 người' → approx about and estimate; 'gấp 3 lần cuối năm 2023' is its change (lần).",
    "'chiếm gần 40%' after 236 câu lạc bộ is its percent (the 'gần' belongs to the share, not to 236).",
]

ASOF = P("tính đến tháng 4/2024", None, "2024-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 67 sân pickleball", "67", 67, "count", "sân", "sân pickleball", ASOF),
    F("đó 29 sân", "29", 29, "count", "sân", "sân pickleball cải tạo từ sân tennis và sân cầu lông", ASOF, total=67),
    F("khoảng 3.000 người", "3.000", 3000, "count", "người", "người chơi pickleball thường xuyên", I(ASOF),
      approx="about", status="estimate", change=C("increase", 3, "lần", "cuối năm 2023")),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng/sân", "chi phí cải tạo mỗi sân cầu lông thành sân pickleball",
      approx="about"),
    F("từ 400 đến 600 triệu đồng", "400", 400e6, "money", "đồng/sân", "chi phí xây mới sân pickleball",
      value_max=600e6),
    F("13,41 m", "13,41", 13.41, "measure", "m", "chiều dài sân pickleball tiêu chuẩn", optional=True),
    F("x 6,1 m", "6,1", 6.1, "measure", "m", "chiều rộng sân pickleball tiêu chuẩn", optional=True),
    F("thành 2 sân pickleball", "2", 2, "count", "sân", "sân pickleball chia từ mỗi sân tennis", optional=True),
    F("từ 120.000 đến 180.000 đồng/giờ", "120.000", 120000, "money", "đồng/giờ", "giá thuê sân pickleball",
      value_max=180000),
    F("là 250.000 đồng/giờ", "250.000", 250000, "money", "đồng/giờ", "giá thuê sân giờ cao điểm buổi tối"),
    F("từ 1,5 đến 5 triệu đồng/chiếc", "1,5", 1.5e6, "money", "đồng/chiếc", "giá vợt pickleball", value_max=5e6),
    F("có 65 hội viên", "65", 65, "count", "hội viên", "hội viên Câu lạc bộ cầu lông phường Điện Biên"),
    F("đóng 150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng", "tiền thuê sân mỗi hội viên đóng"),
    F("có 236 câu lạc bộ", "236", 236, "count", "câu lạc bộ", "câu lạc bộ cầu lông", percent=40),
    F("thêm 20 sân", "20", 20, "count", "sân", "sân pickleball đạt chuẩn có thêm", Y24, status="target"),
    F("ít nhất 3 giải", "3", 3, "count", "giải", "giải phong trào cấp thành phố", Y24, approx="at_least",
      status="target"),
]

if __name__ == "__main__":
    main("p849-5", TEXT, NOTES, FIGS, published="2024-05-18", location="Thanh Hóa")
