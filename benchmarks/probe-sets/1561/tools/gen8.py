"""p1561-8: radio/TV site (Đài PT-TH Bến Tre): automatic sprinkler irrigation in seedling nurseries of huyện Chợ Lách."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Chợ Lách: Nhà vườn giống cây tiết kiệm hàng trăm triệu đồng nhờ tưới tự động

Cập nhật lúc 17:25, ngày 02/04/2024

(THBT) - Mặn xâm nhập sâu trong mùa khô khiến nhiều nhà vườn sản xuất cây giống ở huyện Chợ Lách chuyển sang hệ thống tưới phun tự động để tiết kiệm nước ngọt. Toàn huyện hiện có khoảng 3.800 ha vườn ươm cây giống, hoa kiểng, trong đó hơn 1.200 ha đã lắp hệ thống tưới phun sương, tưới béc tự động.

Tại ấp Vĩnh Hòa 2, xã Vĩnh Thành, Tổ hợp tác sản xuất giống cây ăn trái Vĩnh Thành với ba chục thành viên đã đầu tư đồng bộ hệ thống tưới cho 26 ha vườn ươm. Anh Võ Thanh Tùng, tổ trưởng, cho biết mỗi ha lắp đặt hết khoảng 70 triệu đồng, gồm máy bơm, bộ hẹn giờ và gần 2.000 m ống tưới. Nhờ tưới đúng lượng, lượng nước tưới chỉ còn 25-30 m3/ha/ngày, giảm 40% so với tưới bằng vòi; chi phí nhân công giảm hơn 100 triệu đồng/ha/năm.

Theo Phòng Nông nghiệp và PTNT huyện Chợ Lách, năm 2023 huyện hỗ trợ 215 hộ lắp đặt hệ thống tưới với tổng kinh phí 1,9 tỷ đồng; quý I/2024 hỗ trợ thêm 86 hộ. Dự kiến đến cuối năm 2024, diện tích vườn ươm được tưới tự động đạt 1.500 ha. Hiện Chợ Lách đứng thứ 2 toàn tỉnh về diện tích cây trồng được tưới tiết kiệm, sau huyện Mỏ Cày Bắc.

Thanh Tâm - Minh Luân / THBT

Video liên quan:
- Bản tin Nông nghiệp ngày 01/4/2024
- Bến Tre: Trữ nước ngọt ứng phó hạn mặn mùa khô 2023-2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
EOY = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("hàng trăm triệu", "trăm", 100e6, "money", "đồng", optional=True),
    fig("khoảng 3.800 ha", "3.800", 3800, "measure", "ha", approx="about",
        subject="vườn ươm cây giống, hoa kiểng"),
    fig("hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over", total=3800,
        subject="diện tích đã lắp hệ thống tưới phun sương, tưới béc tự động"),
    fig("với ba chục", "ba", 30, "count", "thành viên",
        subject="thành viên Tổ hợp tác sản xuất giống cây ăn trái Vĩnh Thành"),
    fig("cho 26 ha", "26", 26, "measure", "ha",
        subject="vườn ươm được đầu tư đồng bộ hệ thống tưới"),
    fig("khoảng 70 triệu", "70", 70e6, "money", "đồng/ha", approx="about",
        subject="chi phí lắp đặt hệ thống tưới mỗi ha"),
    fig("gần 2.000 m", "2.000", 2000, "measure", "m", approx="nearly",
        subject="ống tưới lắp đặt mỗi ha"),
    fig("còn 25-30", "25", 25, "measure", "m3/ha/ngày", value_max=30,
        change=chg("decrease", 40, "%", "tưới bằng vòi"),
        subject="lượng nước tưới"),
    fig("hơn 100 triệu", "100", 100e6, "money", "đồng/ha/năm", approx="over",
        subject="chi phí nhân công giảm"),
    fig("hỗ trợ 215 hộ", "215", 215, "count", "hộ",
        subject="hộ được hỗ trợ lắp đặt hệ thống tưới", period=Y23),
    fig("kinh phí 1,9 tỷ", "1,9", 1.9e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ lắp đặt hệ thống tưới", period=Y23),
    fig("thêm 86 hộ", "86", 86, "count", "hộ",
        subject="hộ được hỗ trợ thêm lắp đặt hệ thống tưới", period=Q1),
    fig("đạt 1.500 ha", "1.500", 1500, "measure", "ha", status="forecast",
        subject="diện tích vườn ươm được tưới tự động", period=EOY),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="diện tích cây trồng được tưới tiết kiệm"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bến Tre): menu, 'Cập nhật lúc 17:25, ngày 02/04/2024', tag '(THBT) -', byline, related videos. Location Chợ Lách for all figures.",
    "Distractors: 17:25, 'ấp Vĩnh Hòa 2', 'Bản tin Nông nghiệp ngày 01/4/2024', 'mùa khô 2023-2024', 'quý I/2024' (period).",
    "Headline 'hàng trăm triệu đồng' (hundreds of millions, vague): optional. 'ba chục thành viên' = 30 (number word × chục).",
    "'hơn 1.200 ha' after 'trong đó' takes total 3.800. 'gồm máy bơm, bộ hẹn giờ và gần 2.000 m ống tưới' has no whole of the same thing (70 triệu đồng/ha is money): no total.",
    "'25-30 m3/ha/ngày, giảm 40% so với tưới bằng vòi' → change decrease 40 %. 'giảm hơn 100 triệu đồng/ha/năm' is the claim itself (a figure, no change).",
    "'Dự kiến đến cuối năm 2024 ... 1.500 ha' forecast, as-of end (start null). 'Hiện Chợ Lách đứng thứ 2 toàn tỉnh' rank, location Chợ Lách, no period.",
]

if __name__ == "__main__":
    write("p1561-8", TEXT, NOTES, FIGS, published="2024-04-02", location="Chợ Lách")
