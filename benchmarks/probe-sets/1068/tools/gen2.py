"""p1068-2: huyện Thanh Trì (Hà Nội) district portal, làng bánh chưng Tranh Khúc before Tết Ất Tỵ 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ
Tin tức - Sự kiện > Kinh tế
Làng bánh chưng Tranh Khúc tất bật vào vụ Tết
Thứ Tư, 15/01/2025 - 10:20

Những ngày này, không khí sản xuất tại làng nghề bánh chưng Tranh Khúc, xã Duyên Hà, huyện Thanh Trì nhộn nhịp hơn hẳn ngày thường.

Theo UBND xã Duyên Hà, thôn Tranh Khúc hiện có khoảng 300 hộ làm bánh chưng, bánh giầy, trong đó hơn 120 hộ sản xuất quanh năm. Ngày thường, mỗi hộ làm từ 200 đến 300 chiếc/ngày; dịp cận Tết, sản lượng tăng gấp 4-5 lần. Dự kiến dịp Tết Nguyên đán này, toàn làng cung cấp ra thị trường khoảng 350.000 chiếc bánh chưng, tăng khoảng 10% so với Tết năm trước.

Giá bánh chưng loại 1 kg dao động từ 50.000 đến 70.000 đồng/chiếc, tăng 5.000 đồng/chiếc so với năm ngoái do giá gạo nếp, đỗ xanh và thịt lợn đều tăng.

Bà Nguyễn Thị Tám, chủ một cơ sở ở xóm 2, cho biết gia đình đã nhận đặt hàng hơn 8.000 chiếc, cần 2,5 tấn gạo nếp, 700 kg đỗ xanh và khoảng 12.000 lá dong. Vào cao điểm, mỗi hộ thuê thêm từ 5 đến 7 lao động với tiền công 300.000-350.000 đồng/ngày.

Từ ngày 6/1/2025 đến nay, Đoàn kiểm tra liên ngành về an toàn thực phẩm huyện đã kiểm tra 45 hộ sản xuất bánh chưng, bánh giầy tại Tranh Khúc; 100% hộ được kiểm tra đã ký cam kết bảo đảm an toàn thực phẩm, 3 hộ bị nhắc nhở do khu chế biến chưa bảo đảm vệ sinh.

Năm 2024, doanh thu của làng nghề đạt 52 tỷ đồng. Huyện đặt mục tiêu doanh thu năm 2025 đạt 60 tỷ đồng, đồng thời hỗ trợ 20 hộ đầu tư nồi luộc bánh bằng điện thay cho bếp củi.

Bài viết tham khảo Kế hoạch số 318/KH-UBND ngày 20/12/2024 của UBND huyện.
"""

INSP = P("Từ ngày 6/1/2025 đến nay", "2025-01-06", "2025-01-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 300 hộ", "300", 300, "count", "hộ", "hộ làm bánh chưng, bánh giầy", approx="about"),
    F("hơn 120 hộ", "120", 120, "count", "hộ", "hộ sản xuất quanh năm", approx="over", total=300),
    F("từ 200 đến 300 chiếc/ngày", "200", 200, "measure", "chiếc/ngày", "bánh mỗi hộ làm ngày thường",
      value_max=300),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "sản lượng dịp cận Tết so với ngày thường", value_max=5),
    F("khoảng 350.000 chiếc", "350.000", 350000, "count", "chiếc", "bánh chưng toàn làng cung cấp ra thị trường",
      approx="about", status="forecast", change=C("increase", 10, "%", "Tết năm trước", approx="about")),
    F("loại 1 kg", "1", 1, "measure", "kg", "khối lượng bánh chưng", optional=True),
    F("từ 50.000 đến 70.000 đồng/chiếc", "50.000", 50000, "money", "đồng/chiếc", "giá bánh chưng loại 1 kg",
      value_max=70000, change=C("increase", 5000, "đồng/chiếc", "năm ngoái")),
    F("hơn 8.000 chiếc", "8.000", 8000, "count", "chiếc", "bánh chưng gia đình nhận đặt hàng", approx="over"),
    F("2,5 tấn gạo nếp", "2,5", 2.5, "measure", "tấn", "gạo nếp cần dùng"),
    F("700 kg đỗ xanh", "700", 700, "measure", "kg", "đỗ xanh cần dùng"),
    F("khoảng 12.000 lá dong", "12.000", 12000, "count", "lá dong", "lá dong cần dùng", approx="about"),
    F("từ 5 đến 7 lao động", "5", 5, "count", "lao động", "lao động mỗi hộ thuê thêm", value_max=7),
    F("300.000-350.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", "tiền công lao động",
      value_max=350000),
    F("kiểm tra 45 hộ", "45", 45, "count", "hộ", "hộ sản xuất bánh chưng, bánh giầy được kiểm tra", INSP),
    F("100% hộ", "100", 100, "percent", "%", "hộ được kiểm tra ký cam kết bảo đảm an toàn thực phẩm", INSP),
    F("3 hộ bị nhắc nhở", "3", 3, "count", "hộ", "hộ bị nhắc nhở", INSP),
    F("đạt 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh thu của làng nghề", Y24),
    F("đạt 60 tỷ đồng", "60", 60e9, "money", "đồng", "doanh thu của làng nghề", Y25, status="target"),
    F("hỗ trợ 20 hộ", "20", 20, "count", "hộ", "hộ được hỗ trợ đầu tư nồi luộc bánh bằng điện", Y25,
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Thanh Trì (Hà Nội): làng bánh chưng Tranh Khúc (xã Duyên Hà) before Tết Ất Tỵ 2025. Location: the district.",
    "'Thứ Tư, 15/01/2025 - 10:20' is the dateline. 'xóm 2', 'Nguyễn Thị Tám', 'Kế hoạch số 318/KH-UBND ngày 20/12/2024' are not figures.",
    "'tăng gấp 4-5 lần' has no base amount: a multiple range of its own. 'loại 1 kg' is the product's specification (optional).",
    "'đồng thời hỗ trợ 20 hộ' continues the 'đặt mục tiêu' clause: target, period năm 2025 (earlier in the same sentence).",
]

if __name__ == "__main__":
    write("p1068-2", TEXT, NOTES, FIGS, published="2025-01-15", location="Thanh Trì")
