"""p1385-2: district portal (huyện Hải Hậu, Nam Định): salt prices, a clean-salt cooperative, number words."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH

Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn

Diêm dân Hải Hậu phấn khởi vì muối được giá

22/08/2023 - 10:20

Từ đầu năm đến nay, các xã ven biển của huyện đã sản xuất được khoảng 19.500 tấn muối, tăng 8% so với cùng kỳ năm 2022. Toàn huyện hiện có 386 ha đồng muối, tập trung tại ba xã Hải Đông, Hải Lý và Hải Chính, với hơn 1.200 hộ diêm dân.

Giá muối hạt tại đồng hiện ở mức 3.000-3.500 đồng/kg, cao nhất trong khoảng năm năm trở lại đây. Theo ông Trần Văn Khải, Giám đốc Hợp tác xã Muối sạch Hải Đông Xanh, hợp tác xã có 46 thành viên, trong đó hai chục thành viên đã chuyển sang sản xuất muối sạch trên nền bạt. Trong 7 tháng đầu năm, hợp tác xã tiêu thụ 620 tấn muối sạch, vượt 12% kế hoạch, với giá bán bình quân 6.500 đồng/kg, doanh thu hơn 4 tỷ đồng. Thu nhập của thành viên đạt từ 7 đến 9 triệu đồng/người/tháng, gần gấp đôi so với năm 2020. Sản phẩm "Muối biển Hải Đông S68" của hợp tác xã đã có mặt tại 12 siêu thị trong và ngoài tỉnh.

Năm 2023, huyện phấn đấu sản xuất 24.000 tấn muối, trong đó muối sạch chiếm khoảng 15%. UBND huyện đã bố trí 1,8 tỷ đồng nâng cấp 5,2 km bờ bao và kênh dẫn nước mặn tại xã Hải Lý; dự kiến đến cuối năm hoàn thành một kho muối có sức chứa 2.000 tấn tại xóm 9, xã Hải Đông.

Nguồn: Phòng Nông nghiệp và PTNT huyện Hải Hậu

Tin khác:
- Hải Hậu ra quân Tháng hành động vì môi trường năm 2023
- Hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 12-NQ/HU

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định | Điện thoại: 0228.3877.215
"""

YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-08-22")
M7 = per("7 tháng đầu năm", "2023-01-01", "2023-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
EOY = per("đến cuối năm", None, "2023-12-31")

FIGS = [
    fig("khoảng 19.500 tấn", "19.500", 19500, "measure", "tấn", approx="about",
        change=chg("increase", 8, "%", "cùng kỳ năm 2022"),
        subject="muối các xã ven biển của huyện sản xuất", period=YTD),
    fig("có 386 ha", "386", 386, "measure", "ha", subject="diện tích đồng muối"),
    fig("tại ba xã", "ba", 3, "count", "xã", subject="xã có đồng muối tập trung"),
    fig("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", approx="over", subject="hộ diêm dân"),
    fig("mức 3.000-3.500", "3.000", 3000, "money", "đồng/kg", value_max=3500,
        subject="giá muối hạt tại đồng"),
    fig("có 46 thành viên", "46", 46, "count", "thành viên",
        subject="thành viên Hợp tác xã Muối sạch Hải Đông Xanh"),
    fig("hai chục thành viên", "hai chục", 20, "count", "thành viên", total=46,
        subject="thành viên chuyển sang sản xuất muối sạch trên nền bạt"),
    fig("tiêu thụ 620 tấn", "620", 620, "measure", "tấn", change=chg("increase", 12, "%", "kế hoạch"),
        subject="muối sạch hợp tác xã tiêu thụ", period=M7),
    fig("bình quân 6.500", "6.500", 6500, "money", "đồng/kg",
        subject="giá bán bình quân muối sạch", period=M7),
    fig("hơn 4 tỷ", "4", 4e9, "money", "đồng", approx="over",
        subject="doanh thu hợp tác xã", period=M7),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        change=chg("increase", 2, "lần", "năm 2020", approx="nearly"),
        subject="thu nhập của thành viên hợp tác xã"),
    fig("tại 12 siêu thị", "12", 12, "count", "siêu thị",
        subject="siêu thị bán sản phẩm Muối biển Hải Đông S68"),
    fig("sản xuất 24.000 tấn", "24.000", 24000, "measure", "tấn", status="target",
        subject="sản lượng muối", period=Y23),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", status="target",
        subject="tỷ trọng muối sạch", period=Y23),
    fig("bố trí 1,8 tỷ", "1,8", 1.8e9, "money", "đồng",
        subject="kinh phí nâng cấp bờ bao và kênh dẫn nước mặn"),
    fig("nâng cấp 5,2 km", "5,2", 5.2, "measure", "km",
        subject="bờ bao và kênh dẫn nước mặn nâng cấp"),
    fig("một kho muối", "một", 1, "count", "kho", status="forecast",
        subject="kho muối hoàn thành", period=EOY),
    fig("sức chứa 2.000 tấn", "2.000", 2000, "measure", "tấn", status="forecast",
        subject="sức chứa kho muối"),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner, breadcrumb, '22/08/2023 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'khoảng năm năm trở lại đây' (a duration that locates the price claim), product 'Muối biển Hải Đông S68',",
    "'xóm 9', 'Khu 4', Nghị quyết số 12-NQ/HU, '6 tháng' and 'năm 2023' in link titles, phone 0228.3877.215.",
    "All figures are in huyện Hải Hậu (default location). 'Từ đầu năm đến nay' ends at the dateline; '7 tháng đầu năm' takes 2023.",
    "'vượt 12% kế hoạch' → change with baseline 'kế hoạch' (FIGURES.md: a gap to a plan is a change).",
    "'hai chục thành viên' = 20 after 'trong đó' → total 46; 'gần gấp đôi so với năm 2020' → change 2 lần, nearly.",
    "'Năm 2023, huyện phấn đấu …, trong đó muối sạch chiếm khoảng 15%' → both target; the 15% is a percent figure of its own.",
    "'dự kiến đến cuối năm hoàn thành một kho muối có sức chứa 2.000 tấn' → forecast; 'đến cuối năm' (as-of 2023-12-31) dates the kho only.",
    "'Hiện' prices, the cooperative's members and the income have no period.",
]

if __name__ == "__main__":
    write("p1385-2", TEXT, NOTES, FIGS, published="2023-08-22", location="Hải Hậu")
