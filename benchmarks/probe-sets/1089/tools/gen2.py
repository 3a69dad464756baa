"""p1089-2: district portal (huyện Thoại Sơn, An Giang), harvest of the Thu Đông crop, machine fleet, drone spraying."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THOẠI SƠN
Trang chủ / Kinh tế / Nông nghiệp

Cơ giới hóa giúp nông dân Thoại Sơn giảm chi phí sản xuất lúa

Thứ Hai, 06/11/2023 - 14:05

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, đến nay nông dân toàn huyện đã thu hoạch 18.650/24.300 ha lúa Thu Đông năm 2023, đạt 76,7% diện tích xuống giống, 100% diện tích được thu hoạch bằng máy gặt đập liên hợp. Năng suất bình quân ước đạt 6,1 tấn/ha; giá lúa tươi tại ruộng từ 7.800 đến 8.200 đồng/kg.

Toàn huyện hiện có 412 máy gặt đập liên hợp, 356 máy kéo, 96 lò sấy với tổng công suất 2.880 tấn/mẻ và 57 thiết bị bay không người lái (tăng 21 chiếc so với cuối năm 2022). Các xã có diện tích phun thuốc bằng thiết bị bay lớn trong vụ là Vĩnh Trạch (1.150 ha), Định Thành (980 ha) và Thoại Giang (760 ha).

Chi phí thuê máy gặt đập liên hợp từ 2,8 đến 3 triệu đồng/ha. Phun thuốc bằng thiết bị bay khoảng 200.000 đồng/ha/lần, giúp tiết kiệm 30-35% lượng nước và 10-15% lượng thuốc so với phun thủ công. Anh Nguyễn Văn Út, ngụ ấp Tây Bình, xã Vĩnh Trạch, có 8 công ruộng ven tỉnh lộ 943, cho biết nhờ thuê máy toàn bộ các khâu, chi phí sản xuất giảm gần 1,5 triệu đồng/ha so với vụ trước.

Ông Lê Văn Tám, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết, năm 2024 huyện phấn đấu 100% lượng lúa thu hoạch trong mùa mưa được sấy bằng máy, nâng số thiết bị bay lên 80 chiếc và xây dựng 12 cánh đồng lớn áp dụng cơ giới hóa đồng bộ.

Tin: Minh Khoa
Nguồn: Phòng NN&PTNT huyện Thoại Sơn
"""

NOW = P("đến nay", None, "2023-11-06")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thu hoạch 18.650/24.300 ha", "18.650", 18650, "measure", "ha", "diện tích lúa Thu Đông đã thu hoạch",
      total=24300, percent=76.7, period=NOW),
    F("giống, 100% diện tích", "100", 100, "percent", "%", "diện tích lúa thu hoạch bằng máy gặt đập liên hợp", period=NOW),
    F("ước đạt 6,1 tấn/ha", "6,1", 6.1, "measure", "tấn/ha", "năng suất bình quân lúa Thu Đông", status="estimate", period=I(Y23)),
    F("từ 7.800 đến", "7.800", 7800, "money", "đồng/kg", "giá lúa tươi tại ruộng", value_max=8200, period=I(Y23)),
    F("có 412 máy", "412", 412, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp"),
    F("356 máy kéo", "356", 356, "count", "máy kéo", "máy kéo"),
    F("96 lò sấy", "96", 96, "count", "lò sấy", "lò sấy"),
    F("công suất 2.880 tấn/mẻ", "2.880", 2880, "measure", "tấn/mẻ", "tổng công suất lò sấy"),
    F("và 57 thiết bị bay", "57", 57, "count", "thiết bị bay không người lái", "thiết bị bay không người lái",
      change=C("increase", 21, "chiếc", "cuối năm 2022")),
    F("Vĩnh Trạch (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích phun thuốc bằng thiết bị bay trong vụ"),
    F("Định Thành (980 ha)", "980", 980, "measure", "ha", "diện tích phun thuốc bằng thiết bị bay trong vụ"),
    F("Thoại Giang (760 ha)", "760", 760, "measure", "ha", "diện tích phun thuốc bằng thiết bị bay trong vụ"),
    F("từ 2,8 đến 3 triệu", "2,8", 2.8e6, "money", "đồng/ha", "chi phí thuê máy gặt đập liên hợp", value_max=3e6),
    F("khoảng 200.000 đồng/ha/lần", "200.000", 200000, "money", "đồng/ha/lần", "chi phí phun thuốc bằng thiết bị bay",
      approx="about"),
    F("tiết kiệm 30-35%", "30", 30, "percent", "%", "lượng nước tiết kiệm khi phun bằng thiết bị bay so với phun thủ công",
      value_max=35),
    F("và 10-15% lượng thuốc", "10", 10, "percent", "%", "lượng thuốc tiết kiệm khi phun bằng thiết bị bay so với phun thủ công",
      value_max=15),
    F("có 8 công ruộng", "8", 8, "measure", "công", "ruộng của anh Nguyễn Văn Út", optional=True),
    F("giảm gần 1,5 triệu", "1,5", 1.5e6, "money", "đồng/ha", "chi phí sản xuất giảm so với vụ trước", approx="nearly"),
    F("phấn đấu 100% lượng", "100", 100, "percent", "%", "lượng lúa thu hoạch trong mùa mưa được sấy bằng máy",
      status="target", period=Y24),
    F("lên 80 chiếc", "80", 80, "count", "chiếc", "thiết bị bay không người lái", status="target", period=Y24),
    F("xây dựng 12 cánh đồng", "12", 12, "count", "cánh đồng lớn", "cánh đồng lớn áp dụng cơ giới hóa đồng bộ",
      status="target", period=Y24),
]

NOTES = [
    "Cổng TTĐT huyện Thoại Sơn (An Giang), Thứ Hai 06/11/2023: thu hoạch lúa Thu Đông 2023, máy móc, phun thuốc bằng thiết bị bay, mục tiêu 2024.",
    "'đến nay' = as-of the dateline. '18.650/24.300 ha ... đạt 76,7%': total 24.300, percent 76,7. Yield and price (next sentence) inherit 'năm 2023'.",
    "Commune list (Vĩnh Trạch, Định Thành, Thoại Giang): communes are below the spec's district level, so location stays Thoại Sơn and the subject is the list's indicator.",
    "'8 công ruộng' (a farmer's holding, illustration) is optional. Distractors: Thứ Hai, 14:05, tỉnh lộ 943, Nguyễn Văn Út, Lê Văn Tám.",
    "Target cue 'phấn đấu' governs the three coordinated objects (100%, 80 chiếc, 12 cánh đồng).",
]

if __name__ == "__main__":
    write("p1089-2", TEXT, FIGS, NOTES, published="2023-11-06", location="Thoại Sơn")
