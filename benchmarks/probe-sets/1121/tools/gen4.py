"""p1121-4: ministry site (Cục Hàng hải Việt Nam, Bộ GTVT), national pilotage results 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỤC HÀNG HẢI VIỆT NAM - BỘ GIAO THÔNG VẬN TẢI
Trang chủ | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính

Năm 2023: Hoa tiêu hàng hải dẫn an toàn hơn 95.000 lượt tàu

Ngày đăng: 16/01/2024 | Lượt xem: 812

Theo báo cáo của Cục Hàng hải Việt Nam, năm 2023 các doanh nghiệp hoa tiêu hàng hải trên cả nước đã dẫn 95.418 lượt tàu, tăng 4,1% so với năm 2022, với tổng dung tích khoảng 1,62 tỷ GT. Tàu nước ngoài chiếm 58,3% tổng số lượt dẫn.

Hiện cả nước có 12 doanh nghiệp cung cấp dịch vụ hoa tiêu hàng hải với 869 hoa tiêu, trong đó 203 hoa tiêu ngoại hạng, 241 hoa tiêu hạng nhất, 268 hoa tiêu hạng hai và 157 hoa tiêu hạng ba. Các vùng hoa tiêu có sản lượng lớn nhất lần lượt là TP Hồ Chí Minh (24.630 lượt), Bà Rịa - Vũng Tàu (19.872 lượt) và Hải Phòng (17.215 lượt).

Trong năm 2023, toàn ngành xảy ra 7 vụ tai nạn hàng hải liên quan đến tàu có hoa tiêu dẫn, giảm 2 vụ so với năm 2022, không có thiệt hại về người; bình quân khoảng 13.600 lượt dẫn tàu mới xảy ra một vụ.

Theo Thông tư số 12/2021/TT-BGTVT, giá dịch vụ hoa tiêu đối với tàu hoạt động hàng hải quốc tế từ 0,0034 đến 0,0045 USD/GT/hải lý; mỗi lượt dẫn tàu có mức thu không dưới 360 USD.

Năm 2024, Cục Hàng hải Việt Nam đặt mục tiêu hoa tiêu dẫn khoảng 100.000 lượt tàu, phấn đấu giảm ít nhất 10% số vụ tai nạn liên quan; dự kiến tuyển dụng, đào tạo mới 60 hoa tiêu tập sự.

Địa chỉ: Số 8 Phạm Hùng, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3768.3065 | Fax: 024.3768.3058
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "sản lượng dẫn tàu của vùng hoa tiêu"

FIGS = [
    fig("hơn 95.000 lượt tàu", "95.000", 95000, "count", "lượt tàu", approx="over",
        subject="lượt tàu được hoa tiêu hàng hải dẫn an toàn", period=H23),
    fig("dẫn 95.418 lượt tàu", "95.418", 95418, "count", "lượt tàu",
        change=chg("increase", 4.1, "%", "năm 2022"),
        subject="lượt tàu các doanh nghiệp hoa tiêu hàng hải đã dẫn", period=Y23),
    fig("khoảng 1,62 tỷ GT", "1,62", 1620000000, "measure", "GT", approx="about",
        subject="tổng dung tích tàu được dẫn", period=Y23),
    fig("chiếm 58,3%", "58,3", 58.3, "percent", "%",
        subject="tỷ lệ tàu nước ngoài trong tổng số lượt dẫn", period=inh(Y23)),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp cung cấp dịch vụ hoa tiêu hàng hải"),
    fig("với 869 hoa tiêu", "869", 869, "count", "hoa tiêu", subject="hoa tiêu hàng hải"),
    fig("203 hoa tiêu", "203", 203, "count", "hoa tiêu", total=869, subject="hoa tiêu ngoại hạng"),
    fig("241 hoa tiêu", "241", 241, "count", "hoa tiêu", total=869, subject="hoa tiêu hạng nhất"),
    fig("268 hoa tiêu", "268", 268, "count", "hoa tiêu", total=869, subject="hoa tiêu hạng hai"),
    fig("157 hoa tiêu", "157", 157, "count", "hoa tiêu", total=869, subject="hoa tiêu hạng ba"),
    fig("(24.630 lượt)", "24.630", 24630, "count", "lượt", subject=LIST, period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("(19.872 lượt)", "19.872", 19872, "count", "lượt", subject=LIST, period=inh(Y23), location="Bà Rịa - Vũng Tàu"),
    fig("(17.215 lượt)", "17.215", 17215, "count", "lượt", subject=LIST, period=inh(Y23), location="Hải Phòng"),
    fig("xảy ra 7 vụ", "7", 7, "count", "vụ", change=chg("decrease", 2, "vụ", "năm 2022"),
        subject="vụ tai nạn hàng hải liên quan đến tàu có hoa tiêu dẫn", period=T23),
    fig("khoảng 13.600 lượt", "13.600", 13600, "measure", "lượt dẫn tàu/vụ", approx="about",
        subject="lượt dẫn tàu bình quân trên một vụ tai nạn", period=T23),
    fig("từ 0,0034 đến 0,0045", "0,0034", 0.0034, "money", "USD/GT/hải lý", value_max=0.0045,
        subject="giá dịch vụ hoa tiêu đối với tàu hoạt động hàng hải quốc tế"),
    fig("không dưới 360 USD", "360", 360, "money", "USD/lượt dẫn tàu", approx="at_least",
        subject="mức thu mỗi lượt dẫn tàu"),
    fig("khoảng 100.000 lượt", "100.000", 100000, "count", "lượt tàu", approx="about", status="target",
        subject="lượt tàu hoa tiêu dẫn", period=Y24),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số vụ tai nạn liên quan", period=Y24),
    fig("mới 60 hoa tiêu", "60", 60, "count", "hoa tiêu tập sự", status="forecast",
        subject="hoa tiêu tập sự tuyển dụng, đào tạo mới", period=Y24),
]

NOTES = [
    "Ministry site (Cục Hàng hải Việt Nam, Bộ GTVT): national pilotage results 2023. 'Ngày đăng: 16/01/2024 | Lượt xem: 812', address/phone footer.",
    "National figures: location Việt Nam; the 'lần lượt' list items take their province as location and the list indicator as subject.",
    "Distractors: 'Thông tư số 12/2021/TT-BGTVT', 'Số 8 Phạm Hùng', phone/fax, view counter 812, 'hạng hai', 'hạng ba' (grades).",
    "'bình quân khoảng 13.600 lượt dẫn tàu mới xảy ra một vụ': a rate (lượt dẫn tàu/vụ); 'một vụ' is its denominator, not a figure.",
    "Price band 'từ 0,0034 đến 0,0045 USD/GT/hải lý' is a range. 'không dưới 360 USD' → at_least. 'giảm ít nhất 10%' is a rate as the claim (percent, target).",
    "The headline 'Năm 2023: ... hơn 95.000 lượt tàu' states its period in the same line (scored).",
]

if __name__ == "__main__":
    write("p1121-4", TEXT, NOTES, FIGS, published="2024-01-16", location="Việt Nam")
