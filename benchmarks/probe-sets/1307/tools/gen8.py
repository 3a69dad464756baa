"""p1307-8: radio/TV site (Đài PT-TH Tiền Giang): starfruit prices fall in huyện Chợ Gạo, Q1 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TIỀN GIANG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Giá khế giảm sâu, nhà vườn Chợ Gạo gặp khó

Đăng lúc: 18:30 - 21/03/2025

(THTG) - Những ngày này, giá khế ngọt tại vườn ở huyện Chợ Gạo chỉ còn 4.000-5.000 đồng/kg, giảm khoảng 50% so với cùng kỳ năm 2024 và là mức thấp nhất trong ba năm gần đây.

Ông Nguyễn Văn Sáu ở xã Bình Phan có 8 công khế đang cho trái. Mỗi tháng vườn nhà ông thu khoảng 3 tấn trái, nhưng với giá hiện nay, tiền bán khế chỉ đủ bù chi phí phân bón, nhân công khoảng 12 triệu đồng/tháng. "Tháng 3/2024, tôi bán được 9.000 đồng/kg, giờ thương lái trả chỉ bằng phân nửa", ông Sáu nói.

Theo Phòng Nông nghiệp và PTNT huyện Chợ Gạo, toàn huyện có 1.120 ha khế, chiếm 60,5% diện tích khế của tỉnh; quý I/2025 sản lượng ước khoảng 7.400 tấn, tăng 8% so với cùng kỳ do nhiều vườn trồng mới bắt đầu cho trái. Trong khi đó, lượng khế của huyện xuất sang Trung Quốc từ đầu năm đến nay chỉ đạt 1.800 tấn, bằng 45% cùng kỳ.

Để hỗ trợ nông dân, dự kiến trong quý II, huyện sẽ hỗ trợ 200 hộ chuyển sang sản xuất theo tiêu chuẩn VietGAP, mỗi hộ được hỗ trợ 50% chi phí chứng nhận; đồng thời kết nối 5 doanh nghiệp thu mua khế tại các tỉnh phía Bắc.

Xem thêm:
- Bản tin Nông nghiệp 24h ngày 20/3/2025
- Tiền Giang tập huấn sản xuất trái cây an toàn

Đài PT-TH Tiền Giang - Số 37 Hùng Vương, Phường 7, TP Mỹ Tho. Đường dây nóng: 0273.3873.199
"""

M3 = per("Tháng 3/2024", "2024-03-01", "2024-03-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-03-21")
Q2 = per("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    fig("còn 4.000-5.000", "4.000", 4000, "money", "đồng/kg", value_max=5000,
        change=chg("decrease", 50, "%", "cùng kỳ năm 2024", approx="about"), subject="giá khế ngọt tại vườn"),
    fig("có 8 công", "8", 8, "measure", "công", subject="diện tích khế đang cho trái của ông Nguyễn Văn Sáu"),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn/tháng", approx="about", subject="khế vườn nhà ông thu mỗi tháng"),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/tháng", approx="about", subject="chi phí phân bón, nhân công"),
    fig("được 9.000", "9.000", 9000, "money", "đồng/kg", subject="giá khế ông bán", period=M3),
    fig("có 1.120 ha", "1.120", 1120, "measure", "ha", percent=60.5, subject="diện tích khế toàn huyện"),
    fig("khoảng 7.400 tấn", "7.400", 7400, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 8, "%", "cùng kỳ"), subject="sản lượng", period=Q1),
    fig("đạt 1.800 tấn", "1.800", 1800, "measure", "tấn", percent=45,
        subject="lượng khế của huyện xuất sang Trung Quốc", period=YTD),
    fig("hỗ trợ 200 hộ", "200", 200, "count", "hộ", status="forecast",
        subject="hộ được hỗ trợ chuyển sang sản xuất theo tiêu chuẩn VietGAP", period=Q2),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="chi phí chứng nhận được hỗ trợ mỗi hộ", period=Q2),
    fig("kết nối 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp thu mua khế kết nối", period=Q2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Tiền Giang): menu, 'Đăng lúc: 18:30 - 21/03/2025', tag '(THTG) -', 'Xem thêm' links, footer.",
    "Distractors: 18:30, 'ba năm gần đây' (a time span that locates the low), the grower's name 'Sáu' (a number word), 'Bản tin Nông nghiệp 24h', 'ngày 20/3/2025',",
    "'Số 37 Hùng Vương, Phường 7', hotline.",
    "Location: the whole article is about huyện Chợ Gạo (default); the grower is in xã Bình Phan of Chợ Gạo.",
    "'giảm khoảng 50% so với cùng kỳ năm 2024' → change (about) of the price range; 'Những ngày này' gives no dated period.",
    "'Mỗi tháng ... khoảng 3 tấn' → tấn/tháng; 'công' (1 000 m2, Southern unit) is the unit of 8.",
    "'sản lượng ước khoảng 7.400 tấn' → estimate + about; 'bằng 45% cùng kỳ' → percent attribute of 1.800 tấn.",
    "'từ đầu năm đến nay' ends at the dateline 2025-03-21; year-less 'quý II' → 2025.",
    "'dự kiến' governs the whole sentence incl. the clause after 'đồng thời' → forecast for 200 hộ, 50%, 5 doanh nghiệp.",
]

if __name__ == "__main__":
    write("p1307-8", TEXT, NOTES, FIGS, published="2025-03-21", location="Chợ Gạo")
