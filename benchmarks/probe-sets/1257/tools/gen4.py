"""p1257-4: ministry site (Bộ Công Thương): modern retail network nationally, provinces ranked, 2030 targets (Việt Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Thị trường trong nước

Bán lẻ hiện đại lan tỏa về các địa phương

20/08/2024 | 15:10 | Vụ Thị trường trong nước

Theo Vụ Thị trường trong nước, tính đến hết tháng 6/2024, cả nước có 1.293 siêu thị, 266 trung tâm thương mại và khoảng 9.000 cửa hàng tiện lợi, cửa hàng bách hóa hiện đại. Kênh bán lẻ hiện đại hiện chiếm khoảng 25-27% tổng mức bán lẻ hàng hóa.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2024 đạt 3.100 nghìn tỷ đồng, tăng 8,6% so với cùng kỳ năm 2023.

Các địa phương có nhiều siêu thị nhất lần lượt là TP Hồ Chí Minh (246 siêu thị), Hà Nội (178 siêu thị), Đồng Nai (52 siêu thị) và Quảng Ninh (41 siêu thị). Về số cửa hàng tiện lợi, Bình Dương và Đồng Nai lần lượt xếp thứ 3 và thứ 4, sau TP Hồ Chí Minh và Hà Nội.

Đáng chú ý, 6 tháng đầu năm 2024, các chuỗi bán lẻ lớn mở mới khoảng 1.140 cửa hàng tiện lợi, trong đó gần 70% tại các tỉnh, thành phố ngoài Hà Nội và TP Hồ Chí Minh. Dự báo cả năm 2024, doanh thu qua kênh cửa hàng tiện lợi tăng 12-15%.

Theo Chiến lược phát triển thương mại trong nước đến năm 2030 (Quyết định số 1163/QĐ-TTg), mục tiêu đến năm 2030 tỷ trọng bán lẻ hiện đại đạt 38-40% tổng mức bán lẻ hàng hóa; mỗi tỉnh có ít nhất một trung tâm thương mại.

Bộ Công Thương sẽ phối hợp với các địa phương rà soát quy hoạch mạng lưới bán lẻ, hỗ trợ doanh nghiệp trong nước phát triển chuỗi cửa hàng tiện lợi gắn với tiêu thụ nông sản.

Bản quyền thuộc Bộ Công Thương
Giấy phép số 59/GP-TTĐT ngày 22/6/2023
"""

ASOF = per("tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "siêu thị"
RANK = "số cửa hàng tiện lợi"

FIGS = [
    fig("có 1.293 siêu thị", "1.293", 1293, "count", "siêu thị", subject="siêu thị", period=ASOF),
    fig("266 trung tâm", "266", 266, "count", "trung tâm thương mại", subject="trung tâm thương mại", period=ASOF),
    fig("khoảng 9.000 cửa hàng", "9.000", 9000, "count", "cửa hàng", approx="about",
        subject="cửa hàng tiện lợi, cửa hàng bách hóa hiện đại", period=ASOF),
    fig("khoảng 25-27%", "25", 25, "percent", "%", value_max=27, approx="about",
        subject="tỷ trọng kênh bán lẻ hiện đại trong tổng mức bán lẻ hàng hóa"),
    fig("đạt 3.100 nghìn tỷ", "3.100", 3100e12, "money", "đồng",
        change=chg("increase", 8.6, "%", "cùng kỳ năm 2023"),
        subject="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", period=H1),
    fig("Minh (246 siêu thị)", "246", 246, "count", "siêu thị", subject=LIST, period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("Nội (178 siêu thị)", "178", 178, "count", "siêu thị", subject=LIST, period=inh(ASOF), location="Hà Nội"),
    fig("Nai (52 siêu thị)", "52", 52, "count", "siêu thị", subject=LIST, period=inh(ASOF), location="Đồng Nai"),
    fig("Ninh (41 siêu thị)", "41", 41, "count", "siêu thị", subject=LIST, period=inh(ASOF), location="Quảng Ninh"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject=RANK, period=inh(ASOF), location="Bình Dương"),
    fig("thứ 4, sau", "4", 4, "rank", "hạng", subject=RANK, period=inh(ASOF), location="Đồng Nai"),
    fig("khoảng 1.140 cửa hàng", "1.140", 1140, "count", "cửa hàng", approx="about",
        subject="cửa hàng tiện lợi các chuỗi bán lẻ lớn mở mới", period=H1),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="cửa hàng tiện lợi mở mới tại các tỉnh, thành phố ngoài Hà Nội và TP Hồ Chí Minh", period=H1),
    fig("tăng 12-15%", "12", 12, "percent", "%", value_max=15, status="forecast",
        subject="doanh thu qua kênh cửa hàng tiện lợi", period=Y24),
    fig("đạt 38-40%", "38", 38, "percent", "%", value_max=40, status="target",
        subject="tỷ trọng bán lẻ hiện đại trong tổng mức bán lẻ hàng hóa", period=T30),
    fig("ít nhất một trung tâm", "một", 1, "count", "trung tâm thương mại", approx="at_least", status="target",
        subject="trung tâm thương mại mỗi tỉnh có", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national (Việt Nam): breadcrumb, '20/08/2024 | 15:10 | Vụ Thị trường trong nước', licence footer.",
    "Distractors: 15:10, 'tháng 6/2024' (as-of date), 'cùng kỳ năm 2023', Quyết định số 1163/QĐ-TTg, 'Chiến lược ... đến năm 2030' (title),",
    "'Giấy phép số 59/GP-TTĐT ngày 22/6/2023'.",
    "'hiện chiếm khoảng 25-27%' → about + range, no period (hiện). '3.100 nghìn tỷ đồng' = 3,1·10^15 đồng.",
    "'lần lượt là TP Hồ Chí Minh (246 siêu thị), ...' → items share 'siêu thị'; places → location; as-of date inherited from paragraph 1.",
    "'Bình Dương và Đồng Nai lần lượt xếp thứ 3 và thứ 4' → two rank figures located in the two provinces.",
    "'trong đó gần 70% tại các tỉnh ...' is a percent figure of its own; it stays national (Việt Nam).",
    "'Dự báo cả năm 2024, doanh thu ... tăng 12-15%' → forecast growth rate (percent, no change).",
    "'mục tiêu đến năm 2030 ... 38-40%; mỗi tỉnh có ít nhất một trung tâm thương mại' → both target, period to 2030.",
]

if __name__ == "__main__":
    write("p1257-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
