from lib import F, P, I, C, T, write

TEXT = """
BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thị trường trong nước
Ngày đăng: 22/08/2023 | Lượt xem: 2.815

Rà soát hệ thống phân phối xăng dầu trên cả nước

Theo Vụ Thị trường trong nước (Bộ Công Thương), tính đến ngày 15/8/2023, cả nước có 31 thương nhân đầu mối kinh doanh xăng dầu, 311 thương nhân phân phối và khoảng 17.400 cửa hàng bán lẻ xăng dầu. Trong đó, các thương nhân đầu mối trực tiếp sở hữu, quản lý hơn 6.900 cửa hàng, chiếm gần 40%. Các địa phương có số cửa hàng lớn là TP Hồ Chí Minh (558 cửa hàng), Hà Nội (541 cửa hàng) và Đồng Nai (537 cửa hàng).

Tổng nguồn xăng dầu cho thị trường trong nước 7 tháng năm 2023 đạt khoảng 15,2 triệu m3, tấn, tăng 5,7% so với cùng kỳ năm 2022; trong đó sản xuất trong nước đáp ứng khoảng 71%. Bộ đã giao tổng nguồn xăng dầu năm 2023 cho các thương nhân đầu mối là 28,7 triệu m3, tấn.

Trong 6 tháng đầu năm 2023, lực lượng quản lý thị trường đã kiểm tra 3.126 vụ việc liên quan đến kinh doanh xăng dầu, phát hiện, xử lý 1.084 vụ vi phạm, phạt tiền hơn 21,4 tỷ đồng. Từ tháng 11/2022 đến nay, Bộ đã thu hồi giấy phép của 4 thương nhân đầu mối và 2 thương nhân phân phối vi phạm nghĩa vụ bảo đảm nguồn cung.

Về hóa đơn điện tử, theo Tổng cục Thuế, đến ngày 15/8/2023 cả nước mới có 5.211 cửa hàng, tương đương khoảng 30% tổng số cửa hàng, lập hóa đơn điện tử theo từng lần bán. Mục tiêu đến hết năm 2023, 100% cửa hàng bán lẻ xăng dầu thực hiện hóa đơn điện tử theo từng lần bán theo Nghị định số 123/2020/NĐ-CP; việc kinh doanh xăng dầu thực hiện theo Nghị định số 83/2014/NĐ-CP và Nghị định số 80/2023/NĐ-CP.

Vụ Thị trường trong nước - Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

NOTES = [
    "Probe 1065-4: Bộ Công Thương site, national petrol distribution system as of 15/8/2023, supply, inspections, e-invoices.",
    "Distractors: Lượt xem: 2.815, Nghị định số 123/2020/NĐ-CP, 83/2014/NĐ-CP, 80/2023/NĐ-CP, address Số 54 Hai Bà Trưng (Hà Nội does not localise).",
    "National figures: location Việt Nam; the three provinces of the list are the location of their items.",
    "'chiếm gần 40%' is the share of 6.900; the part has total 17400 (after 'Trong đó', sentence break).",
    "'15,2 triệu m3, tấn' keeps the usage unit 'm3, tấn'. 'trong đó sản xuất trong nước đáp ứng khoảng 71%' is a share of another kind (no base amount in the part): a percent figure of its own.",
    "'Bộ đã giao tổng nguồn ... là 28,7 triệu' is an assigned quota: status target. 'Từ tháng 11/2022 đến nay' ends at the dateline.",
    "5.211 cửa hàng, 'tương đương khoảng 30%' is its percent; no explicit whole number, so no total.",
]

AS = P("tính đến ngày 15/8/2023", end="2023-08-15")
M7 = P("7 tháng năm 2023", "2023-01-01", "2023-07-31")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
SINCE = P("Từ tháng 11/2022 đến nay", "2022-11-01", "2023-08-22")

FIGS = [
    F("có 31 thương nhân", "31", 31, "count", "thương nhân đầu mối", "thương nhân đầu mối kinh doanh xăng dầu", AS),
    F("311 thương nhân", "311", 311, "count", "thương nhân phân phối", "thương nhân phân phối", AS),
    F("khoảng 17.400 cửa hàng", "17.400", 17400, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", AS, approx="about"),
    F("hơn 6.900 cửa hàng", "6.900", 6900, "count", "cửa hàng", "cửa hàng do các thương nhân đầu mối trực tiếp sở hữu, quản lý",
      I(AS), approx="over", total=17400, percent=40),
    F("(558 cửa hàng)", "558", 558, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="TP Hồ Chí Minh"),
    F("(541 cửa hàng)", "541", 541, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Hà Nội"),
    F("(537 cửa hàng)", "537", 537, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", I(AS), location="Đồng Nai"),
    F("khoảng 15,2 triệu m3", "15,2", 15200000, "measure", "m3, tấn", "tổng nguồn xăng dầu cho thị trường trong nước", M7,
      approx="about", change=C("increase", 5.7, "%", "cùng kỳ năm 2022")),
    F("đáp ứng khoảng 71%", "71", 71, "percent", "%", "tỷ lệ nguồn cung từ sản xuất trong nước", M7, approx="about"),
    F("là 28,7 triệu m3", "28,7", 28700000, "measure", "m3, tấn", "tổng nguồn xăng dầu giao cho các thương nhân đầu mối",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("kiểm tra 3.126 vụ việc", "3.126", 3126, "count", "vụ việc", "vụ việc liên quan đến kinh doanh xăng dầu được kiểm tra", H1),
    F("xử lý 1.084 vụ", "1.084", 1084, "count", "vụ vi phạm", "vụ vi phạm được phát hiện, xử lý", H1),
    F("hơn 21,4 tỷ đồng", "21,4", 21400000000, "money", "đồng", "tiền phạt", H1, approx="over"),
    F("của 4 thương nhân", "4", 4, "count", "thương nhân đầu mối", "thương nhân đầu mối bị thu hồi giấy phép", SINCE),
    F("và 2 thương nhân", "2", 2, "count", "thương nhân phân phối", "thương nhân phân phối bị thu hồi giấy phép", SINCE),
    F("có 5.211 cửa hàng", "5.211", 5211, "count", "cửa hàng", "cửa hàng lập hóa đơn điện tử theo từng lần bán",
      P("đến ngày 15/8/2023", end="2023-08-15"), percent=30),
    F("2023, 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng bán lẻ xăng dầu thực hiện hóa đơn điện tử theo từng lần bán",
      P("đến hết năm 2023", end="2023-12-31"), status="target"),
]

write("p1065-4", TEXT, NOTES, FIGS, published="2023-08-22", location="Việt Nam")
