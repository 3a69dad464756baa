"""p516-1: Hà Giang province portal — Chương trình MTQG 1719, 9 tháng 2024: vốn, giải ngân, nhà ở, đất, nước."""
from lib import fig, per, inh, ch, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Hà Giang: Giải ngân vốn Chương trình MTQG 1719 đạt 61,4% sau 9 tháng
Cập nhật: 14/10/2024 15:20 | Lượt xem: 1.286

Theo báo cáo của Ban Dân tộc tỉnh, tổng kế hoạch vốn năm 2024 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Chương trình MTQG 1719, phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021) trên địa bàn tỉnh Hà Giang là 1.247,6 tỷ đồng, gồm vốn đầu tư phát triển 812,3 tỷ đồng và vốn sự nghiệp 435,3 tỷ đồng. Tính đến ngày 30/9/2024, toàn tỉnh đã giải ngân 766,2 tỷ đồng, đạt 61,4% kế hoạch, cao hơn 8,7% so với cùng kỳ năm 2023.

Một số huyện có tỷ lệ giải ngân cao là Mèo Vạc (78,2%), Đồng Văn (74,5%), Hoàng Su Phì (70,1%); thấp nhất là Bắc Quang với 38,6%.

Về hỗ trợ nhà ở, kế hoạch năm 2024 của tỉnh là 2.150 hộ; đến nay đã có 1.634 hộ khởi công, đạt 76% kế hoạch, trong đó 1.205 hộ đã hoàn thành, đưa vào sử dụng. Mức hỗ trợ từ ngân sách trung ương là 44 triệu đồng/hộ xây mới và 22 triệu đồng/hộ sửa chữa.

Cũng trong 9 tháng, toàn tỉnh đã hỗ trợ đất ở cho 126 hộ, hỗ trợ chuyển đổi nghề cho 1.480 hộ thiếu đất sản xuất và bố trí ổn định dân cư cho 312 hộ tại 14 điểm dân cư tập trung. Về nước sinh hoạt, tỉnh đã đầu tư 37 công trình cấp nước tập trung, cấp 2.960 téc nhựa loại 1 m³ cho các hộ ở vùng núi đá dọc Quốc lộ 4C thuộc cao nguyên đá Đồng Văn.

Phấn đấu đến ngày 31/12/2024, tỉnh giải ngân trên 95% kế hoạch vốn được giao và hoàn thành 100% số nhà ở theo kế hoạch.

Ban Dân tộc tỉnh Hà Giang - Số 2, đường Hai Bà Trưng, phường Nguyễn Trãi, TP Hà Giang. Điện thoại: 0219.3866.218
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
NOW = per("đến nay", None, "2024-10-14")
END = per("đến ngày 31/12/2024", None, "2024-12-31")
HG = "Hà Giang"

