"""p926-2: district portal (huyện Tuy Phong, Bình Thuận) — xã Chí Công aloe harvest, Q1/2024."""
from lib import emit, fig, period, change

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY PHONG
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Ba, 09/04/2024 - 15:10

Nông dân Chí Công thu hoạch nha đam đầu vụ

Quý I/2024, nông dân xã Chí Công thu hoạch khoảng 2.650 tấn lá nha đam, bằng 108% so với cùng kỳ năm 2023. Toàn xã hiện có 96 ha nha đam, chiếm gần 40% diện tích nha đam của huyện, với 178 hộ trồng.

Theo ông Nguyễn Văn Bảy, Chủ tịch UBND xã, nha đam được trồng trên đất cát ven biển thôn 2 và thôn 3, mỗi ha cần khoảng 40.000 cây giống, sau 8-10 tháng cho thu lứa đầu. Nông dân cắt lá hằng tháng, năng suất bình quân 9-11 tấn/ha/tháng.

Hiện Công ty TNHH MTV Nha đam Tuy Phong (Km 1632, Quốc lộ 1A) và 2 cơ sở sơ chế trên địa bàn bao tiêu toàn bộ sản lượng với giá 3.200 đồng/kg lá loại 1 và 2.400 đồng/kg lá loại 2. Trừ chi phí, mỗi ha nha đam cho lãi từ 120 đến 140 triệu đồng mỗi năm. Mức thu nhập này gấp khoảng 3 lần trồng lúa hoặc hành tím.

Từ đầu năm đến nay, Hội Nông dân xã đã phối hợp tổ chức 4 lớp tập huấn kỹ thuật trồng nha đam theo hướng VietGAP cho 160 lượt hội viên.

Năm 2024, xã phấn đấu trồng mới thêm 15 ha, nâng tổng diện tích nha đam lên 111 ha; đồng thời hỗ trợ 30 hộ chuyển đổi từ cây hành, cây mì sang trồng nha đam theo Nghị quyết số 05-NQ/ĐU của Đảng ủy xã.

Minh Tâm (Trung tâm VH-TT-TT huyện)
"""

NOTES = [
    "Cổng TTĐT huyện Tuy Phong (invented): xã Chí Công thu hoạch nha đam quý I/2024; giá bao tiêu; mục tiêu năm 2024.",
    "Dateline 'Thứ Ba, 09/04/2024 - 15:10' gives published. 'thôn 2', 'thôn 3', 'Km 1632', 'Quốc lộ 1A', 'Nghị quyết số 05-NQ/ĐU',",
    "'lá loại 1/loại 2' (grades) and the person 'Nguyễn Văn Bảy' are not figures. Commune figures take the district as location (Tuy Phong).",
    "'bằng 108% so với cùng kỳ' is the share of 2.650 tấn; 'chiếm gần 40%' the share of 96 ha. 'gấp khoảng 3 lần' stands as its own",
    "sentence: a multiple. '8-10 tháng' (time to first harvest) is a measure, not a period. 'Từ đầu năm đến nay' ends at the dateline.",
]

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-09")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 2.650 tấn", "2.650", 2650, "measure", "tấn", "lá nha đam thu hoạch", Q1, approx="about", percent=108),
    fig("có 96 ha nha đam", "96", 96, "measure", "ha", "diện tích nha đam của xã", percent=40),
    fig("với 178 hộ trồng", "178", 178, "count", "hộ", "hộ trồng nha đam"),
    fig("khoảng 40.000 cây giống", "40.000", 40000, "measure", "cây giống/ha", "cây giống cần cho mỗi ha nha đam", approx="about"),
    fig("sau 8-10 tháng", "8", 8, "measure", "tháng", "thời gian từ trồng đến thu lứa đầu", value_max=10),
    fig("bình quân 9-11 tấn/ha/tháng", "9", 9, "measure", "tấn/ha/tháng", "năng suất bình quân nha đam", value_max=11),
    fig("và 2 cơ sở sơ chế", "2", 2, "count", "cơ sở sơ chế", "cơ sở sơ chế bao tiêu nha đam"),
    fig("giá 3.200 đồng/kg", "3.200", 3200, "money", "đồng/kg", "giá bao tiêu lá nha đam loại 1"),
    fig("và 2.400 đồng/kg", "2.400", 2400, "money", "đồng/kg", "giá bao tiêu lá nha đam loại 2"),
    fig("từ 120 đến 140 triệu", "120", 120e6, "money", "đồng/ha/năm", "lãi mỗi ha nha đam", value_max=140e6),
    fig("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "mức thu nhập từ nha đam so với trồng lúa hoặc hành tím", approx="about"),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn kỹ thuật trồng nha đam theo hướng VietGAP", YTD),
    fig("cho 160 lượt hội viên", "160", 160, "count", "lượt hội viên", "lượt hội viên được tập huấn", YTD),
    fig("thêm 15 ha", "15", 15, "measure", "ha", "diện tích nha đam trồng mới", Y24, status="target"),
    fig("lên 111 ha", "111", 111, "measure", "ha", "tổng diện tích nha đam", Y24, status="target"),
    fig("hỗ trợ 30 hộ", "30", 30, "count", "hộ", "hộ được hỗ trợ chuyển đổi sang trồng nha đam", Y24, status="target"),
]

if __name__ == "__main__":
    emit("p926-2", TEXT, NOTES, FIGS, published="2024-04-09", location="Tuy Phong")
