"""p896-2: Hải Châu district portal (Đà Nẵng), quarter I/2024, sidewalk licensing and vendor points."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU
Tin hoạt động > Quản lý đô thị
Thứ Hai, 15/04/2024 - 10:20

Hải Châu sắp xếp lại hoạt động buôn bán trên vỉa hè

Trong quý I/2024, UBND quận Hải Châu đã chỉ đạo UBND 13 phường ra quân kiểm tra 1.126 lượt, nhắc nhở 842 trường hợp, lập biên bản xử phạt 215 trường hợp với số tiền 436,5 triệu đồng, tăng 12,3% so với quý IV/2023.

Hiện quận đã cấp phép sử dụng tạm thời một phần vỉa hè cho 1.874 hộ kinh doanh, trong đó 1.502 hộ trên các tuyến phố chính như Bạch Đằng, Trần Phú, Lê Duẩn. Tổng diện tích vỉa hè được cấp phép khoảng 18.400 m2; phí sử dụng từ 10.000 đến 40.000 đồng/m2/tháng tùy vị trí. Quận chỉ cấp phép trên vỉa hè có bề rộng từ 3 m trở lên và phải chừa lối đi cho người đi bộ tối thiểu 1,5 m. Từ đầu năm đến nay, nguồn thu phí đạt 1,28 tỷ đồng, đạt 32% dự toán năm.

Quận cũng bố trí 4 điểm bán hàng rong tập trung tại khu vực chợ Hàn, chợ Cồn với 236 gian hàng, thu hút trên 300 người bán hàng rong vào kinh doanh ổn định, thu nhập bình quân 6-8 triệu đồng/người/tháng. Phường Thạch Thang là đơn vị đầu tiên hoàn thành việc sắp xếp, với 97% người bán hàng rong trên địa bàn đã vào điểm tập trung.

Trong quý II, quận phấn đấu xây dựng thêm 5 tuyến phố văn minh, nâng tổng số lên 22 tuyến; đồng thời tổ chức ra quân lần thứ 3 trên các tuyến đường 2 Tháng 9, Hoàng Diệu. Quận dự kiến đầu tư khoảng 2,4 tỷ đồng để kẻ vạch, lắp biển báo phân định vỉa hè.

Minh Thư - Phòng Quản lý đô thị quận
Địa chỉ: 270 Trưng Nữ Vương, quận Hải Châu. Điện thoại: 0236.3821.365
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("UBND 13 phường", "13", 13, "count", "phường", "phường ra quân kiểm tra", Q1),
    F("kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt", "lượt kiểm tra", Q1),
    F("nhắc nhở 842 trường hợp", "842", 842, "count", "trường hợp", "trường hợp bị nhắc nhở", Q1),
    F("xử phạt 215 trường hợp", "215", 215, "count", "trường hợp",
      "trường hợp bị lập biên bản xử phạt", Q1),
    F("số tiền 436,5 triệu đồng", "436,5", 436.5e6, "money", "đồng", "số tiền xử phạt", Q1,
      change=C("increase", 12.3, "%", "quý IV/2023")),
    F("cho 1.874 hộ kinh doanh", "1.874", 1874, "count", "hộ kinh doanh",
      "hộ kinh doanh được cấp phép sử dụng tạm thời một phần vỉa hè"),
    F("trong đó 1.502 hộ", "1.502", 1502, "count", "hộ",
      "hộ kinh doanh được cấp phép trên các tuyến phố chính", total=1874),
    F("khoảng 18.400 m2", "18.400", 18400, "measure", "m2",
      "diện tích vỉa hè được cấp phép", approx="about"),
    F("từ 10.000 đến 40.000 đồng/m2/tháng", "10.000", 10000, "money", "đồng/m2/tháng",
      "phí sử dụng vỉa hè", value_max=40000),
    F("bề rộng từ 3 m trở lên", "3", 3, "measure", "m", "bề rộng vỉa hè được cấp phép",
      approx="at_least", optional=True),
    F("tối thiểu 1,5 m", "1,5", 1.5, "measure", "m", "lối đi cho người đi bộ",
      approx="at_least", optional=True),
    F("đạt 1,28 tỷ đồng", "1,28", 1.28e9, "money", "đồng", "nguồn thu phí sử dụng vỉa hè",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-04-15"), percent=32),
    F("bố trí 4 điểm bán hàng rong", "4", 4, "count", "điểm bán hàng rong",
      "điểm bán hàng rong tập trung"),
    F("với 236 gian hàng", "236", 236, "count", "gian hàng", "gian hàng tại điểm bán hàng rong tập trung"),
    F("trên 300 người", "300", 300, "count", "người bán hàng rong",
      "người bán hàng rong vào kinh doanh ổn định", approx="over"),
    F("6-8 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng",
      "thu nhập bình quân người bán hàng rong", value_max=8e6),
    F("với 97% người bán hàng rong", "97", 97, "percent", "%",
      "người bán hàng rong đã vào điểm tập trung"),
    F("thêm 5 tuyến phố văn minh", "5", 5, "count", "tuyến phố văn minh",
      "tuyến phố văn minh xây dựng thêm", Q2, status="target"),
    F("lên 22 tuyến", "22", 22, "count", "tuyến", "tổng số tuyến phố văn minh", Q2, status="target"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng",
      "kinh phí kẻ vạch, lắp biển báo phân định vỉa hè", I(Q2), approx="about", status="forecast"),
]

COMMENTS = [
    "District portal of quận Hải Châu (Đà Nẵng), quarter I/2024 (invented).",
    "Not figures: Thứ Hai, 15/04/2024 - 10:20, quý IV/2023 (baseline), lần thứ 3, đường 2 Tháng 9, 270 Trưng Nữ Vương, phone.",
    "'13 phường' is the number of wards ordered to act: a count. Width thresholds for licensing (3 m, 1,5 m) are rules: optional.",
    "'Hiện' gives no period. 'Từ đầu năm đến nay' ends at the dateline. 97% (phường Thạch Thang) keeps the district as location (a ward is below the district level).",
]

if __name__ == "__main__":
    build("p896-2", TEXT, FIGS, COMMENTS, published="2024-04-15", location="Hải Châu")
