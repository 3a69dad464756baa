"""p1093-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt), national asparagus area, output, prices, exports, 2030 targets."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Trồng trọt
Trang chủ » Tin hoạt động » Cây rau, hoa

Phát triển măng tây theo hướng hàng hóa, gắn với thị trường xuất khẩu
22/11/2024 | 10:05 | Lượt xem: 1.127

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 1.450 ha măng tây, tăng gần 18% so với năm 2020; sản lượng đạt trên 13.600 tấn. Diện tích tập trung chủ yếu ở các tỉnh Nam Trung Bộ và Đông Nam Bộ, trong đó Ninh Thuận, Bình Thuận và Bà Rịa - Vũng Tàu có diện tích lớn nhất, lần lượt đạt 360 ha, 140 ha và 125 ha.

Năng suất măng tây bình quân cả nước đạt 9,4 tấn/ha, một số mô hình thâm canh đạt 14-15 tấn/ha. Giá măng tây xanh loại 1 năm 2023 dao động 60.000-80.000 đồng/kg, măng tây tím từ 120.000 đến 150.000 đồng/kg.

Về xuất khẩu, 10 tháng năm 2024, kim ngạch xuất khẩu măng tây tươi và chế biến ước đạt 3,2 triệu USD, tăng 24,5% so với cùng kỳ. Nhật Bản và Hàn Quốc là hai thị trường lớn nhất, lần lượt chiếm 41% và 22% kim ngạch. Hiện có 28 mã số vùng trồng măng tây với tổng diện tích 612 ha được cấp phục vụ xuất khẩu.

Theo Quyết định số 1748/QĐ-BNN-TT phê duyệt Đề án phát triển cây trồng chủ lực, đến năm 2030 cả nước phấn đấu ổn định diện tích măng tây từ 2.000 đến 2.500 ha, năng suất bình quân trên 12 tấn/ha, tỷ lệ diện tích áp dụng VietGAP đạt 50%.

Cục Trồng trọt đề nghị các địa phương rà soát quy hoạch vùng trồng, hướng dẫn nông dân sử dụng thuốc bảo vệ thực vật đúng quy định, đáp ứng yêu cầu về dư lượng của thị trường nhập khẩu.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3823.4651
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích măng tây"

FIGS = [
    F("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", AREA, Y23, approx="about",
      change=C("increase", 18, "%", "năm 2020", approx="nearly")),
    F("trên 13.600 tấn", "13.600", 13600, "measure", "tấn", "sản lượng măng tây", Y23, approx="over"),
    F("đạt 360 ha", "360", 360, "measure", "ha", AREA, I(Y23), total=1450, location="Ninh Thuận"),
    F("360 ha, 140 ha", "140", 140, "measure", "ha", AREA, I(Y23), total=1450, location="Bình Thuận"),
    F("và 125 ha", "125", 125, "measure", "ha", AREA, I(Y23), total=1450, location="Bà Rịa - Vũng Tàu"),
    F("đạt 9,4 tấn/ha", "9,4", 9.4, "measure", "tấn/ha", "năng suất măng tây bình quân cả nước", I(Y23)),
    F("đạt 14-15 tấn/ha", "14", 14, "measure", "tấn/ha", "năng suất mô hình thâm canh", I(Y23), value_max=15),
    F("dao động 60.000-80.000", "60.000", 60000, "money", "đồng/kg", "giá măng tây xanh loại 1", Y23,
      value_max=80000),
    F("từ 120.000 đến 150.000", "120.000", 120000, "money", "đồng/kg", "giá măng tây tím", Y23, value_max=150000),
    F("ước đạt 3,2 triệu USD", "3,2", 3.2e6, "money", "USD", "kim ngạch xuất khẩu măng tây tươi và chế biến", M10,
      status="estimate", change=C("increase", 24.5, "%", "cùng kỳ")),
    F("là hai thị trường", "hai", 2, "count", "thị trường", "thị trường xuất khẩu măng tây lớn nhất", I(M10),
      optional=True),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng thị trường trong kim ngạch xuất khẩu măng tây", I(M10)),
    F("và 22% kim ngạch", "22", 22, "percent", "%", "tỷ trọng thị trường trong kim ngạch xuất khẩu măng tây",
      I(M10)),
    F("có 28 mã số", "28", 28, "count", "mã số vùng trồng", "mã số vùng trồng măng tây được cấp phục vụ xuất khẩu"),
    F("diện tích 612 ha", "612", 612, "measure", "ha", "diện tích vùng trồng được cấp mã số phục vụ xuất khẩu"),
    F("từ 2.000 đến 2.500 ha", "2.000", 2000, "measure", "ha", AREA, T30, value_max=2500, status="target"),
    F("trên 12 tấn/ha", "12", 12, "measure", "tấn/ha", "năng suất bình quân", T30, approx="over", status="target"),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ diện tích áp dụng VietGAP", T30, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt), 22/11/2024: national asparagus area and output 2023, main provinces, yield, prices,",
    "exports 10 months 2024, growing-area codes, 2030 targets. Location Việt Nam; the three provinces in the 'trong đó ... lần lượt'",
    "list are their items' location, and being parts after 'trong đó' of the 1.450 ha they carry total 1450.",
    "'Nhật Bản và Hàn Quốc ... lần lượt chiếm 41% và 22%' are percent figures of their own (shares with no base amount);",
    "the trade partners are not places of the figures (location Việt Nam). 'hai thị trường' only counts the two named: optional.",
    "Distractors: Quyết định số 1748/QĐ-BNN-TT, the address Số 2 Ngọc Hà and the phone, 10:05, Lượt xem: 1.127.",
]

write("p1093-4", TEXT, NOTES, FIGS, published="2024-11-22", location="Việt Nam")