F = [
    fig("đạt 61,4% sau 9 tháng", "61,4", 61.4, "percent", "%", "giải ngân vốn Chương trình MTQG 1719", M9),
    fig("Hà Giang là 1.247,6 tỷ", "1.247,6", 1247.6e9, "money", "đồng",
        "tổng kế hoạch vốn năm 2024 thực hiện Chương trình MTQG 1719", Y24, status="target"),
    fig("phát triển 812,3 tỷ", "812,3", 812.3e9, "money", "đồng", "vốn đầu tư phát triển kế hoạch năm 2024", Y24,
        total=1247.6e9, status="target"),
    fig("sự nghiệp 435,3 tỷ", "435,3", 435.3e9, "money", "đồng", "vốn sự nghiệp kế hoạch năm 2024", Y24,
        total=1247.6e9, status="target"),
    fig("giải ngân 766,2 tỷ", "766,2", 766.2e9, "money", "đồng", "vốn Chương trình MTQG 1719 đã giải ngân", ASOF,
        percent=61.4, change=ch("increase", 8.7, "%", "cùng kỳ năm 2023")),
    fig("Mèo Vạc (78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ giải ngân", inh(ASOF), location="Mèo Vạc"),
    fig("Đồng Văn (74,5%)", "74,5", 74.5, "percent", "%", "tỷ lệ giải ngân", inh(ASOF), location="Đồng Văn"),
    fig("Hoàng Su Phì (70,1%)", "70,1", 70.1, "percent", "%", "tỷ lệ giải ngân", inh(ASOF), location="Hoàng Su Phì"),
    fig("với 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ giải ngân thấp nhất", inh(ASOF), location="Bắc Quang"),
    fig("là 2.150 hộ", "2.150", 2150, "count", "hộ", "hộ được hỗ trợ nhà ở kế hoạch năm 2024", Y24, status="target"),
    fig("có 1.634 hộ khởi công", "1.634", 1634, "count", "hộ", "hộ khởi công xây dựng nhà ở", NOW, percent=76),
    fig("1.205 hộ đã hoàn thành", "1.205", 1205, "count", "hộ", "hộ đã hoàn thành, đưa nhà ở vào sử dụng", NOW,
        total=1634),
    fig("44 triệu đồng/hộ", "44", 44e6, "money", "đồng/hộ", "mức hỗ trợ nhà ở xây mới từ ngân sách trung ương"),
    fig("22 triệu đồng/hộ", "22", 22e6, "money", "đồng/hộ", "mức hỗ trợ nhà ở sửa chữa từ ngân sách trung ương"),
    fig("cho 126 hộ", "126", 126, "count", "hộ", "hộ được hỗ trợ đất ở", M9),
    fig("cho 1.480 hộ", "1.480", 1480, "count", "hộ", "hộ thiếu đất sản xuất được hỗ trợ chuyển đổi nghề", M9),
    fig("cho 312 hộ", "312", 312, "count", "hộ", "hộ được bố trí ổn định dân cư", M9),
    fig("tại 14 điểm", "14", 14, "count", "điểm dân cư tập trung", "điểm dân cư tập trung", M9),
    fig("đầu tư 37 công trình", "37", 37, "count", "công trình", "công trình cấp nước tập trung được đầu tư", inh(M9)),
    fig("cấp 2.960 téc", "2.960", 2960, "count", "téc nhựa", "téc nhựa cấp cho các hộ ở vùng núi đá", inh(M9)),
    fig("loại 1 m³", "1", 1, "measure", "m³", "dung tích téc nhựa", optional=True,
        note="capacity of the tank type: a specification, optional"),
    fig("trên 95% kế hoạch", "95", 95, "percent", "%", "giải ngân kế hoạch vốn được giao", END,
        approx="over", status="target"),
    fig("hoàn thành 100% số nhà", "100", 100, "percent", "%", "số nhà ở hoàn thành theo kế hoạch", END, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (invented): Chương trình MTQG 1719, kết quả 9 tháng năm 2024 (vốn, giải ngân, nhà ở, đất, nước sinh hoạt).",
    "Dateline 'Cập nhật: 14/10/2024 15:20'; 'Lượt xem: 1.286', 'MTQG 1719', 'Quyết định số 1719/QĐ-TTg', 'Quốc lộ 4C', address, phone are not figures.",
    "Headline '9 tháng' has no year: takes 2024 from the dateline; 'Cũng trong 9 tháng' likewise. 'đến nay' ends at the dateline (start null).",
    "Plan amounts (kế hoạch vốn năm 2024, kế hoạch nhà ở) are status target; parts after 'gồm' continue the clause (target, total 1.247,6 tỷ).",
    "'đạt 61,4% kế hoạch' is the percent of 766,2 tỷ; 'cao hơn 8,7% so với cùng kỳ năm 2023' its change. District list: places to location.",
    "Téc for households on the Đồng Văn plateau: the plateau is not a district, so the figure stays Hà Giang.",
]

emit("p516-1", TEXT, COMMENTS, F, published="2024-10-14", location=HG)
