"""p1031-1: province portal, Thái Bình, straw collected after the spring crop 2024."""
from lib import F, P, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Hơn 70% lượng rơm rạ vụ Xuân được thu gom, tái sử dụng

Cập nhật: 18/06/2024 09:45 | Lượt xem: 2.317

Thực hiện Kế hoạch số 58/KH-UBND ngày 12/3/2024 của UBND tỉnh về thu gom, xử lý rơm rạ sau thu hoạch, vụ Xuân năm nay toàn tỉnh gieo cấy 76.850 ha lúa. Lượng rơm rạ phát sinh khoảng 460.000 tấn, trong đó đã thu gom, sử dụng khoảng 325.000 tấn, chiếm 70,7%, tăng 48.000 tấn so với vụ Xuân năm 2023.

Hiện toàn tỉnh có 412 máy cuộn rơm, tăng 67 máy so với cuối năm 2023; trong đó 158 máy do các hợp tác xã quản lý. Diện tích được cuộn rơm bằng máy đạt 41.200 ha, chiếm 53,6% diện tích gieo cấy. Giá dịch vụ cuộn rơm phổ biến từ 10.000 đến 12.000 đồng/cuộn, bình quân khoảng 75 cuộn/ha.

Rơm sau thu gom chủ yếu dùng làm thức ăn cho trâu bò (khoảng 38%), trồng nấm (21%) và ủ phân hữu cơ (17%), phần còn lại bán cho thương lái ngoài tỉnh. Toàn tỉnh có 1.260 hộ trồng nấm rơm trên diện tích khoảng 95 ha, sản lượng nấm ước đạt 2.850 tấn; giá nấm rơm tươi từ 35.000 đến 45.000 đồng/kg.

Nhờ tuyên truyền và ra quân kiểm tra dọc Quốc lộ 10, Quốc lộ 39, trong vụ lực lượng chức năng đã phát hiện, nhắc nhở 86 trường hợp đốt rơm rạ trên đồng ruộng, giảm 128 trường hợp so với cùng kỳ. Đường dây nóng 0227.3831.456 của Sở Tài nguyên và Môi trường tiếp nhận 19 phản ánh về khói bụi do đốt rơm.

Tỉnh phấn đấu đến năm 2025 thu gom, xử lý trên 85% lượng rơm rạ sau mỗi vụ, không để xảy ra tình trạng đốt rơm tại khu dân cư, ven các trục giao thông chính.
"""

FIGS = [
    F("Hơn 70%", "70", 70, "percent", "%", "lượng rơm rạ vụ Xuân được thu gom, tái sử dụng", approx="over"),
    F("gieo cấy 76.850 ha lúa", "76.850", 76850, "measure", "ha", "diện tích lúa gieo cấy vụ Xuân"),
    F("khoảng 460.000 tấn", "460.000", 460000, "measure", "tấn", "lượng rơm rạ phát sinh", approx="about"),
    F("khoảng 325.000 tấn", "325.000", 325000, "measure", "tấn", "rơm rạ đã thu gom, sử dụng", approx="about",
      total=460000, percent=70.7, change=C("increase", 48000, "tấn", "vụ Xuân năm 2023")),
    F("có 412 máy cuộn rơm", "412", 412, "count", "máy cuộn rơm", "máy cuộn rơm",
      change=C("increase", 67, "máy", "cuối năm 2023")),
    F("158 máy", "158", 158, "count", "máy", "máy cuộn rơm do các hợp tác xã quản lý", total=412),
    F("đạt 41.200 ha", "41.200", 41200, "measure", "ha", "diện tích được cuộn rơm bằng máy", percent=53.6),
    F("từ 10.000 đến 12.000 đồng/cuộn", "10.000", 10000, "money", "đồng/cuộn", "giá dịch vụ cuộn rơm",
      value_max=12000),
    F("khoảng 75 cuộn/ha", "75", 75, "measure", "cuộn/ha", "số cuộn rơm bình quân mỗi ha", approx="about"),
    F("(khoảng 38%)", "38", 38, "percent", "%", "rơm sau thu gom dùng làm thức ăn cho trâu bò", approx="about"),
    F("(21%)", "21", 21, "percent", "%", "rơm sau thu gom dùng trồng nấm"),
    F("(17%)", "17", 17, "percent", "%", "rơm sau thu gom dùng ủ phân hữu cơ"),
    F("1.260 hộ", "1.260", 1260, "count", "hộ", "hộ trồng nấm rơm"),
    F("khoảng 95 ha", "95", 95, "measure", "ha", "diện tích trồng nấm rơm", approx="about"),
    F("ước đạt 2.850 tấn", "2.850", 2850, "measure", "tấn", "sản lượng nấm rơm", status="estimate"),
    F("từ 35.000 đến 45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá nấm rơm tươi", value_max=45000),
    F("86 trường hợp", "86", 86, "count", "trường hợp", "trường hợp đốt rơm rạ trên đồng ruộng bị phát hiện, nhắc nhở",
      change=C("decrease", 128, "trường hợp", "cùng kỳ")),
    F("19 phản ánh", "19", 19, "count", "phản ánh", "phản ánh về khói bụi do đốt rơm"),
    F("trên 85%", "85", 85, "percent", "%", "lượng rơm rạ được thu gom, xử lý sau mỗi vụ", approx="over",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình: thu gom rơm rạ vụ Xuân 2024. Dateline 'Cập nhật: 18/06/2024 09:45'.",
    "Not figures: 'Lượt xem: 2.317', 'Kế hoạch số 58/KH-UBND ngày 12/3/2024', 'Quốc lộ 10', 'Quốc lộ 39', phone 0227.3831.456.",
    "Crop-season periods ('vụ Xuân', 'trong vụ', 'vụ Xuân năm nay') are not calendar periods FIGURES.md defines: no period recorded.",
    "'Hiện' sentences get no period. The 325.000 tấn is the 'trong đó' part of the 460.000 tấn; 'tăng 48.000 tấn' is its change.",
]

write("p1031-1", TEXT, FIGS, NOTES, published="2024-06-18", location="Thái Bình")
