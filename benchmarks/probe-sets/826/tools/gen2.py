from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ
Tin tức - Sự kiện / Kinh tế
Thứ Năm, 01/02/2024 - 10:20

Làng Tranh Khúc tất bật gói bánh chưng phục vụ Tết Giáp Thìn

Những ngày cận Tết, thôn Tranh Khúc, xã Duyên Hà nhộn nhịp không khí gói bánh chưng. Theo UBND xã Duyên Hà, trong tổng số khoảng 300 hộ của thôn có gần 200 hộ làm bánh chưng, bánh giầy; trong đó hơn 70 hộ làm quanh năm.

Dịp Tết Nguyên đán năm nay, làng dự kiến cung ứng ra thị trường khoảng 600.000 chiếc bánh chưng, tăng 50.000 chiếc so với năm 2023. Cao điểm từ ngày 20 đến 28 tháng Chạp, mỗi ngày làng xuất đi từ 25.000 đến 30.000 chiếc bánh. Giá bánh chưng to (khoảng 1 kg) từ 70.000 đến 100.000 đồng/chiếc, bánh nhỏ giá 35.000-45.000 đồng/chiếc.

Ông Nguyễn Văn Năm, ở xóm 3, cho biết gia đình ông đã nhận đặt hàng khoảng 8.000 chiếc, phải dùng hơn 1,2 tấn gạo nếp, 300 kg đỗ xanh và 400 kg thịt lợn. Mỗi mẻ bánh được luộc liên tục 10-12 tiếng bằng nồi hơi.

Để bảo đảm an toàn thực phẩm, từ đầu tháng 1/2024 đến nay, Đoàn kiểm tra liên ngành huyện đã kiểm tra 45 cơ sở sản xuất, kinh doanh bánh chưng, bánh giầy; trong đó 3 cơ sở vi phạm về điều kiện vệ sinh, bị xử phạt tổng số tiền 12,5 triệu đồng.

Hiện xã Duyên Hà có 1 sản phẩm bánh chưng đạt OCOP 4 sao. Năm 2024, huyện Thanh Trì phấn đấu có thêm 2 sản phẩm bánh chưng Tranh Khúc được công nhận OCOP.

Bản quyền thuộc UBND huyện Thanh Trì
Địa chỉ: số 375 đường Ngọc Hồi, thị trấn Văn Điển, huyện Thanh Trì, TP Hà Nội
Điện thoại: 024.3861.4120
"""

NAY = P("năm nay", "2024-01-01", "2024-12-31")
KT = P("từ đầu tháng 1/2024 đến nay", "2024-01-01", "2024-02-01")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 300 hộ", "300", 300, "count", "hộ", "hộ của thôn Tranh Khúc", approx="about"),
    F("gần 200 hộ", "200", 200, "count", "hộ", "hộ làm bánh chưng, bánh giầy", approx="nearly", total=300),
    F("hơn 70 hộ", "70", 70, "count", "hộ", "hộ làm bánh chưng, bánh giầy quanh năm", approx="over", total=200),
    F("khoảng 600.000 chiếc", "600.000", 600000, "count", "chiếc bánh chưng", "bánh chưng cung ứng ra thị trường", NAY,
      approx="about", status="forecast", change=C("increase", 50000, "chiếc", "năm 2023")),
    F("từ 25.000 đến 30.000 chiếc", "25.000", 25000, "measure", "chiếc/ngày", "bánh xuất đi mỗi ngày cao điểm", I(NAY),
      value_max=30000),
    F("khoảng 1 kg", "1", 1, "measure", "kg", "khối lượng bánh chưng to", approx="about", optional=True),
    F("từ 70.000 đến 100.000 đồng/chiếc", "70.000", 70000, "money", "đồng/chiếc", "giá bánh chưng to", I(NAY),
      value_max=100000),
    F("35.000-45.000 đồng/chiếc", "35.000", 35000, "money", "đồng/chiếc", "giá bánh chưng nhỏ", I(NAY), value_max=45000),
    F("khoảng 8.000 chiếc", "8.000", 8000, "count", "chiếc", "bánh chưng gia đình ông Năm nhận đặt hàng", approx="about"),
    F("hơn 1,2 tấn gạo nếp", "1,2", 1.2, "measure", "tấn", "gạo nếp", approx="over"),
    F("300 kg đỗ xanh", "300", 300, "measure", "kg", "đỗ xanh dùng gói bánh"),
    F("400 kg thịt lợn", "400", 400, "measure", "kg", "thịt lợn dùng gói bánh"),
    F("liên tục 10-12 tiếng", "10", 10, "measure", "tiếng", "thời gian luộc mỗi mẻ bánh", value_max=12),
    F("kiểm tra 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh chưng, bánh giầy được kiểm tra", KT),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở vi phạm về điều kiện vệ sinh", KT, total=45),
    F("12,5 triệu đồng", "12,5", 12.5e6, "money", "đồng", "tiền xử phạt", KT),
    F("có 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm bánh chưng đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm bánh chưng Tranh Khúc được công nhận OCOP", Y24,
      status="target"),
]

build("p826-2", TEXT, FIGS, published="2024-02-01", location="Thanh Trì", comments=[
    "Cổng TTĐT huyện Thanh Trì (Hà Nội): làng bánh chưng Tranh Khúc (xã Duyên Hà) before Tết Giáp Thìn 2024.",
    "Location is the district (Thanh Trì) throughout. 'năm nay' = 2024; 'từ đầu tháng 1/2024 đến nay' ends at the dateline 2024-02-01.",
    "Not figures: 'từ ngày 20 đến 28 tháng Chạp' (lunar dates), 'Nguyễn Văn Năm' and 'xóm 3' (name, hamlet), address 'số 375 đường Ngọc Hồi', phone.",
    "The household's ingredient amounts (1,2 tấn, 300 kg, 400 kg) and the boiling time are facts (required); the cake size 'khoảng 1 kg' and OCOP stars are optional.",
    "'trong tổng số khoảng 300 hộ ... có gần 200 hộ' gives total 300; 'trong đó hơn 70 hộ' after it gives total 200.",
])
