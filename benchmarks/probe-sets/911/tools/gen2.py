"""p911-2: district portal (huyện Hưng Hà, Thái Bình), summer checks on small kem, nước đá, nước giải khát makers."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯNG HÀ - TỈNH THÁI BÌNH
Tin hoạt động > Y tế - Giáo dục
Thứ Năm, 20/07/2023 - 10:25

Hưng Hà tăng cường kiểm tra cơ sở sản xuất kem, nước giải khát mùa nắng nóng

Từ đầu năm đến nay, Đội kiểm tra liên ngành về an toàn thực phẩm huyện đã kiểm tra 46 cơ sở sản xuất kem que, kem ly, nước đá và nước giải khát trên địa bàn 35 xã, thị trấn. Kết quả, 39 cơ sở đạt yêu cầu, chiếm 84,8%; 7 cơ sở vi phạm bị xử phạt với số tiền 31,5 triệu đồng, tăng 12 triệu đồng so với cùng kỳ năm 2022.

Hiện toàn huyện có 18 cơ sở sản xuất kem, tập trung chủ yếu tại thị trấn Hưng Hà và các xã Tân Lễ, Phúc Khánh; vào cao điểm mùa hè, mỗi cơ sở sản xuất bình quân 2.000-3.500 que kem/ngày. Giá bán buôn phổ biến từ 2.500 đến 4.000 đồng/que.

Trong 6 tháng đầu năm, Trung tâm Y tế huyện lấy 24 mẫu kem và nước đá gửi Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm; 5 mẫu không đạt chỉ tiêu vi sinh, chiếm 20,8%. Đáng chú ý, cơ sở của ông Trần Văn Hai ở thôn 3, xã Minh Tân có mẫu kem nhiễm Coliform cao gấp 8 lần mức cho phép; cơ sở đã bị đình chỉ sản xuất 3 tháng.

Theo ông Nguyễn Văn Tám, Phó Trưởng phòng Y tế huyện, từ nay đến cuối năm, huyện phấn đấu 100% cơ sở sản xuất kem, nước giải khát được kiểm tra ít nhất 1 lần; dự kiến lấy thêm khoảng 30 mẫu xét nghiệm. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0227.3861.245.

Minh Hương (Phòng Y tế huyện)
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-07-20")
H1 = P("Trong 6 tháng đầu năm", "2023-01-01", "2023-06-30")
REST = P("từ nay đến cuối năm", "2023-07-20", "2023-12-31")

FIGS = [
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
      "cơ sở sản xuất kem que, kem ly, nước đá và nước giải khát được kiểm tra", YTD),
    F("trên địa bàn 35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn trên địa bàn huyện", YTD),
    F("Kết quả, 39 cơ sở", "39", 39, "count", "cơ sở", "cơ sở đạt yêu cầu", I(YTD), percent=84.8),
    F("7 cơ sở vi phạm", "7", 7, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(YTD)),
    F("số tiền 31,5 triệu đồng", "31,5", 31_500_000, "money", "đồng", "số tiền xử phạt", I(YTD),
      change=C("increase", 12_000_000, "đồng", "cùng kỳ năm 2022")),
    F("có 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở sản xuất kem"),
    F("2.000-3.500 que kem/ngày", "2.000", 2000, "measure", "que kem/ngày",
      "sản lượng kem bình quân mỗi cơ sở vào cao điểm mùa hè", value_max=3500),
    F("từ 2.500 đến 4.000 đồng/que", "2.500", 2500, "money", "đồng/que", "giá bán buôn kem", value_max=4000),
    F("lấy 24 mẫu", "24", 24, "count", "mẫu", "mẫu kem và nước đá gửi xét nghiệm", H1),
    F("5 mẫu không đạt", "5", 5, "count", "mẫu", "mẫu không đạt chỉ tiêu vi sinh", H1, percent=20.8),
    F("gấp 8 lần", "8", 8, "multiple", "lần", "mức nhiễm Coliform của mẫu kem so với mức cho phép", I(H1)),
    F("đình chỉ sản xuất 3 tháng", "3", 3, "measure", "tháng", "thời hạn đình chỉ sản xuất", I(H1)),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất kem, nước giải khát được kiểm tra", REST, status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi cơ sở", REST, approx="at_least",
      status="target", optional=True),
    F("khoảng 30 mẫu", "30", 30, "count", "mẫu", "mẫu xét nghiệm lấy thêm", REST, approx="about",
      status="forecast"),
]

NOTES = [
    "Probe 911-2. District portal (huyện Hưng Hà, Thái Bình), July 2023: kem, nước đá, nước giải khát makers.",
    "Distractors: 'Thứ Năm, 20/07/2023 - 10:25', 'ông Trần Văn Hai', 'thôn 3', 'ông Nguyễn Văn Tám', hotline 0227.3861.245.",
    "'trên địa bàn 35 xã' is not 'over': 'trên địa bàn' means 'in the area of'. 'Từ đầu năm đến nay' ends at the dateline.",
    "'6 tháng đầu năm' takes 2023 from the dateline. 39/7 cơ sở have no total (no part-of cue after 46).",
    "'tăng 12 triệu đồng so với cùng kỳ' is the change of 31,5 triệu đồng (unit đồng, multiplier applied).",
    "'ít nhất 1 lần' is the target's threshold (optional). Location: the district (the communes lie in it).",
]

if __name__ == "__main__":
    write("p911-2", TEXT, NOTES, FIGS, published="2023-07-20", location="Hưng Hà")
