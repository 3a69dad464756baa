"""p1009-2: district portal (thị xã Hương Trà, Thừa Thiên Huế), làng bún Vân Cù, 2023."""
from lib import F, P, INH, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG TRÀ
Trang chủ > Tin tức > Tin xã, phường
Thứ Năm, 08/06/2023 - 15:40

Làng bún Vân Cù giữ lửa nghề truyền thống

Làng bún Vân Cù (xã Hương Toàn, thị xã Hương Trà, tỉnh Thừa Thiên Huế) được công nhận làng nghề truyền thống từ năm 2009, hiện có 165 hộ làm bún, trong đó 42 hộ đã đầu tư máy xay bột, máy ép bún bằng điện. Mỗi ngày, làng cung cấp cho thị trường TP Huế khoảng 11 tấn bún tươi; vào dịp lễ, Tết sản lượng có thể lên 18-20 tấn/ngày. Nghề bún tạo việc làm cho 430 lao động, trong đó lao động nữ chiếm 78%.

Theo UBND xã Hương Toàn, 5 tháng đầu năm 2023, doanh thu từ nghề bún ước đạt 14,6 tỷ đồng, tăng 9,3% so với cùng kỳ năm 2022. Thu nhập bình quân của lao động làm bún khoảng 5,5 triệu đồng/tháng; các hộ quy mô lớn, sản xuất trên 500 kg bún/ngày, lãi từ 12 đến 15 triệu đồng/tháng.

Tuy nhiên, lượng nước thải từ khâu ngâm gạo, luộc bún khoảng 160 m3/ngày, phần lớn chảy thẳng ra kênh mương nội đồng. Năm 2022, thị xã đã hỗ trợ 35 hộ xây bể lắng 3 ngăn với tổng kinh phí 420 triệu đồng, mỗi hộ 12 triệu đồng. Trong quý II/2023, xã tiếp tục vận động thêm 18 hộ tự đầu tư bể lắng.

Thực hiện Nghị quyết số 05/NQ-HĐND ngày 20/12/2022 của HĐND thị xã, giai đoạn 2023-2025, thị xã phấn đấu 100% hộ làm bún có bể lắng xử lý nước thải sơ bộ, xây dựng nhãn hiệu tập thể "Bún Vân Cù" và có ít nhất 1 sản phẩm đạt OCOP 3 sao. Lễ hội Làng bún Vân Cù lần thứ 3 dự kiến tổ chức vào tháng 9/2023.

Minh Tâm - Phòng Kinh tế thị xã
Điện thoại: 0234.3557.216
"""

P5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
GD = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
FIGS = [
    F("có 165 hộ", "165", 165, "count", "hộ", "hộ làm bún"),
    F("42 hộ đã đầu tư", "42", 42, "count", "hộ", "hộ đầu tư máy xay bột, máy ép bún bằng điện", total=165),
    F("khoảng 11 tấn", "11", 11, "measure", "tấn/ngày", "bún tươi cung cấp cho thị trường", approx="about"),
    F("lên 18-20 tấn/ngày", "18", 18, "measure", "tấn/ngày", "sản lượng bún dịp lễ, Tết", value_max=20),
    F("cho 430 lao động", "430", 430, "count", "lao động", "lao động có việc làm từ nghề bún"),
    F("chiếm 78%", "78", 78, "percent", "%", "lao động nữ"),
    F("ước đạt 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "doanh thu từ nghề bún",
      change=C("increase", 9.3, "%", "cùng kỳ năm 2022"), status="estimate", period=P5),
    F("khoảng 5,5 triệu", "5,5", 5500000, "money", "đồng/tháng", "thu nhập bình quân của lao động làm bún",
      approx="about", period=INH(P5)),
    F("trên 500 kg", "500", 500, "measure", "kg/ngày", "bún hộ quy mô lớn sản xuất", approx="over", optional=True),
    F("lãi từ 12 đến 15 triệu", "12", 12000000, "money", "đồng/tháng", "lãi của các hộ quy mô lớn",
      value_max=15000000, period=INH(P5)),
    F("khoảng 160 m3/ngày", "160", 160, "measure", "m3/ngày", "nước thải từ khâu ngâm gạo, luộc bún", approx="about"),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ được hỗ trợ xây bể lắng", period=Y22),
    F("bể lắng 3 ngăn", "3", 3, "count", "ngăn", optional=True),
    F("kinh phí 420 triệu", "420", 420000000, "money", "đồng", "tổng kinh phí hỗ trợ xây bể lắng", period=Y22),
    F("mỗi hộ 12 triệu", "12", 12000000, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ", period=Y22),
    F("thêm 18 hộ", "18", 18, "count", "hộ", "hộ tự đầu tư bể lắng",
      period=P("quý II/2023", "2023-04-01", "2023-06-30")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hộ làm bún có bể lắng xử lý nước thải sơ bộ",
      status="target", period=GD),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao", approx="at_least",
      status="target", period=GD),
    F("OCOP 3 sao", "3", 3, "count", "sao", optional=True),
]

NOTES = [
    "District portal (thị xã Hương Trà): làng bún Vân Cù, xã Hương Toàn. Default location Hương Trà (the district);",
    "TP Huế is where the bún is sold (recipient, not the place of the figure).",
    "Income and profit in the sentence after '5 tháng đầu năm 2023' carry it as an inherited period.",
    "'có thể lên 18-20 tấn/ngày' is a habitual fact of festive days: actual. 'trên 500 kg' (size class), '3 ngăn'",
    "(tank specification) and 'OCOP 3 sao' (rating class) are optional.",
    "Distractors: năm 2009, Nghị quyết số 05/NQ-HĐND ngày 20/12/2022, lần thứ 3, tháng 9/2023, phone, dateline time.",
]

if __name__ == "__main__":
    write("p1009-2", TEXT, FIGS, published="2023-06-08", location="Hương Trà", notes=NOTES)
