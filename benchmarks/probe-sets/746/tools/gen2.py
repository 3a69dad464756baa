"""p746-2: huyện Quỳnh Lưu (Nghệ An) district portal — pineapple harvest H1/2024, communes, prices, contracts with a canning plant."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Trang chủ » Kinh tế » Nông nghiệp - Nông thôn
Thứ Năm, 18/07/2024 - 09:20

Quỳnh Lưu: 6 tháng đầu năm thu hoạch gần 21 nghìn tấn dứa

Theo Phòng Nông nghiệp và PTNT huyện, 6 tháng đầu năm 2024, toàn huyện thu hoạch 1.320 ha dứa, sản lượng đạt 20.860 tấn, bằng 58% kế hoạch năm. Diện tích dứa hiện có của huyện là 2.145 ha, tập trung tại các xã Quỳnh Thắng (1.260 ha), Tân Thắng (540 ha) và Quỳnh Tân (215 ha).

Năng suất bình quân đạt 15,8 tấn/ha; giá bán tại vườn từ 4.500 đến 5.200 đồng/kg, tăng khoảng 20% so với cùng kỳ năm 2023. Với mức giá này, mỗi ha dứa cho lãi khoảng 48 triệu đồng.

Huyện đã phối hợp với Công ty TNHH MTV Nông nghiệp 19/5 và nhà máy chế biến rau quả đóng hộp tại xã Quỳnh Thắng ký hợp đồng bao tiêu với 1.146 hộ trồng dứa, diện tích liên kết 980 ha, chiếm 45,7% tổng diện tích. Từ đầu năm đến nay, nhà máy đã thu mua 8.750 tấn dứa quả của nông dân với tổng số tiền trên 41,2 tỷ đồng.

Năm 2024, huyện phấn đấu sản lượng dứa đạt 36.000 tấn; đến năm 2025 mở rộng diện tích lên 2.500 ha. Dự kiến quý III, giá dứa tiếp tục tăng từ 10 đến 15% do nhu cầu nguyên liệu của các nhà máy đồ hộp tăng.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
Điện thoại: 0238.3864.125 - Khối 3, thị trấn Cầu Giát
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")

FIGS = [
    fig("gần 21 nghìn tấn", "21", 21000, "measure", "tấn", "sản lượng dứa thu hoạch",
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    fig("thu hoạch 1.320 ha", "1.320", 1320, "measure", "ha", "diện tích dứa thu hoạch", H1),
    fig("đạt 20.860 tấn", "20.860", 20860, "measure", "tấn", "sản lượng dứa", H1, percent=58),
    fig("là 2.145 ha", "2.145", 2145, "measure", "ha", "diện tích dứa hiện có"),
    fig("Quỳnh Thắng (1.260 ha)", "1.260", 1260, "measure", "ha", "diện tích dứa xã Quỳnh Thắng"),
    fig("Tân Thắng (540 ha)", "540", 540, "measure", "ha", "diện tích dứa xã Tân Thắng"),
    fig("Quỳnh Tân (215 ha)", "215", 215, "measure", "ha", "diện tích dứa xã Quỳnh Tân"),
    fig("đạt 15,8 tấn/ha", "15,8", 15.8, "measure", "tấn/ha", "năng suất dứa bình quân", inh(H1)),
    fig("từ 4.500 đến 5.200 đồng/kg", "4.500", 4500, "money", "đồng/kg", "giá bán dứa tại vườn",
        value_max=5200, change=chg("increase", 20, "%", "cùng kỳ năm 2023", approx="about")),
    fig("khoảng 48 triệu đồng", "48", 48000000, "money", "đồng/ha", "lãi mỗi ha dứa", approx="about"),
    fig("với 1.146 hộ", "1.146", 1146, "count", "hộ", "hộ trồng dứa ký hợp đồng bao tiêu"),
    fig("liên kết 980 ha", "980", 980, "measure", "ha", "diện tích liên kết", percent=45.7),
    fig("thu mua 8.750 tấn", "8.750", 8750, "measure", "tấn", "dứa quả nhà máy thu mua của nông dân", SINCE),
    fig("trên 41,2 tỷ đồng", "41,2", 41200000000, "money", "đồng", "tổng số tiền thu mua dứa quả", SINCE,
        approx="over"),
    fig("đạt 36.000 tấn", "36.000", 36000, "measure", "tấn", "sản lượng dứa",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("lên 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích dứa",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "giá dứa tăng",
        per("quý III", "2024-07-01", "2024-09-30"), value_max=15, status="forecast"),
]

COMMENTS = [
    "Quỳnh Lưu district portal (dateline 'Thứ Năm, 18/07/2024 - 09:20', byline at the end): dứa harvest 6 months 2024.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline. Communes are not provinces/districts: location stays Quỳnh Lưu,",
    "commune name kept in the subject. The commune list (1.260+540+215 = 2.015 ≠ 2.145) has no cue and does not add up: no total.",
    "'tăng từ 10 đến 15%' is the claim (forecast percent, no change). 'Từ đầu năm đến nay' ends at the dateline.",
    "'mỗi ha dứa cho lãi khoảng 48 triệu đồng': the denominator 'mỗi ha' goes into the unit (đồng/ha).",
    "Distractors: company name 'Nông nghiệp 19/5', 'Khối 3', phone 0238.3864.125, time 09:20.",
]

if __name__ == "__main__":
    emit("p746-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Quỳnh Lưu")
