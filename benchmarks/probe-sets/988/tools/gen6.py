"""p988-6: national online newspaper — tàu du lịch sông Hàn (Đà Nẵng), 5 tháng 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Du lịch
Chủ nhật, 23/6/2024, 20:10 (GMT+7)

Tàu du lịch sông Hàn chở hơn 600.000 khách trong 5 tháng

Mỗi tối cuối tuần, khoảng 90 tàu du lịch nối nhau rời bến Bạch Đằng, chở du khách ngắm cầu Rồng phun lửa và cầu sông Hàn quay.

Theo Sở Giao thông vận tải Đà Nẵng, thành phố hiện có 126 tàu du lịch được cấp phép khai thác trên sông Hàn, trong đó 38 tàu có sức chở trên 100 khách. 5 tháng đầu năm, các tàu phục vụ 612.400 lượt khách, tăng 27% so với cùng kỳ năm ngoái; khách quốc tế, chủ yếu từ Hàn Quốc và Trung Quốc, chiếm khoảng 55%.

Giá vé tour sông Hàn kéo dài 60-75 phút dao động 150.000-200.000 đồng một khách. Ông Lê Văn Sáu, chủ tàu Sông Hàn 09, cho biết mỗi tối tàu của ông chạy 3 chuyến, ngày thường chở khoảng 150 khách, cuối tuần gấp đôi. Một tàu 2 tầng sức chở 120 khách có giá đóng mới khoảng 4-5 tỷ đồng.

Từ đầu năm, lực lượng thanh tra giao thông đã xử phạt 14 trường hợp chở quá số người quy định hoặc không trang bị đủ áo phao, tổng số tiền 118 triệu đồng. Theo ông Trần Minh Quang, Phó giám đốc Sở, từ ngày 1/7 các tàu phải lắp camera giám sát; thành phố cũng dự kiến mở thêm 2 bến thuyền du lịch tại Nại Hiên Đông và Mân Thái với tổng vốn khoảng 85 tỷ đồng.

Đà Nẵng đặt mục tiêu năm 2024 đón 1,5 triệu lượt khách du lịch đường sông, gấp 1,3 lần năm 2023. Hiện thành phố đứng thứ 3 cả nước về số tàu du lịch chạy đêm, sau Quảng Ninh và Khánh Hòa.

Nguyễn Đông
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
YTD = P("Từ đầu năm", "2024-01-01", "2024-06-23")

FIGS = [
    F("hơn 600.000 khách", "600.000", 600000, "count", "khách", "khách đi tàu du lịch sông Hàn",
      P("trong 5 tháng", "2024-01-01", "2024-05-31"), approx="over"),
    F("khoảng 90 tàu du lịch", "90", 90, "count", "tàu du lịch", "tàu du lịch rời bến Bạch Đằng mỗi tối cuối tuần",
      approx="about"),
    F("có 126 tàu du lịch", "126", 126, "count", "tàu du lịch", "tàu du lịch được cấp phép khai thác trên sông Hàn"),
    F("38 tàu có sức chở", "38", 38, "count", "tàu", "tàu có sức chở trên 100 khách", total=126),
    F("trên 100 khách", "100", 100, "count", "khách", "sức chở tàu", approx="over", optional=True),
    F("phục vụ 612.400 lượt khách", "612.400", 612400, "count", "lượt khách", "lượt khách tàu du lịch phục vụ", M5,
      change=C("increase", 27, baseline="cùng kỳ năm ngoái")),
    F("chiếm khoảng 55%", "55", 55, "percent", "%", "tỷ lệ khách quốc tế", M5, approx="about"),
    F("kéo dài 60-75 phút", "60", 60, "measure", "phút", "thời gian tour sông Hàn", value_max=75, optional=True),
    F("150.000-200.000 đồng một khách", "150.000", 150000, "money", "đồng/khách", "giá vé tour sông Hàn",
      value_max=200000),
    F("chạy 3 chuyến", "3", 3, "count", "chuyến", "chuyến mỗi tối của một tàu", optional=True),
    F("khoảng 150 khách", "150", 150, "count", "khách", "khách một tàu chở ngày thường", approx="about",
      optional=True),
    F("cuối tuần gấp đôi", "đôi", 2, "multiple", "lần", "khách một tàu chở cuối tuần so với ngày thường",
      optional=True),
    F("tàu 2 tầng", "2", 2, "count", "tầng", "số tầng tàu", optional=True),
    F("sức chở 120 khách", "120", 120, "count", "khách", "sức chở tàu", optional=True),
    F("khoảng 4-5 tỷ đồng", "4", 4_000_000_000, "money", "đồng", "giá đóng mới một tàu 2 tầng",
      value_max=5_000_000_000, approx="about"),
    F("xử phạt 14 trường hợp", "14", 14, "count", "trường hợp",
      "trường hợp chở quá số người quy định hoặc không trang bị đủ áo phao bị xử phạt", YTD),
    F("tổng số tiền 118 triệu đồng", "118", 118_000_000, "money", "đồng", "tiền xử phạt", YTD),
    F("thêm 2 bến thuyền", "2", 2, "count", "bến thuyền du lịch", "bến thuyền du lịch mở thêm", status="forecast"),
    F("khoảng 85 tỷ đồng", "85", 85_000_000_000, "money", "đồng", "tổng vốn mở thêm bến thuyền du lịch",
      approx="about", status="forecast"),
    F("đón 1,5 triệu lượt khách", "1,5", 1_500_000, "count", "lượt khách", "lượt khách du lịch đường sông",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change=C("increase", 1.3, unit="lần", baseline="năm 2023")),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "số tàu du lịch chạy đêm"),
]

NOTES = [
    "National online newspaper (VnExpress style, dateline Chủ nhật, 23/6/2024, 20:10 (GMT+7)): tàu du lịch sông Hàn, Đà Nẵng (invented, probe set 988).",
    "Year-less '5 tháng đầu năm' and headline 'trong 5 tháng' take 2024 from the dateline; 'Từ đầu năm' runs to the dateline.",
    "Optional: the capacity threshold 'trên 100 khách', tour length '60-75 phút', one owner's trips and passengers, the example boat's '2 tầng', '120 khách'.",
    "'cuối tuần gấp đôi' (number word, spec 2) is an optional multiple of the same anecdote. Distractors: Sông Hàn 09 (boat name), Lê Văn Sáu, ngày 1/7, 20:10, GMT+7.",
    "Foreign source markets (Hàn Quốc, Trung Quốc) and Quảng Ninh, Khánh Hòa (ranked above) are not places of any figure.",
]

write("p988-6", TEXT, FIGS, NOTES, published="2024-06-23", location="Đà Nẵng")
