"""p1404-6: national newspaper: used-car transactions in November 2024 (platform report)."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Thị trường

Giao dịch ô tô cũ tháng 11 tăng gần 18%

Thứ sáu, 13/12/2024, 15:40 (GMT+7)

Lượng giao dịch xe cũ tăng mạnh trong tháng 11 nhờ nhu cầu mua xe cuối năm, trong khi giá bình quân mỗi xe giảm 4,5%.

Theo báo cáo của nền tảng mua bán ô tô Xebanhanh.vn, tháng 11, số tin đăng bán ô tô cũ đạt khoảng 68 nghìn tin, tăng 14% so với tháng 10. Số giao dịch thành công ước đạt 21.700 xe, tăng 17,8%.

Giá bán bình quân một ô tô cũ là 512 triệu đồng, giảm 4,5% so với tháng trước. Xe có giá dưới 500 triệu đồng chiếm 58% lượng giao dịch, xe từ 1 tỷ đồng trở lên chỉ chiếm khoảng 9%. Tuổi trung bình của xe được rao bán là 6,8 năm.

Hà Nội và TP HCM vẫn là những thị trường lớn nhất, lần lượt chiếm 31% và 27% số giao dịch. Mẫu xe cũ được tìm kiếm nhiều nhất là Toyota Vios, tiếp đến là Mitsubishi Xpander và Hyundai Accent; Kia Morning 2019 đứng thứ 5.

Ông Trần Minh Đức, Giám đốc Công ty Dữ liệu ô tô VAD, ước tính mỗi năm thị trường Việt Nam giao dịch khoảng 500.000-600.000 ô tô cũ, gấp 1,5 lần xe mới. Theo ông, cả nước có khoảng 4.000 salon xe cũ, trong đó hơn 1.200 salon tại TP HCM.

“Người mua ngày càng chuộng xe lướt dưới 3 năm tuổi vì giá mềm hơn xe mới”, ông Đức nói.

Đại diện Xebanhanh.vn dự báo tháng 12, giao dịch xe cũ có thể tăng thêm 20-25% nhờ nhu cầu mua xe dịp Tết Ất Tỵ 2025.

Minh Quân
"""

T11 = per("tháng 11", "2024-11-01", "2024-11-30")
T12 = per("tháng 12", "2024-12-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly", subject="giao dịch ô tô cũ", period=T11),
    fig("mỗi xe giảm 4,5%", "4,5", 4.5, "percent", "%", subject="giá bình quân mỗi xe", period=T11),
    fig("khoảng 68 nghìn", "68", 68000, "count", "tin", approx="about",
        change=chg("increase", 14, "%", "tháng 10"), subject="tin đăng bán ô tô cũ", period=T11),
    fig("ước đạt 21.700 xe", "21.700", 21700, "count", "xe", status="estimate",
        change=chg("increase", 17.8, "%"), subject="giao dịch thành công", period=inh(T11)),
    fig("là 512 triệu", "512", 512e6, "money", "đồng",
        change=chg("decrease", 4.5, "%", "tháng trước"), subject="giá bán bình quân một ô tô cũ",
        period=inh(T11)),
    fig("dưới 500 triệu", "500", 500e6, "money", "đồng", approx="under", optional=True),
    fig("chiếm 58%", "58", 58, "percent", "%",
        subject="tỷ trọng xe có giá dưới 500 triệu đồng trong lượng giao dịch", period=inh(T11)),
    fig("từ 1 tỷ", "1", 1e9, "money", "đồng", approx="at_least", optional=True),
    fig("khoảng 9%", "9", 9, "percent", "%", approx="about",
        subject="tỷ trọng xe từ 1 tỷ đồng trở lên", period=inh(T11)),
    fig("là 6,8 năm", "6,8", 6.8, "measure", "năm", subject="tuổi trung bình của xe được rao bán",
        period=inh(T11)),
    fig("chiếm 31%", "31", 31, "percent", "%", subject="tỷ trọng số giao dịch", location="Hà Nội"),
    fig("và 27%", "27", 27, "percent", "%", subject="tỷ trọng số giao dịch", location=HCM),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="mẫu xe cũ được tìm kiếm nhiều nhất Kia Morning 2019"),
    fig("khoảng 500.000-600.000", "500.000", 500000, "measure", "ô tô/năm", value_max=600000,
        approx="about", status="estimate", change=chg("increase", 1.5, "lần", "xe mới"),
        subject="ô tô cũ thị trường Việt Nam giao dịch mỗi năm"),
    fig("khoảng 4.000 salon", "4.000", 4000, "count", "salon", approx="about", subject="salon xe cũ"),
    fig("hơn 1.200 salon", "1.200", 1200, "count", "salon", approx="over", total=4000,
        subject="salon xe cũ", location=HCM),
    fig("dưới 3 năm", "3", 3, "measure", "năm", approx="under", optional=True),
    fig("thêm 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast",
        subject="giao dịch xe cũ", period=T12),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 13/12/2024, 15:40 (GMT+7)', sapo, quote, byline at the end. National figures: Việt Nam.",
    "Distractors: 15:40, (GMT+7), 'Xebanhanh.vn', 'Kia Morning 2019', 'Tết Ất Tỵ 2025', baselines 'tháng 10', 'tháng trước'.",
    "Headline and sapo growth rates stand as claims (percent figures, no change); year-less 'tháng 11' takes 2024 from published.",
    "'68 nghìn tin' = 68000. '21.700 xe, tăng 17,8%' (ước đạt → estimate). In the next paragraph the period stands in another sentence (inherited).",
    "Thresholds 'dưới 500 triệu đồng', 'từ 1 tỷ đồng trở lên' and the age class 'dưới 3 năm tuổi' are labels of a class: optional.",
    "'lần lượt chiếm 31% và 27%': list with one indicator; Hà Nội / TP HCM → location. Rank 'Kia Morning 2019 đứng thứ 5' (the model year is a name).",
    "'ước tính mỗi năm ... khoảng 500.000-600.000 ô tô cũ, gấp 1,5 lần xe mới': yearly rate, estimate, change 1.5 lần (baseline xe mới).",
    "revised after the first run: rank subject 'mẫu xe cũ được tìm kiếm nhiều nhất' → '... Kia Morning 2019' (a list item that is not a place",
    "stays in the subject, as in the spec's 'vốn đăng ký cấp mới của Trung Quốc'; without the model the rank says nothing).",
    "'khoảng 4.000 salon xe cũ, trong đó hơn 1.200 salon tại TP HCM' → total 4000, location TP Hồ Chí Minh. 'dự báo tháng 12 ... 20-25%' → forecast.",
]

if __name__ == "__main__":
    write("p1404-6", TEXT, NOTES, FIGS, published="2024-12-13", location="Việt Nam")
