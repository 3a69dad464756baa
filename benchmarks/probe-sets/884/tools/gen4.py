"""p884-4: ministry site (Bộ Tài nguyên và Môi trường), national plastic waste and plastic bags."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Mỗi năm Việt Nam thải ra khoảng 1,8 triệu tấn rác thải nhựa

Ngày đăng: 08/06/2023 | Lượt xem: 1.846

Hưởng ứng Ngày Đại dương thế giới 8/6, Bộ Tài nguyên và Môi trường cho biết mỗi năm Việt Nam phát sinh khoảng 1,8 triệu tấn rác thải nhựa nhưng chỉ khoảng 27% được tái chế. Riêng TP Hồ Chí Minh thải ra khoảng 80 tấn nhựa và túi ni lông mỗi ngày.

Kết quả khảo sát của Tổng cục Môi trường tại 10 chợ dân sinh cho thấy, mỗi tiểu thương dùng trung bình 1-2 kg túi ni lông/ngày; mỗi chiếc túi chỉ được dùng khoảng 25 phút trước khi bị thải bỏ nhưng cần từ 500 đến 1.000 năm để phân hủy.

Tính đến tháng 5/2023, cả nước có 54/63 tỉnh, thành phố đã ban hành kế hoạch hoặc chương trình hành động giảm thiểu chất thải nhựa; trên 2.300 chợ triển khai mô hình hạn chế túi ni lông khó phân hủy. Các địa phương có nhiều chợ tham gia nhất lần lượt là Hà Nội (215 chợ), TP Hồ Chí Minh (176 chợ) và Thừa Thiên Huế (104 chợ). Các hệ thống siêu thị lớn như Co.opmart, GO!, Lotte Mart, WinMart đã giảm 20-30% lượng túi ni lông phát ra.

Theo Quyết định số 1316/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ, đến năm 2025, 100% trung tâm thương mại, siêu thị sử dụng bao bì thân thiện với môi trường thay thế túi ni lông khó phân hủy; giảm 50% rác thải nhựa trên biển và đại dương. Luật Bảo vệ môi trường 2020 cũng quy định sau năm 2030 dừng sản xuất, nhập khẩu sản phẩm nhựa dùng một lần.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

NOTES = [
    "p884-4: ministry site, national figures (location Việt Nam); list 'lần lượt là Hà Nội (215 chợ), ...' gives each item its place.",
    "'từ 500 đến 1.000 năm' is a duration that is the claim (decomposition time): a measure range in 'năm', not a date.",
    "'54/63 tỉnh, thành phố' is a count of provinces: Việt Nam. The 27% is the recycled share (a share of a part): its own percent figure.",
    "Distractors: 'Ngày Đại dương thế giới 8/6', 'Quyết định số 1316/QĐ-TTg ngày 22/7/2021', 'Luật Bảo vệ môi trường 2020',",
    "'sau năm 2030', 'GO!', address 'Số 10 Tôn Thất Thuyết', phone, 'Lượt xem'.",
]
ASOF = P("Tính đến tháng 5/2023", None, "2023-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("thải ra khoảng 1,8 triệu", "1,8", 1_800_000, "measure", "tấn/năm", "rác thải nhựa thải ra mỗi năm", approx="about"),
    F("phát sinh khoảng 1,8 triệu", "1,8", 1_800_000, "measure", "tấn/năm", "rác thải nhựa phát sinh mỗi năm",
      approx="about"),
    F("khoảng 27%", "27", 27, "percent", "%", "rác thải nhựa được tái chế", approx="about"),
    F("khoảng 80 tấn", "80", 80, "measure", "tấn/ngày", "nhựa và túi ni lông thải ra mỗi ngày", approx="about",
      location="TP Hồ Chí Minh"),
    F("tại 10 chợ", "10", 10, "count", "chợ", "chợ dân sinh được khảo sát"),
    F("trung bình 1-2 kg", "1", 1, "measure", "kg/ngày", "túi ni lông mỗi tiểu thương dùng", value_max=2),
    F("khoảng 25 phút", "25", 25, "measure", "phút", "thời gian sử dụng mỗi chiếc túi ni lông", approx="about"),
    F("từ 500 đến 1.000 năm", "500", 500, "measure", "năm", "thời gian phân hủy túi ni lông", value_max=1000),
    F("có 54/63 tỉnh", "54", 54, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ban hành kế hoạch hoặc chương trình hành động giảm thiểu chất thải nhựa", ASOF, total=63),
    F("trên 2.300 chợ", "2.300", 2300, "count", "chợ", "chợ triển khai mô hình hạn chế túi ni lông khó phân hủy",
      ASOF, approx="over"),
    F("Hà Nội (215 chợ)", "215", 215, "count", "chợ", "chợ tham gia mô hình hạn chế túi ni lông", I(ASOF),
      location="Hà Nội"),
    F("TP Hồ Chí Minh (176 chợ)", "176", 176, "count", "chợ", "chợ tham gia mô hình hạn chế túi ni lông", I(ASOF),
      location="TP Hồ Chí Minh"),
    F("Thừa Thiên Huế (104 chợ)", "104", 104, "count", "chợ", "chợ tham gia mô hình hạn chế túi ni lông", I(ASOF),
      location="Thừa Thiên Huế"),
    F("giảm 20-30%", "20", 20, "percent", "%", "lượng túi ni lông phát ra tại các hệ thống siêu thị lớn giảm",
      I(ASOF), value_max=30),
    F("2025, 100% trung tâm", "100", 100, "percent", "%",
      "trung tâm thương mại, siêu thị sử dụng bao bì thân thiện với môi trường", T25, status="target"),
    F("giảm 50% rác", "50", 50, "percent", "%", "rác thải nhựa trên biển và đại dương giảm", T25, status="target"),
]
write("p884-4", TEXT, NOTES, FIGS, published="2023-06-08", location="Việt Nam")
