from lib import F, P, Y, CH, emit

TEXT = """Thời sự

Dân số Việt Nam năm 2024 đạt hơn 101,1 triệu người

Thứ sáu, 28/2/2025, 14:05 (GMT+7)

Theo kết quả Điều tra dân số và nhà ở giữa kỳ, tỷ số giới tính khi sinh vẫn ở mức cao, 111,4 bé trai/100 bé gái.

Sáng 27/2, Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) công bố kết quả chính thức Điều tra dân số và nhà ở giữa kỳ năm 2024. Tại thời điểm 1/4/2024, dân số Việt Nam là 101.112.656 người, tăng hơn 4,9 triệu người so với năm 2019; dân số thành thị chiếm 38,1%, tăng 3,7 điểm phần trăm.

Tốc độ tăng dân số bình quân năm giai đoạn 2019-2024 là 0,98%, giảm nhẹ so với mức 1,14% của giai đoạn 2009-2019. Hà Nội và TP Hồ Chí Minh là hai địa phương đông dân nhất, lần lượt 8,72 triệu và 9,52 triệu người; Bắc Kạn ít dân nhất với 326.500 người.

Tổng tỷ suất sinh (TFR) năm 2024 là 1,91 con/phụ nữ, lần đầu tiên thấp hơn mức sinh thay thế (2,1 con/phụ nữ). Tuổi thọ bình quân của người Việt Nam đạt 74,7 tuổi, trong đó nam 72,3 tuổi và nữ 77,2 tuổi.

Tỷ số giới tính khi sinh ở mức 111,4 bé trai/100 bé gái; cao nhất là Hưng Yên (118,2), Bắc Ninh (117,5) và Hải Dương (116,9), thấp nhất là Lai Châu với 104,8. Theo dự báo của Tổng cục Thống kê, nếu không có can thiệp, đến năm 2059 Việt Nam sẽ thừa khoảng 1,5 triệu nam giới.

Cuộc điều tra có cỡ mẫu bằng 4% dân số cả nước, với khoảng 1,2 triệu hộ tại 20.400 địa bàn mẫu; lần đầu tiên toàn bộ 11.700 điều tra viên sử dụng phiếu điện tử trên thiết bị di động.

Ông Nguyễn Trung Tiến, Phó Tổng cục trưởng Tổng cục Thống kê, cho biết số liệu chi tiết đã được đăng tải trên trang gso.gov.vn.

Minh Sơn
"""

AS = P("Tại thời điểm 1/4/2024", None, "2024-04-01")
ASi = P("Tại thời điểm 1/4/2024", None, "2024-04-01", inh=True)
SV = P("Điều tra dân số và nhà ở giữa kỳ năm 2024", "2024-01-01", "2024-12-31", inh=True)
SRB = "tỷ số giới tính khi sinh"
U = "bé trai/100 bé gái"

