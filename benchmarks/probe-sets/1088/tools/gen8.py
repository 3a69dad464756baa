"""p1088-8: Báo Long An online, border-gate trade 2 months 2025 (Bình Hiệp, Mỹ Quý Tây), tag (LAO)."""
from lib import F, P, I, C, T, build

TEXT = """BÁO LONG AN ONLINE
Kinh tế
Xuất nhập khẩu qua cửa khẩu 2 tháng đạt 196 triệu USD
Thứ tư, 12/03/2025 - 07:30

(LAO) - Theo Ban Quản lý Khu kinh tế tỉnh Long An, 2 tháng đầu năm 2025, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh đạt 196 triệu USD, tăng 11,3% so với cùng kỳ năm 2024, đạt 16,3% kế hoạch năm.

Trong đó, cửa khẩu quốc tế Bình Hiệp đạt 118,2 triệu USD, chiếm 60,3%; cửa khẩu chính Mỹ Quý Tây đạt 52,7 triệu USD; các cửa khẩu phụ, lối mở còn lại đạt 25,1 triệu USD.

Phương tiện xuất nhập cảnh qua các cửa khẩu đạt 21.560 lượt, trong đó xe container, xe tải chở hàng chiếm 73%. Hành khách xuất nhập cảnh đạt trên 64.000 lượt, tăng gần 20% do nhu cầu thăm thân, du lịch dịp Tết Ất Tỵ.

Chi cục Hải quan cửa khẩu quốc tế Bình Hiệp thu ngân sách hơn 38 tỷ đồng; cửa hàng miễn thuế tại Khu kinh tế cửa khẩu đạt doanh thu 4,8 tỷ đồng, giảm 12% so với cùng kỳ. Mức phí sử dụng công trình kết cấu hạ tầng khu vực cửa khẩu hiện là 250.000 đồng/xe container theo Nghị quyết số 06/2023/NQ-HĐND.

Năm 2025, tỉnh phấn đấu kim ngạch qua các cửa khẩu đạt 1,2 tỷ USD. Dự kiến trong quý II/2025, tỉnh khởi công nâng cấp bãi kiểm hóa cửa khẩu Bình Hiệp với tổng vốn khoảng 85 tỷ đồng, tiếp tục đề nghị nâng cấp cửa khẩu Mỹ Quý Tây lên cửa khẩu quốc tế.

THANH MỸ
"""

M2 = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")

FIGS = [
    F("2 tháng đạt 196 triệu USD", "196", 196e6, "money", "USD",
      subject="xuất nhập khẩu qua cửa khẩu", period=P("2 tháng", "2025-01-01", "2025-02-28")),
    F("tỉnh đạt 196 triệu USD", "196", 196e6, "money", "USD", percent=16.3,
      change=C("increase", 11.3, baseline="cùng kỳ năm 2024"),
      subject="tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", period=M2),
    F("đạt 118,2 triệu USD", "118,2", 118.2e6, "money", "USD", total=196e6, percent=60.3,
      subject="kim ngạch qua cửa khẩu quốc tế Bình Hiệp", period=I(M2)),
    F("đạt 52,7 triệu USD", "52,7", 52.7e6, "money", "USD", total=196e6,
      subject="kim ngạch qua cửa khẩu chính Mỹ Quý Tây", period=I(M2)),
    F("đạt 25,1 triệu USD", "25,1", 25.1e6, "money", "USD", total=196e6,
      subject="kim ngạch qua các cửa khẩu phụ, lối mở còn lại", period=I(M2)),
    F("đạt 21.560 lượt", "21.560", 21560, "count", "lượt",
      subject="phương tiện xuất nhập cảnh qua các cửa khẩu", period=I(M2)),
    F("chiếm 73%", "73", 73, "percent", "%",
      subject="tỷ lệ xe container, xe tải chở hàng trong phương tiện xuất nhập cảnh", period=I(M2)),
    F("trên 64.000 lượt", "64.000", 64000, "count", "lượt", approx="over",
      change=C("increase", 20, approx="nearly"),
      subject="hành khách xuất nhập cảnh", period=I(M2)),
    F("hơn 38 tỷ đồng", "38", 38e9, "money", "đồng", approx="over",
      subject="thu ngân sách của Chi cục Hải quan cửa khẩu quốc tế Bình Hiệp", period=I(M2)),
    F("doanh thu 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng",
      change=C("decrease", 12, baseline="cùng kỳ"),
      subject="doanh thu cửa hàng miễn thuế tại Khu kinh tế cửa khẩu", period=I(M2)),
    F("là 250.000 đồng/xe container", "250.000", 250000, "money", "đồng/xe container",
      subject="mức phí sử dụng công trình kết cấu hạ tầng khu vực cửa khẩu"),
    F("đạt 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", status="target",
      subject="kim ngạch qua các cửa khẩu", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn nâng cấp bãi kiểm hóa cửa khẩu Bình Hiệp"),
]

NOTES = [
    "Báo Long An online: headline with a figure, dateline 'Thứ tư, 12/03/2025 - 07:30', tag '(LAO) -', byline at the end.",
    "Distractors: 07:30, Nghị quyết số 06/2023/NQ-HĐND, Tết Ất Tỵ, quý II/2025 (start of works, not the capital's period).",
    "Headline '2 tháng' takes 2025 from the dateline. Gate items after 'Trong đó' add up to 196: total; 'chiếm 60,3%' is the share of 118,2.",
    "'trong đó xe container, xe tải chở hàng chiếm 73%' is a share of a part not given as a number: a percent figure of its own.",
    "'tổng vốn khoảng 85 tỷ đồng' stands in the 'Dự kiến' clause: forecast, no period.",
]

if __name__ == "__main__":
    build("p1088-8", TEXT, NOTES, FIGS, published="2025-03-12", location="Long An")
