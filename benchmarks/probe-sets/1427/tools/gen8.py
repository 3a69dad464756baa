"""p1427-8: radio/TV site (THVL, Vĩnh Long): an ornamental bird breeding farm in huyện Long Hồ."""
from lib import fig, per, inh, chg, write

TEXT = """THVL - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Nuôi chim cảnh sinh sản, mỗi năm lãi gần nửa tỷ đồng

Đăng lúc: 14:32 - 02/08/2024

(THVL) - Từ vài cặp vẹt mua về nuôi chơi, anh Phạm Hoàng Duy ở xã Phú Quới, huyện Long Hồ đã phát triển trại chim cảnh sinh sản với hơn 1.200 cặp chim bố mẹ, trở thành một trong những trại lớn nhất tỉnh.

Trại của anh Duy hiện nuôi ba nhóm chính: vẹt Ngũ sắc, vẹt Lovebird và sẻ Úc. Mỗi tháng, trại xuất bán khoảng 700 đến 800 con chim non, giá từ 150.000 đến 2,5 triệu đồng/cặp tùy loài và màu lông. 6 tháng đầu năm 2024, trại bán hơn 4.300 con, doanh thu khoảng 720 triệu đồng, tăng 18% so với cùng kỳ; lợi nhuận chiếm khoảng 40% doanh thu.

Trại giải quyết việc làm cho 5 lao động địa phương với mức lương 6,5-7 triệu đồng/người/tháng. Năm nay, anh Duy dự kiến đầu tư thêm hai dãy chuồng, nâng quy mô lên 1.500 cặp.

Theo Phòng Nông nghiệp và PTNT huyện Long Hồ, toàn huyện hiện có 34 hộ nuôi chim cảnh quy mô từ 100 cặp trở lên, đứng thứ nhất tỉnh; tổng đàn khoảng 9.600 cặp. Giá trị sản xuất chim cảnh năm 2023 đạt 5,4 tỷ đồng. Huyện phấn đấu đến năm 2025 có 50 hộ nuôi và hình thành ít nhất một tổ hợp tác chim cảnh.

Ngoài chim cảnh, địa phương quản lý chặt các hộ nuôi gà đá, kiên quyết không để phát sinh trường gà, tụ điểm đá gà ăn tiền.

Bản tin Thời sự 19h | Lượt xem: 3.512

Xem thêm:
- Vĩnh Long: Hội thi chim chào mào hót lần thứ 3
- Trà Ôn: Mô hình nuôi gà nòi thả vườn cho hiệu quả cao
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần nửa tỷ", "nửa", 5e8, "money", "đồng/năm", approx="nearly", subject="lãi nuôi chim cảnh sinh sản"),
    fig("hơn 1.200 cặp", "1.200", 1200, "count", "cặp", approx="over",
        subject="cặp chim bố mẹ của trại chim cảnh sinh sản"),
    fig("nuôi ba nhóm", "ba", 3, "count", "nhóm", subject="nhóm chim chính trại của anh Duy nuôi"),
    fig("khoảng 700 đến 800", "700", 700, "measure", "con/tháng", approx="about", value_max=800,
        subject="chim non trại xuất bán mỗi tháng"),
    fig("từ 150.000 đến 2,5", "150.000", 150000, "money", "đồng/cặp", value_max=2.5e6, subject="giá chim non"),
    fig("hơn 4.300 con", "4.300", 4300, "count", "con", approx="over", subject="chim trại bán", period=H1),
    fig("khoảng 720 triệu", "720", 720e6, "money", "đồng", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="doanh thu của trại", period=H1),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ lệ lợi nhuận trong doanh thu",
        period=H1),
    fig("cho 5 lao động", "5", 5, "count", "lao động", subject="lao động địa phương trại giải quyết việc làm"),
    fig("lương 6,5-7", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=7e6, subject="mức lương lao động"),
    fig("thêm hai dãy", "hai", 2, "count", "dãy chuồng", status="forecast",
        subject="dãy chuồng anh Duy đầu tư thêm", period=NOW),
    fig("lên 1.500 cặp", "1.500", 1500, "count", "cặp", status="forecast", subject="quy mô trại", period=NOW),
    fig("có 34 hộ", "34", 34, "count", "hộ", subject="hộ nuôi chim cảnh quy mô từ 100 cặp trở lên"),
    fig("từ 100 cặp", "100", 100, "count", "cặp", approx="at_least", subject="quy mô hộ nuôi chim cảnh",
        optional=True),
    fig("thứ nhất tỉnh", "nhất", 1, "rank", "hạng", subject="số hộ nuôi chim cảnh quy mô từ 100 cặp trở lên"),
    fig("khoảng 9.600 cặp", "9.600", 9600, "count", "cặp", approx="about", subject="tổng đàn chim cảnh của huyện"),
    fig("đạt 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", subject="giá trị sản xuất chim cảnh", period=Y23),
    fig("có 50 hộ", "50", 50, "count", "hộ", status="target", subject="hộ nuôi chim cảnh", period=T25),
    fig("ít nhất một tổ", "một", 1, "count", "tổ hợp tác", approx="at_least", status="target",
        subject="tổ hợp tác chim cảnh hình thành", period=T25),
]

NOTES = [
    "Radio/TV site (THVL, Vĩnh Long): menu, 'Đăng lúc: 14:32 - 02/08/2024', tag '(THVL) -', 'Bản tin Thời sự 19h | Lượt xem: 3.512', links.",
    "Distractors: 14:32, '19h', 'Lượt xem: 3.512', 'lần thứ 3' in a link, 'vài cặp' (vague, not a number), 'một trong những trại lớn nhất tỉnh'",
    "(idiom, not a count), 'vẹt Ngũ sắc'.",
    "Headline 'mỗi năm lãi gần nửa tỷ đồng': 'nửa tỷ' = 500 000 000 (number word 'nửa' × tỷ), approx nearly, rate đồng/năm.",
    "'Mỗi tháng ... khoảng 700 đến 800 con' → rate con/tháng, about, range. 'lợi nhuận chiếm khoảng 40% doanh thu' after ';' is a percent",
    "figure of its own (no amount of profit is given), in the same sentence as '6 tháng đầu năm 2024' (scored period).",
    "'Năm nay' = 2024 (dateline); 'dự kiến' → forecast for both clauses. 'đứng thứ nhất tỉnh' → rank 1 (number word 'nhất').",
    "'quy mô từ 100 cặp trở lên' defines which households are counted: optional.",
    "'đến năm 2025' + 'phấn đấu' → target, end 2025-12-31; 'ít nhất một tổ hợp tác' → 1, at_least.",
    "Location: Long Hồ (the farm is in xã Phú Quới, huyện Long Hồ; the district figures are Long Hồ's).",
]

if __name__ == "__main__":
    write("p1427-8", TEXT, NOTES, FIGS, published="2024-08-02", location="Long Hồ")
