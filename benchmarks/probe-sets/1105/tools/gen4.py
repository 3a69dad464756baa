"""p1105-4: ministry site (Bộ TN&MT / Cục Biển và Hải đảo Việt Nam), national clean-up campaign 2024-2025."""
from lib import fig, period, inherit, change, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Biển và Hải đảo
Ngày đăng: 05/06/2025 | Lượt xem: 1.204

28 tỉnh, thành phố ven biển đồng loạt ra quân làm sạch biển

Sáng 4/6, tại Hà Nội, Cục Biển và Hải đảo Việt Nam tổ chức hội nghị tổng kết chiến dịch "Hãy làm sạch biển" năm 2024 và phát động chiến dịch năm 2025.

Theo báo cáo, năm 2024, 28/28 tỉnh, thành phố ven biển đã tổ chức các hoạt động ra quân với khoảng 1,2 triệu lượt người tham gia, thu gom hơn 9.800 tấn rác thải, tăng 15,3% so với năm 2023. Các địa phương thu gom nhiều nhất là Quảng Ninh (1.120 tấn), Khánh Hòa (960 tấn) và Bà Rịa - Vũng Tàu (870 tấn).

Việt Nam có hơn 3.260 km bờ biển. Mỗi năm, cả nước phát sinh khoảng 1,8 triệu tấn rác thải nhựa, trong đó chỉ khoảng 27% được tái chế; ước tính từ 0,28 đến 0,73 triệu tấn rác thải nhựa bị thải ra biển. Sau 3 năm triển khai phong trào, lượng túi ni lông tiêu thụ tại các chợ dân sinh đã giảm khoảng 20%.

Theo Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương (Quyết định số 1407/QĐ-TTg), đến năm 2025 giảm 50% rác thải nhựa trên biển; 80% khu du lịch ven biển không sử dụng sản phẩm nhựa dùng một lần. Đến năm 2030, mục tiêu giảm 75% rác thải nhựa trên biển và 100% khu bảo tồn biển không còn rác thải nhựa.

Năm 2025, Bộ dự kiến hỗ trợ 12 tỉnh xây dựng mô hình điểm thu gom ngư cụ bị thải bỏ với tổng kinh phí khoảng 18 tỷ đồng.

Cục Biển và Hải đảo Việt Nam - Số 83 Nguyễn Chí Thanh, Đống Đa, Hà Nội
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
T30 = period("Đến năm 2030", None, "2030-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

F = [
    fig("28 tỉnh, thành phố ven biển đồng loạt", "28", 28, "count", "tỉnh, thành phố",
        "tỉnh, thành phố ven biển ra quân làm sạch biển"),
    fig("năm 2024, 28/28 tỉnh", "28", 28, "count", "tỉnh, thành phố",
        "tỉnh, thành phố ven biển tổ chức các hoạt động ra quân", Y24, total=28),
    fig("khoảng 1,2 triệu lượt người", "1,2", 1200000, "count", "lượt người",
        "lượt người tham gia ra quân", Y24, approx="about"),
    fig("hơn 9.800 tấn rác thải", "9.800", 9800, "measure", "tấn",
        "rác thải thu gom", Y24, approx="over",
        change=change("increase", 15.3, "%", "năm 2023")),
    fig("Quảng Ninh (1.120 tấn)", "1.120", 1120, "measure", "tấn",
        "rác thải thu gom", inherit(Y24), location="Quảng Ninh"),
    fig("Khánh Hòa (960 tấn)", "960", 960, "measure", "tấn",
        "rác thải thu gom", inherit(Y24), location="Khánh Hòa"),
    fig("Vũng Tàu (870 tấn)", "870", 870, "measure", "tấn",
        "rác thải thu gom", inherit(Y24), location="Bà Rịa - Vũng Tàu"),
    fig("hơn 3.260 km bờ biển", "3.260", 3260, "measure", "km",
        "chiều dài bờ biển", approx="over"),
    fig("khoảng 1,8 triệu tấn", "1,8", 1800000, "measure", "tấn",
        "rác thải nhựa phát sinh mỗi năm", approx="about"),
    fig("chỉ khoảng 27%", "27", 27, "percent", "%",
        "tỷ lệ rác thải nhựa được tái chế", approx="about"),
    fig("từ 0,28 đến 0,73 triệu tấn", "0,28", 280000, "measure", "tấn",
        "rác thải nhựa bị thải ra biển", value_max=730000, status="estimate"),
    fig("giảm khoảng 20%", "20", 20, "percent", "%",
        "lượng túi ni lông tiêu thụ tại các chợ dân sinh giảm", approx="about"),
    fig("giảm 50% rác thải", "50", 50, "percent", "%",
        "giảm rác thải nhựa trên biển", T25, status="target"),
    fig("80% khu du lịch", "80", 80, "percent", "%",
        "khu du lịch ven biển không sử dụng sản phẩm nhựa dùng một lần", T25, status="target"),
    fig("giảm 75% rác thải", "75", 75, "percent", "%",
        "giảm rác thải nhựa trên biển", T30, status="target"),
    fig("100% khu bảo tồn biển", "100", 100, "percent", "%",
        "khu bảo tồn biển không còn rác thải nhựa", T30, status="target"),
    fig("hỗ trợ 12 tỉnh", "12", 12, "count", "tỉnh",
        "tỉnh được hỗ trợ xây dựng mô hình điểm thu gom ngư cụ bị thải bỏ", Y25, status="forecast"),
    fig("khoảng 18 tỷ đồng", "18", 18000000000, "money", "đồng",
        "tổng kinh phí hỗ trợ xây dựng mô hình điểm thu gom ngư cụ", Y25, approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): national results of the 2024 sea clean-up campaign, national plastic figures, 2025/2030 targets.",
    "Not figures: Ngày đăng 05/06/2025, Lượt xem 1.204, 'Sáng 4/6', 'Sau 3 năm triển khai' (a duration that locates), Quyết định số 1407/QĐ-TTg, Số 83 Nguyễn Chí Thanh.",
    "National figures -> Việt Nam (a count of provinces too); provinces in the ranking list are the location of their items.",
    "'trong đó chỉ khoảng 27% được tái chế' is a share of a part of 1,8 triệu tấn, not of it: percent figure of its own.",
    "'ước tính từ 0,28 đến 0,73 triệu tấn' -> range 280000-730000 tấn, estimate. 'đến năm 2025 ...; 80% ...' continues the target clause.",
]

write(4, TEXT, F, NOTES, published="2025-06-05", location="Việt Nam")
