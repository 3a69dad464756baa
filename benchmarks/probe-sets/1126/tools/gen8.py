"""p1126-8: provincial newspaper online (Báo Quảng Bình), gas fires in 2023, an explosion in huyện Bố Trạch, Tết checks."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """Quảng Bình: Hơn 70% hộ dân dùng gas, nguy cơ cháy nổ tăng cao dịp Tết

Cập nhật lúc 16:20, Thứ Hai, 22/01/2024

(QBĐT) - Theo Phòng Cảnh sát PC&CC và CNCH Công an tỉnh, năm 2023, trên địa bàn tỉnh xảy ra 11 vụ cháy, nổ liên quan đến khí gas, giảm 3 vụ so với năm 2022, làm một người chết, 6 người bị thương; thiệt hại tài sản ước tính khoảng 2,3 tỷ đồng.

Vụ nghiêm trọng nhất xảy ra vào tháng 9/2023 tại xã Hải Phú, huyện Bố Trạch: một quán ăn đặt 3 bình gas sát bếp bị rò rỉ, gây nổ làm sập khoảng 60 m2 mái tôn, 4 người bị bỏng. Chủ quán cho biết các bình gas được mua tại một điểm bán không phép với giá chỉ 380.000 đồng/bình, rẻ hơn khoảng 70.000 đồng so với giá niêm yết.

Để bảo đảm an toàn dịp Tết Nguyên đán Giáp Thìn 2024, từ ngày 2/1 đến 20/1, Sở Công Thương đã kiểm tra 138 cửa hàng kinh doanh gas, nhắc nhở 27 cửa hàng và xử phạt 5 cửa hàng với tổng số tiền 42 triệu đồng. Giá gas bán lẻ tháng 1 tại TP Đồng Hới phổ biến ở mức 440.000-455.000 đồng/bình 12 kg, ổn định so với tháng trước.

Năm 2024, tỉnh phấn đấu 100% cửa hàng kinh doanh gas được kiểm tra ít nhất 2 lần/năm; dự kiến tổ chức tuyên truyền tại 145 xã, phường, thị trấn với khoảng 12.000 lượt người tham gia. Người dân cần khóa van bình gas sau khi nấu, lắp đặt bình cách bếp tối thiểu 1,5 m và thay dây dẫn gas sau 2 năm sử dụng.

Đường dây nóng PC&CC: 114.

Thanh Hà
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T9 = per("vào tháng 9/2023", "2023-09-01", "2023-09-30")
TET = per("từ ngày 2/1 đến 20/1", "2024-01-02", "2024-01-20")
T1 = per("tháng 1", "2024-01-01", "2024-01-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BT = "Bố Trạch"

FIGS = [
    fig("Hơn 70%", "70", 70, "percent", "%", approx="over", subject="hộ dân dùng gas"),
    fig("xảy ra 11 vụ", "11", 11, "count", "vụ", change=chg("decrease", 3, "vụ", "năm 2022"),
        subject="vụ cháy, nổ liên quan đến khí gas", period=Y23),
    fig("làm một người", "một", 1, "count", "người", subject="người chết do cháy, nổ liên quan đến khí gas", period=Y23),
    fig("6 người bị thương", "6", 6, "count", "người", subject="người bị thương do cháy, nổ liên quan đến khí gas",
        period=Y23),
    fig("khoảng 2,3 tỷ", "2,3", 2300000000, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại tài sản", period=Y23),
    opt("một quán ăn", "một", 1, "count", "quán ăn", "quán ăn", location=BT),
    fig("đặt 3 bình", "3", 3, "count", "bình gas", subject="bình gas quán ăn đặt sát bếp", period=T9, location=BT),
    fig("khoảng 60 m2", "60", 60, "measure", "m2", approx="about", subject="mái tôn bị sập", period=T9, location=BT),
    fig("4 người bị bỏng", "4", 4, "count", "người", subject="người bị bỏng", period=T9, location=BT),
    fig("chỉ 380.000", "380.000", 380000, "money", "đồng/bình",
        change=chg("decrease", 70000, "đồng", "giá niêm yết", approx="about"),
        subject="giá bình gas mua tại điểm bán không phép", location=BT),
    fig("kiểm tra 138 cửa hàng", "138", 138, "count", "cửa hàng", subject="cửa hàng kinh doanh gas được kiểm tra",
        period=TET),
    fig("nhắc nhở 27 cửa hàng", "27", 27, "count", "cửa hàng", subject="cửa hàng bị nhắc nhở", period=TET),
    fig("phạt 5 cửa hàng", "5", 5, "count", "cửa hàng", subject="cửa hàng bị xử phạt", period=TET),
    fig("tiền 42 triệu", "42", 42000000, "money", "đồng", subject="tổng số tiền xử phạt", period=TET),
    fig("440.000-455.000", "440.000", 440000, "money", "đồng/bình", value_max=455000,
        subject="giá gas bán lẻ bình 12 kg", period=T1, location="Đồng Hới"),
    opt("đồng/bình 12 kg, ổn định", "12", 12, "measure", "kg", "loại bình gas", location="Đồng Hới"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cửa hàng kinh doanh gas được kiểm tra", period=Y24),
    fig("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", approx="at_least", status="target",
        subject="số lần kiểm tra mỗi cửa hàng kinh doanh gas", period=Y24),
    fig("tại 145 xã", "145", 145, "count", "xã, phường, thị trấn", status="forecast",
        subject="xã, phường, thị trấn được tổ chức tuyên truyền", period=Y24),
    fig("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt người", approx="about", status="forecast",
        subject="lượt người tham gia tuyên truyền", period=Y24),
    opt("tối thiểu 1,5 m", "1,5", 1.5, "measure", "m", "khoảng cách lắp đặt bình gas cách bếp", approx="at_least"),
    opt("sau 2 năm", "2", 2, "measure", "năm", "thời hạn thay dây dẫn gas"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): headline figure, 'Cập nhật lúc 16:20, Thứ Hai, 22/01/2024', tag '(QBĐT) -', byline at the end.",
    "Distractors: time 16:20, Tết Nguyên đán Giáp Thìn 2024, 'từ ngày 2/1 đến 20/1' (a period), hotline '114', 'Phòng Cảnh sát PC&CC'.",
    "'giảm 3 vụ so với năm 2022' is the change of 11 vụ. 'làm một người chết' is a number word (figure). 'thiệt hại ... ước tính khoảng 2,3 tỷ' is estimate.",
    "The explosion passage is placed in xã Hải Phú, huyện Bố Trạch: location Bố Trạch; 'vào tháng 9/2023' stands in the same sentence (scored). 'rẻ hơn khoảng 70.000 đồng so với giá niêm yết' is the change of 380.000.",
    "The 27 and 5 shops are not said to be parts of the 138 (no cue): no total. 'ít nhất 2 lần/năm' is a target frequency (measure, lần/năm).",
    "Safety advice distances/durations ('tối thiểu 1,5 m', 'sau 2 năm') are rules, optional. 'một quán ăn' is an article (optional).",
]

if __name__ == "__main__":
    build("p1126-8", TEXT, NOTES, FIGS, published="2024-01-22", location="Quảng Bình")
