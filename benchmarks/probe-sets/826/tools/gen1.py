from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Trà Vinh
Trang chủ > Tin tức - Sự kiện > Kinh tế
Làng nghề bánh tét Trà Cuôn vào vụ Tết
Cập nhật: 16/01/2025 09:45 | Lượt xem: 2.317

Những ngày giáp Tết Ất Tỵ, làng nghề bánh tét Trà Cuôn ở xã Kim Sơn, huyện Trà Cú, nằm dọc Quốc lộ 54, đỏ lửa suốt ngày đêm. Theo UBND xã Kim Sơn, làng hiện có 68 hộ làm bánh tét, trong đó 23 hộ sản xuất quanh năm, thu hút gần 400 lao động, phần lớn là đồng bào Khmer.

Năm nay, các hộ dự kiến làm khoảng 95.000 đòn bánh tét, tăng khoảng 10% so với Tết năm trước. Bình quân mỗi hộ làm từ 1.000 đến 1.500 đòn mỗi vụ Tết; hộ lớn như cơ sở của bà Thạch Thị Sa Rênh làm trên 5.000 đòn.

Giá bánh tét năm nay dao động từ 60.000 đến 150.000 đồng/đòn tùy loại nhân; riêng bánh tét nhân thịt, trứng muối loại 2 kg có giá 250.000 đồng/đòn. Mỗi vụ Tết, một hộ làm bánh thu lãi bình quân 40-60 triệu đồng.

Năm 2024, doanh thu từ nghề làm bánh tét của xã ước đạt 14,5 tỷ đồng, chiếm khoảng 18% tổng thu nhập toàn xã. Sản phẩm bánh tét Trà Cuôn của Hợp tác xã Nông nghiệp Kim Sơn được công nhận OCOP 3 sao theo Quyết định số 1254/QĐ-UBND ngày 28/6/2021 của UBND tỉnh.

Toàn tỉnh Trà Vinh hiện có 11 làng nghề được công nhận, trong đó 3 làng nghề làm bánh truyền thống. Tỉnh phấn đấu đến năm 2025 có thêm 2 sản phẩm bánh truyền thống đạt OCOP 4 sao, đồng thời hỗ trợ 100% cơ sở làm bánh tại các làng nghề được tập huấn kiến thức an toàn thực phẩm.
"""

NAY = P("Năm nay", "2025-01-01", "2025-12-31")
NAY2 = P("năm nay", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("68 hộ làm bánh tét", "68", 68, "count", "hộ", "hộ làm bánh tét"),
    F("trong đó 23 hộ", "23", 23, "count", "hộ", "hộ sản xuất bánh tét quanh năm", total=68),
    F("gần 400 lao động", "400", 400, "count", "lao động", "lao động làm bánh tét", approx="nearly"),
    F("khoảng 95.000 đòn", "95.000", 95000, "count", "đòn bánh tét", "bánh tét các hộ làm dịp Tết", NAY,
      approx="about", change=C("increase", 10, "%", "Tết năm trước", "about"), status="forecast"),
    F("từ 1.000 đến 1.500 đòn", "1.000", 1000, "measure", "đòn/hộ", "bánh tét bình quân mỗi hộ làm mỗi vụ Tết", I(NAY),
      value_max=1500),
    F("trên 5.000 đòn", "5.000", 5000, "count", "đòn", "bánh tét hộ lớn làm", I(NAY), approx="over"),
    F("từ 60.000 đến 150.000 đồng/đòn", "60.000", 60000, "money", "đồng/đòn", "giá bánh tét", NAY2, value_max=150000),
    F("loại 2 kg", "2", 2, "measure", "kg", "khối lượng bánh tét nhân thịt, trứng muối", optional=True),
    F("có giá 250.000 đồng/đòn", "250.000", 250000, "money", "đồng/đòn", "giá bánh tét nhân thịt, trứng muối loại 2 kg", NAY2),
    F("bình quân 40-60 triệu đồng", "40", 40e6, "money", "đồng/hộ", "lãi mỗi hộ làm bánh mỗi vụ Tết", I(NAY2),
      value_max=60e6),
    F("ước đạt 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "doanh thu từ nghề làm bánh tét của xã", Y24,
      percent=18, status="estimate"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng OCOP bánh tét Trà Cuôn", optional=True),
    F("có 11 làng nghề", "11", 11, "count", "làng nghề", "làng nghề được công nhận", location="Trà Vinh"),
    F("trong đó 3 làng nghề", "3", 3, "count", "làng nghề", "làng nghề làm bánh truyền thống", total=11, location="Trà Vinh"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm bánh truyền thống đạt OCOP 4 sao", T25,
      status="target", location="Trà Vinh"),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True, location="Trà Vinh"),
    F("hỗ trợ 100% cơ sở", "100", 100, "percent", "%", "cơ sở làm bánh được tập huấn kiến thức an toàn thực phẩm", T25,
      status="target", location="Trà Vinh"),
]

build("p826-1", TEXT, FIGS, published="2025-01-16", location="Trà Cú", comments=[
    "Cổng TTĐT Trà Vinh: làng nghề bánh tét Trà Cuôn (xã Kim Sơn, huyện Trà Cú) before Tết Ất Tỵ 2025.",
    "Village figures take the district (Trà Cú); the last paragraph is provincial (Trà Vinh). 'Năm nay' = 2025 (published).",
    "Not figures: Lượt xem 2.317, Quốc lộ 54, Quyết định số 1254/QĐ-UBND ngày 28/6/2021, Tết Ất Tỵ. OCOP star levels and the '2 kg' size are optional.",
    "Per-household amounts are rates: 'mỗi hộ ... 1.000-1.500 đòn' is a measure in đòn/hộ; money per household keeps kind money, unit đồng/hộ.",
])