FIGS = [
    F("hơn 101,1 triệu người", "101,1", 101100000, "count", "người", "dân số Việt Nam", Y(2024), approx="over"),
    F("cao, 111,4 bé trai", "111,4", 111.4, "measure", U, SRB),
    F("là 101.112.656 người", "101.112.656", 101112656, "count", "người", "dân số Việt Nam", AS,
      change=CH("+", 4900000, "người", "năm 2019", approx="over")),
    F("chiếm 38,1%", "38,1", 38.1, "percent", "%", "dân số thành thị", AS,
      change=CH("+", 3.7, "điểm phần trăm")),
    F("là 0,98%", "0,98", 0.98, "percent", "%", "tốc độ tăng dân số bình quân năm",
      P("giai đoạn 2019-2024", "2019-01-01", "2024-12-31")),
    F("mức 1,14%", "1,14", 1.14, "percent", "%", "tốc độ tăng dân số bình quân năm",
      P("giai đoạn 2009-2019", "2009-01-01", "2019-12-31")),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương đông dân nhất", optional=True),
    F("lần lượt 8,72 triệu", "8,72", 8720000, "count", "người", "dân số", ASi, location="Hà Nội"),
    F("và 9,52 triệu người", "9,52", 9520000, "count", "người", "dân số", ASi, location="TP Hồ Chí Minh"),
    F("với 326.500 người", "326.500", 326500, "count", "người", "dân số", ASi, location="Bắc Kạn"),
    F("là 1,91 con/phụ nữ", "1,91", 1.91, "measure", "con/phụ nữ", "tổng tỷ suất sinh (TFR)", Y(2024)),
    F("(2,1 con/phụ nữ)", "2,1", 2.1, "measure", "con/phụ nữ", "mức sinh thay thế", optional=True),
    F("đạt 74,7 tuổi", "74,7", 74.7, "measure", "tuổi", "tuổi thọ bình quân", SV),
    F("nam 72,3 tuổi", "72,3", 72.3, "measure", "tuổi", "tuổi thọ bình quân của nam", SV),
    F("nữ 77,2 tuổi", "77,2", 77.2, "measure", "tuổi", "tuổi thọ bình quân của nữ", SV),
    F("mức 111,4 bé trai", "111,4", 111.4, "measure", U, SRB),
    F("Hưng Yên (118,2)", "118,2", 118.2, "measure", U, SRB, location="Hưng Yên"),
    F("Bắc Ninh (117,5)", "117,5", 117.5, "measure", U, SRB, location="Bắc Ninh"),
    F("Hải Dương (116,9)", "116,9", 116.9, "measure", U, SRB, location="Hải Dương"),
    F("với 104,8", "104,8", 104.8, "measure", U, SRB, location="Lai Châu"),
    F("khoảng 1,5 triệu nam giới", "1,5", 1500000, "count", "nam giới", "nam giới dư thừa",
      P("đến năm 2059", None, "2059-12-31"), approx="about", status="forecast"),
    F("bằng 4% dân số", "4", 4, "percent", "%", "cỡ mẫu so với dân số cả nước", SV),
    F("khoảng 1,2 triệu hộ", "1,2", 1200000, "count", "hộ", "hộ được điều tra", SV, approx="about"),
    F("tại 20.400 địa bàn", "20.400", 20400, "count", "địa bàn", "địa bàn mẫu", SV),
    F("toàn bộ 11.700 điều tra viên", "11.700", 11700, "count", "điều tra viên", "điều tra viên sử dụng phiếu điện tử", SV),
]

COMMENTS = [
    "National online press (VnExpress style): official results of the 2024 mid-term population survey. Dateline 'Thứ sáu, 28/2/2025, 14:05 (GMT+7)'.",
    "Distractors: '(GMT+7)', 'Sáng 27/2', 'giai đoạn 2009-2019' as a period, 'lần đầu tiên', 'gso.gov.vn', byline, names.",
    "The headline figure takes 'năm 2024' from the headline itself. The national total is as of 1/4/2024 (as-of, end only).",
    "'cỡ mẫu bằng 4% dân số' is a percent figure of its own (no count before it to carry it).",
    "'dân số thành thị chiếm 38,1%, tăng 3,7 điểm phần trăm': a share with its change (no baseline written).",
    "'giảm nhẹ so với mức 1,14% của giai đoạn 2009-2019': the baseline amount is a figure of its own; 0,98% has no numeric change.",
    "Life expectancy for men and women after 'trong đó' are not parts of a whole (averages): no total. Provinces in lists go to location.",
    "'mức sinh thay thế (2,1 con/phụ nữ)' is a reference threshold (optional); 'hai địa phương' optional. 'đến năm 2059 … sẽ thừa' is a forecast.",
    "Sex ratio at birth figures have no period stated anywhere near them (the survey name only): no period.",
]

emit("p418-4", TEXT, COMMENTS, FIGS, published="2025-02-28", location="Việt Nam")
