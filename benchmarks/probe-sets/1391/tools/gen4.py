"""p1391-4: ministry site (Bộ Công Thương): national year-end gift and decoration market, 11 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Hàng Việt chiếm ưu thế trên thị trường quà tặng, trang trí cuối năm

12/12/2024 | 14:05 | Vụ Thị trường trong nước

Theo Bộ Công Thương, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng năm 2024 ước đạt 5,82 triệu tỷ đồng, tăng 8,8% so với cùng kỳ năm trước. Nhu cầu mua sắm dịp Giáng sinh, Tết Dương lịch và Tết Nguyên đán Ất Tỵ được dự báo tăng từ 10 đến 12%.

Tại các hệ thống siêu thị lớn, hàng Việt chiếm khoảng 90% lượng hàng quà tặng, bánh kẹo, giỏ quà; riêng đồ trang trí Giáng sinh nhập khẩu, chủ yếu từ Trung Quốc, vẫn chiếm trên 60% thị phần. 11 tháng năm 2024, kim ngạch nhập khẩu đồ chơi, dụng cụ thể thao và đồ trang trí lễ hội đạt 1,05 tỷ USD, tăng 14,6%; xuất khẩu nhóm hàng này đạt 3,2 tỷ USD, gấp hơn ba lần nhập khẩu.

Về cơ cấu doanh thu hàng trang trí, quà tặng cả nước, dẫn đầu là TP Hồ Chí Minh với khoảng 28%, tiếp đến là Hà Nội 19%, Đồng Nai 6%. Thương mại điện tử tiếp tục tăng mạnh: riêng ngày mua sắm trực tuyến 11/11, các sàn ghi nhận hơn 4,5 triệu đơn hàng quà tặng, đồ trang trí, tăng 25%.

Bộ Công Thương đề nghị các Sở Công Thương bảo đảm nguồn cung, phấn đấu tỷ lệ hàng Việt tại các kênh phân phối hiện đại đạt ít nhất 85%; tăng cường kiểm tra hàng giả, hàng không rõ nguồn gốc theo Chỉ thị số 13/CT-TTg. Từ đầu năm đến nay, lực lượng quản lý thị trường cả nước đã xử lý 1.870 vụ vi phạm liên quan đến đồ chơi, đồ trang trí, thu nộp ngân sách gần 9,4 tỷ đồng.

Tin cùng chuyên mục:
- Khai mạc Tuần hàng Việt tại Hà Nội năm 2024
- Hội nghị kết nối cung cầu hàng hóa các tỉnh phía Nam

Bản quyền thuộc Bộ Công Thương | Điện thoại: 024.22202222
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
DAY = per("ngày mua sắm trực tuyến 11/11", "2024-11-11", "2024-11-11")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-12")
MIX = "cơ cấu doanh thu hàng trang trí, quà tặng cả nước"

FIGS = [
    fig("ước đạt 5,82 triệu tỷ", "5,82", 5.82e15, "money", "đồng", status="estimate",
        change=chg("increase", 8.8, "%", "cùng kỳ năm trước"),
        subject="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", period=M11),
    fig("tăng từ 10 đến 12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="nhu cầu mua sắm dịp Giáng sinh, Tết Dương lịch và Tết Nguyên đán"),
    fig("chiếm khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="hàng Việt trong lượng hàng quà tặng, bánh kẹo, giỏ quà"),
    fig("trên 60% thị phần", "60", 60, "percent", "%", approx="over",
        subject="thị phần đồ trang trí Giáng sinh nhập khẩu"),
    fig("đạt 1,05 tỷ", "1,05", 1.05e9, "money", "USD", change=chg("increase", 14.6, "%"),
        subject="kim ngạch nhập khẩu đồ chơi, dụng cụ thể thao và đồ trang trí lễ hội", period=M11),
    fig("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "USD",
        change=chg("increase", 3, "lần", "nhập khẩu", approx="over"),
        subject="xuất khẩu đồ chơi, dụng cụ thể thao và đồ trang trí lễ hội", period=M11),
    fig("khoảng 28%", "28", 28, "percent", "%", approx="about", subject=MIX, location="TP Hồ Chí Minh"),
    fig("Hà Nội 19%", "19", 19, "percent", "%", subject=MIX, location="Hà Nội"),
    fig("Đồng Nai 6%", "6", 6, "percent", "%", subject=MIX, location="Đồng Nai"),
    fig("hơn 4,5 triệu", "4,5", 4.5e6, "count", "đơn hàng", approx="over", change=chg("increase", 25, "%"),
        subject="đơn hàng quà tặng, đồ trang trí các sàn ghi nhận", period=DAY),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hàng Việt tại các kênh phân phối hiện đại"),
    fig("xử lý 1.870 vụ", "1.870", 1870, "count", "vụ",
        subject="vụ vi phạm liên quan đến đồ chơi, đồ trang trí", period=YTD),
    fig("gần 9,4 tỷ", "9,4", 9.4e9, "money", "đồng", approx="nearly", subject="thu nộp ngân sách",
        period=YTD),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/12/2024 | 14:05 | Vụ Thị trường trong nước', related links, footer phone.",
    "Distractors: 14:05, 'Ất Tỵ', '11/11' (the name of a shopping day, not 11 of 11), 'Chỉ thị số 13/CT-TTg', phone 024.22202222,",
    "'năm 2024' in a link title.",
    "National figures: location Việt Nam; the list 'dẫn đầu là TP Hồ Chí Minh với khoảng 28%, tiếp đến là Hà Nội 19%, Đồng Nai 6%'",
    "shares one indicator (stated before it), each item located in its province. Trung Quốc is a trade partner, not a place.",
    "'5,82 triệu tỷ đồng' = 5,82·10^15 đồng (triệu × tỷ). 'dự báo tăng từ 10 đến 12%' is a forecast growth rate (range).",
    "'gấp hơn ba lần nhập khẩu' after 3,2 tỷ USD is its change (3 lần, over, baseline nhập khẩu); 'nhóm hàng này' resolved.",
    "'ngày mua sắm trực tuyến 11/11' gives the one-day period 2024-11-11 (year from '11 tháng năm 2024' / dateline).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-12-12. 'phấn đấu ... ít nhất 85%' → target.",
]

if __name__ == "__main__":
    write("p1391-4", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
