from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử tỉnh Cà Mau
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Cà Mau trồng mới hơn 520 ha rừng ngập mặn ven biển

Cập nhật: 15/08/2024 10:20 | Lượt xem: 1.842

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh trồng mới 523,6 ha rừng ngập mặn, đạt 65,4% kế hoạch năm, tăng 18,2% so với cùng kỳ. Trong đó, huyện Ngọc Hiển trồng 214 ha, huyện Năm Căn 156,8 ha, huyện Đầm Dơi 97 ha; diện tích còn lại thuộc các huyện Phú Tân và Trần Văn Thời. Ước cả năm 2024, diện tích trồng mới đạt khoảng 820 ha, vượt 2,5% kế hoạch.

Các loài cây trồng chủ yếu là mắm trắng, đước đôi với mật độ 10.000 cây/ha. Tỷ lệ cây sống bình quân đạt 82,5%, cao hơn 4,5 điểm phần trăm so với năm 2023; riêng diện tích trồng phía sau hàng rào tre giảm sóng đạt trên 90%.

Tổng kinh phí thực hiện gần 31,4 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 18,6 tỷ đồng, phần còn lại từ nguồn tài trợ quốc tế. Suất đầu tư bình quân khoảng 60 triệu đồng/ha.

Cà Mau có 254 km bờ biển. Tính đến tháng 6/2024, khoảng 200 km bờ biển đang bị sạt lở, trong đó 98 km sạt lở đặc biệt nguy hiểm, tốc độ sạt lở từ 20 đến 50 m/năm. Đai rừng mới trồng cùng các tuyến hàng rào giảm sóng đang bảo vệ gần 16 km đê biển Tây.

Theo Kế hoạch số 128/KH-UBND, tỉnh phấn đấu đến năm 2025 trồng mới 1.500 ha rừng ngập mặn, nâng tỷ lệ che phủ rừng và cây phân tán lên 26%.

Địa chỉ: số 2 Hùng Vương, Phường 5, TP. Cà Mau | Điện thoại: 0290.3831.116
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến tháng 6/2024", None, "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
S = "diện tích rừng ngập mặn trồng mới"

FIGS = [
    fig("trồng mới hơn 520 ha", "520", 520, "measure", "ha", "rừng ngập mặn ven biển trồng mới", inh(H1), approx="over"),
    fig("trồng mới 523,6 ha", "523,6", 523.6, "measure", "ha", S, H1,
        percent=65.4, change=chg("increase", 18.2, "%", "cùng kỳ")),
    fig("Ngọc Hiển trồng 214 ha", "214", 214, "measure", "ha", S, inh(H1), total=523.6, location="Ngọc Hiển"),
    fig("Năm Căn 156,8 ha", "156,8", 156.8, "measure", "ha", S, inh(H1), total=523.6, location="Năm Căn"),
    fig("Đầm Dơi 97 ha", "97", 97, "measure", "ha", S, inh(H1), total=523.6, location="Đầm Dơi"),
    fig("khoảng 820 ha", "820", 820, "measure", "ha", "diện tích trồng mới",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate",
        change=chg("increase", 2.5, "%", "kế hoạch")),
    fig("mật độ 10.000 cây/ha", "10.000", 10000, "measure", "cây/ha", "mật độ trồng mắm trắng, đước đôi"),
    fig("đạt 82,5%", "82,5", 82.5, "percent", "%", "Tỷ lệ cây sống bình quân", inh(H1),
        change=chg("increase", 4.5, "điểm phần trăm", "năm 2023")),
    fig("trên 90%", "90", 90, "percent", "%",
        "tỷ lệ cây sống diện tích trồng phía sau hàng rào tre giảm sóng", inh(H1), approx="over"),
    fig("gần 31,4 tỷ đồng", "31,4", 31.4e9, "money", "đồng", "Tổng kinh phí thực hiện", inh(H1), approx="nearly"),
    fig("hỗ trợ 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", inh(H1), total=31.4e9),
    fig("khoảng 60 triệu đồng/ha", "60", 60e6, "money", "đồng/ha", "Suất đầu tư bình quân", approx="about"),
    fig("có 254 km", "254", 254, "measure", "km", "chiều dài bờ biển"),
    fig("khoảng 200 km", "200", 200, "measure", "km", "bờ biển đang bị sạt lở", ASOF, approx="about"),
    fig("98 km", "98", 98, "measure", "km", "bờ biển sạt lở đặc biệt nguy hiểm", ASOF, total=200),
    fig("từ 20 đến 50 m/năm", "20", 20, "measure", "m/năm", "tốc độ sạt lở", ASOF, value_max=50),
    fig("gần 16 km", "16", 16, "measure", "km", "đê biển Tây được đai rừng mới trồng và hàng rào giảm sóng bảo vệ",
        approx="nearly"),
    fig("1.500 ha", "1.500", 1500, "measure", "ha", "rừng ngập mặn trồng mới", T25, status="target"),
    fig("lên 26%", "26", 26, "percent", "%", "tỷ lệ che phủ rừng và cây phân tán", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Cà Mau (province portal): trồng rừng ngập mặn 6 tháng đầu năm 2024, tỷ lệ cây sống, kinh phí, sạt lở bờ biển, mục tiêu 2025.",
    "Breadcrumb, 'Cập nhật: 15/08/2024 10:20' is the dateline; 'Lượt xem: 1.842', 'Kế hoạch số 128/KH-UBND', address 'số 2 Hùng Vương,",
    "Phường 5' and the phone number are not figures. District items after 'Trong đó' take the 523,6 ha whole (they need not add up: a cue).",
    "'cao hơn 4,5 điểm phần trăm so với năm 2023' is the change of the 82,5% survival rate (a level, not a growth rate).",
    "'Tính đến tháng 6/2024' opens its sentence and governs all three figures in it (as-of, start null).",
]

if __name__ == "__main__":
    emit("p645-1", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Cà Mau")
