"""p1219-4: ministry site (Bộ TN&MT), national titanium resources, output, exports, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Địa chất - Khoáng sản

Khoáng sản titan: chuyển mạnh sang chế biến sâu, hạn chế xuất khẩu tinh quặng

Ngày đăng: 14/08/2023 | Lượt xem: 1.108

Theo Cục Khoáng sản Việt Nam, tổng tài nguyên sa khoáng titan ven biển cả nước được đánh giá khoảng 650 triệu tấn khoáng vật nặng, phân bố tại 8 tỉnh từ Thanh Hóa đến Bà Rịa - Vũng Tàu; riêng tầng cát đỏ tỉnh Bình Thuận chiếm khoảng 92%.

Năm 2022, cả nước có 46 giấy phép khai thác titan còn hiệu lực; sản lượng khai thác đạt khoảng 512.000 tấn tinh quặng các loại, tăng 6,8% so với năm 2021. Các địa phương có sản lượng lớn nhất lần lượt là Bình Thuận (168.000 tấn), Bình Định (121.000 tấn) và Hà Tĩnh (87.000 tấn).

Kim ngạch xuất khẩu các sản phẩm titan năm 2022 đạt 318 triệu USD, trong đó xỉ titan và pigment chiếm 41%, zircon các loại chiếm 37%. Cả nước hiện có 23 nhà máy chế biến titan với tổng công suất thiết kế hơn 1,1 triệu tấn sản phẩm/năm, nhưng nhiều nhà máy chỉ vận hành từ 30 đến 50% công suất do thiếu nguyên liệu.

Theo Quyết định số 866/QĐ-TTg ngày 18/7/2023 của Thủ tướng Chính phủ, mục tiêu đến năm 2030 sản xuất khoảng 1,4 triệu tấn xỉ titan, pigment và các sản phẩm titan khác mỗi năm; 100% tinh quặng ilmenit khai thác được chế biến sâu trong nước. Bộ đề nghị 8 địa phương có quặng titan không cấp phép mới tại khu vực rừng phòng hộ, hoàn thành khoanh định khu vực cấm khai thác trước quý IV/2023.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội - Điện thoại: 024.3795.6868
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22B = P("năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "sản lượng khai thác tinh quặng titan"

FIGS = [
    F("khoảng 650 triệu tấn", "650", 650000000, "measure", "tấn", approx="about",
      subject="tổng tài nguyên sa khoáng titan ven biển"),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh",
      subject="tỉnh có sa khoáng titan ven biển phân bố"),
    F("chiếm khoảng 92%", "92", 92, "percent", "%", approx="about",
      subject="tỷ lệ tài nguyên sa khoáng titan ở tầng cát đỏ", location="Bình Thuận"),
    F("có 46 giấy phép", "46", 46, "count", "giấy phép",
      subject="giấy phép khai thác titan còn hiệu lực", period=Y22),
    F("khoảng 512.000 tấn", "512.000", 512000, "measure", "tấn", approx="about",
      change=C("increase", 6.8, "%", "năm 2021"), subject=LIST, period=Y22),
    F("Bình Thuận (168.000 tấn)", "168.000", 168000, "measure", "tấn", subject=LIST,
      location="Bình Thuận", period=I(Y22)),
    F("Bình Định (121.000 tấn)", "121.000", 121000, "measure", "tấn", subject=LIST,
      location="Bình Định", period=I(Y22)),
    F("Hà Tĩnh (87.000 tấn)", "87.000", 87000, "measure", "tấn", subject=LIST,
      location="Hà Tĩnh", period=I(Y22)),
    F("đạt 318 triệu USD", "318", 318000000, "money", "USD",
      subject="kim ngạch xuất khẩu các sản phẩm titan", period=Y22B),
    F("chiếm 41%", "41", 41, "percent", "%",
      subject="tỷ trọng xỉ titan và pigment trong kim ngạch xuất khẩu sản phẩm titan", period=Y22B),
    F("chiếm 37%", "37", 37, "percent", "%",
      subject="tỷ trọng zircon các loại trong kim ngạch xuất khẩu sản phẩm titan", period=Y22B),
    F("có 23 nhà máy", "23", 23, "count", "nhà máy", subject="nhà máy chế biến titan"),
    F("hơn 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn/năm", approx="over",
      subject="tổng công suất thiết kế nhà máy chế biến titan"),
    F("từ 30 đến 50%", "30", 30, "percent", "%", value_max=50,
      subject="công suất vận hành của nhiều nhà máy chế biến titan"),
    F("khoảng 1,4 triệu tấn", "1,4", 1400000, "measure", "tấn/năm", approx="about", status="target",
      subject="sản xuất xỉ titan, pigment và các sản phẩm titan khác", period=T30),
    F("100% tinh quặng", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ tinh quặng ilmenit khai thác được chế biến sâu trong nước", period=T30),
    F("đề nghị 8 địa phương", "8", 8, "count", "địa phương", optional=True,
      subject="địa phương có quặng titan"),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): national titanium resources, licences, output, exports, 2030 targets. 'Ngày đăng: 14/08/2023 | Lượt xem: 1.108'.",
    "Distractors: view counter 1.108, Quyết định số 866/QĐ-TTg ngày 18/7/2023, 'quý IV/2023', 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868, 'năm 2021' baseline.",
    "Default location Việt Nam. 'riêng tầng cát đỏ tỉnh Bình Thuận chiếm khoảng 92%' is a percent figure of its own about Bình Thuận (no whole for a percent).",
    "'lần lượt là Bình Thuận (168.000 tấn), …' are list items: subject = the list's indicator, location = the province; period inherited.",
    "'trong đó … chiếm 41%, … chiếm 37%' after a money figure are percent figures of their own (no total).",
    "'mục tiêu đến năm 2030' governs both clauses after ';' → target, period end 2030-12-31. 'Bộ đề nghị 8 địa phương' restates the 8 provinces: optional.",
    "revised: 1,1 triệu unit 'tấn sản phẩm/năm' → 'tấn/năm' (shortest unit; 'sản phẩm' is what the subject names, as 'tấn' for 'tấn tinh quặng');",
    "revised: 1,4 triệu '… mỗi năm' → unit 'tấn/năm', 'mỗi năm' taken out of the subject (a rate's denominator belongs to the unit).",
]

if __name__ == "__main__":
    write("p1219-4", TEXT, NOTES, FIGS, published="2023-08-14", location="Việt Nam")
