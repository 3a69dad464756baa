from lib import emit, fig, P, I, C, T

TEXT = """UBND HUYỆN GIAO THỦY - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Năm, 15/02/2024 - 10:20

Giao Thủy vận hành 27 cống dưới đê, lấy nước gieo cấy vụ Xuân

Tính đến ngày 14/2, toàn huyện đã gieo cấy được 9.850 ha lúa Xuân, đạt 96,5% kế hoạch, giảm 120 ha so với cùng kỳ năm trước do một phần diện tích chuyển sang nuôi trồng thủy sản.

Để bảo đảm nước tưới, Công ty TNHH MTV Khai thác công trình thủy lợi Xuân Thủy đã phối hợp với UBND các xã vận hành 27 cống dưới đê sông Hồng, sông Sò và đê biển, trong đó có 9 cống qua đê biển. Các cống chỉ được mở lấy nước theo con triều khi độ mặn tại cửa cống dưới 1‰; thời gian mở cống bình quân 5-6 giờ mỗi con triều.

Đợt lấy nước tập trung từ ngày 18/1 đến 6/2 đã cung cấp khoảng 21,4 triệu m3 nước, gấp 1,3 lần so với đợt 1 năm 2023. Ba cống lấy được nhiều nước nhất là cống Ngô Đồng (4,6 triệu m3), cống Cồn Nhất (3,2 triệu m3) và cống Giao Hương (2,5 triệu m3).

Năm 2024, huyện được tỉnh phân bổ 3,2 tỷ đồng, đã nạo vét xong 14,5 km kênh trục dẫn nước sau cống; đồng thời dự kiến sửa chữa 3 cống xuống cấp là cống Hà Cát, cống Giao Lạc và cống Bạch Long với tổng kinh phí khoảng 6,8 tỷ đồng.

Ông Trần Văn Sáu, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, huyện phấn đấu 100% diện tích lúa Xuân được cấp đủ nước trước ngày 25/2. Hiện huyện bố trí 54 công nhân trực vận hành cống, hưởng thù lao 4,5 triệu đồng/người/tháng.

Bản quyền thuộc UBND huyện Giao Thủy. Địa chỉ: Thị trấn Ngô Đồng, huyện Giao Thủy, tỉnh Nam Định. ĐT: 0228.3895.137
"""

FLOW = P("từ ngày 18/1 đến 6/2", "2024-01-18", "2024-02-06")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Giao Thủy vận hành 27 cống", "27", "count", "cống", "cống dưới đê vận hành lấy nước"),
    fig("được 9.850 ha lúa Xuân", "9.850", "measure", "ha", "lúa Xuân gieo cấy",
        P("Tính đến ngày 14/2", None, "2024-02-14"), percent=96.5,
        change=C("decrease", 120, "ha", "cùng kỳ năm trước")),
    fig("xã vận hành 27 cống", "27", "count", "cống", "cống dưới đê sông Hồng, sông Sò và đê biển vận hành"),
    fig("có 9 cống qua đê biển", "9", "count", "cống", "cống qua đê biển", total=27),
    fig("cửa cống dưới 1‰", "1", "measure", "‰", "độ mặn tại cửa cống để mở lấy nước", approx="under", optional=True),
    fig("bình quân 5-6 giờ", "5", "measure", "giờ/con triều", "thời gian mở cống bình quân", vmax=6),
    fig("khoảng 21,4 triệu m3", "21,4", "measure", "m3", "lượng nước cung cấp trong đợt lấy nước tập trung", FLOW,
        m=1e6, approx="about", change=C("increase", 1.3, "lần", "đợt 1 năm 2023")),
    fig("Ba cống lấy được", "Ba", "count", "cống", "cống lấy được nhiều nước nhất", optional=True),
    fig("Ngô Đồng (4,6 triệu m3)", "4,6", "measure", "m3", "lượng nước lấy qua cống", I(FLOW), m=1e6),
    fig("Cồn Nhất (3,2 triệu m3)", "3,2", "measure", "m3", "lượng nước lấy qua cống", I(FLOW), m=1e6),
    fig("Giao Hương (2,5 triệu m3)", "2,5", "measure", "m3", "lượng nước lấy qua cống", I(FLOW), m=1e6),
    fig("phân bổ 3,2 tỷ đồng", "3,2", "money", "đồng", "kinh phí tỉnh phân bổ cho huyện", Y24, m=1e9),
    fig("xong 14,5 km", "14,5", "measure", "km", "kênh trục dẫn nước sau cống được nạo vét", Y24),
    fig("sửa chữa 3 cống", "3", "count", "cống", "cống xuống cấp dự kiến sửa chữa", Y24, status="forecast"),
    fig("khoảng 6,8 tỷ đồng", "6,8", "money", "đồng", "tổng kinh phí sửa chữa cống", Y24, m=1e9,
        approx="about", status="forecast"),
    fig("phấn đấu 100%", "100", "percent", "%", "diện tích lúa Xuân được cấp đủ nước",
        P("trước ngày 25/2", None, "2024-02-25"), status="target"),
    fig("bố trí 54 công nhân", "54", "count", "công nhân", "công nhân trực vận hành cống"),
    fig("4,5 triệu đồng/người/tháng", "4,5", "money", "đồng/người/tháng", "thù lao công nhân trực vận hành cống", m=1e6),
]

COMMENTS = [
    "District portal (huyện Giao Thủy, Nam Định): cống dưới đê lấy nước vụ Xuân 2024. Dateline 'Thứ Năm, 15/02/2024 - 10:20'.",
    "Year-less dates (14/2, 18/1-6/2, 25/2) take 2024 from the dateline. 'dưới 1‰' is the opening rule's threshold: optional.",
    "Sluice list in brackets: subject = the list's indicator; the sluices are not places, location stays Giao Thủy; no total (no part-of cue).",
    "'gấp 1,3 lần so với đợt 1 năm 2023' after a base amount is its change (unit lần). 'trước ngày 25/2' gives the target an end date.",
    "'Ba cống lấy được nhiều nước nhất là ...' frames a top-3 list (like 'sáu cống gồm' in p810-6): optional. Added after the first run (annotation gap).",
    "Distractors: 10:20, Thứ Năm, sluice names, Trần Văn Sáu, Thị trấn Ngô Đồng address, phone 0228.3895.137.",
]

if __name__ == "__main__":
    emit("p810-2", TEXT, COMMENTS, FIGS, published="2024-02-15", location="Giao Thủy")
