"""p1371-8: radio/TV site (Đài PT-TH Thanh Hóa): a private fuel retailer adds EV chargers; sales, rank, plan to 2026."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Trực tiếp

Doanh nghiệp xăng dầu tư nhân đầu tư trạm sạc xe điện

22/11/2024 - 18:40 | Kinh tế

Công ty TNHH Thương mại Xăng dầu Tiến Đạt hiện vận hành 14 cửa hàng xăng dầu tại TP Thanh Hóa và các huyện Quảng Xương, Đông Sơn, Hoằng Hóa. 10 tháng năm nay, công ty bán ra 21.600 m3 xăng dầu, vượt 8% kế hoạch năm; doanh thu đạt 465 tỷ đồng, tăng 11,2% so với cùng kỳ. Với sản lượng này, Tiến Đạt đứng thứ 3 trong số các doanh nghiệp bán lẻ xăng dầu trên địa bàn tỉnh, sau hai thương nhân đầu mối.

Từ tháng 6/2024, công ty đã lắp đặt ba chục trụ sạc xe điện tại 8 cửa hàng, với tổng vốn gần 4,2 tỷ đồng. Bình quân mỗi tháng có khoảng 1.500 lượt xe điện sạc tại các cửa hàng của công ty. Doanh thu từ dịch vụ ngoài xăng dầu như rửa xe, cửa hàng tiện lợi, sạc điện năm nay gấp 1,5 lần năm 2023.

Công ty có 126 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng. Ông Lê Tiến Đạt, Giám đốc công ty, cho biết mục tiêu đến năm 2026 công ty có ít nhất 20 cửa hàng, trong đó 10 cửa hàng có trụ sạc nhanh.

Theo Sở Công Thương, toàn tỉnh hiện có 742 cửa hàng bán lẻ xăng dầu, nhưng mới có khoảng 40 cửa hàng bố trí trụ sạc xe điện.

Phóng viên: Ngọc Anh - Quang Huy | Kênh TTV

Xem thêm:
- Bản tin Thời sự 19h ngày 22/11/2024
- Thanh Hóa: 4 tuyến cao tốc thúc đẩy phát triển dịch vụ dọc đường
"""

TEN = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
SINCE = per("Từ tháng 6/2024", "2024-06-01", "2024-11-22")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
Y2026 = per("đến năm 2026", end="2026-12-31")

FIGS = [
    fig("vận hành 14 cửa hàng", "14", 14, "count", "cửa hàng",
        subject="cửa hàng xăng dầu Công ty TNHH Thương mại Xăng dầu Tiến Đạt vận hành"),
    fig("bán ra 21.600 m3", "21.600", 21600, "measure", "m3", change=chg("increase", 8, "%", "kế hoạch năm"),
        subject="xăng dầu công ty bán ra", period=TEN),
    fig("đạt 465 tỷ", "465", 465e9, "money", "đồng", change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=TEN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="sản lượng xăng dầu của Tiến Đạt"),
    fig("sau hai thương nhân", "hai", 2, "count", "thương nhân đầu mối", optional=True,
        subject="thương nhân đầu mối đứng trước Tiến Đạt"),
    fig("ba chục trụ", "ba chục", 30, "count", "trụ sạc", subject="trụ sạc xe điện công ty đã lắp đặt",
        period=SINCE),
    fig("tại 8 cửa hàng", "8", 8, "count", "cửa hàng", subject="cửa hàng được lắp đặt trụ sạc xe điện",
        period=SINCE),
    fig("gần 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="nearly",
        subject="tổng vốn lắp đặt trụ sạc xe điện", period=SINCE),
    fig("khoảng 1.500 lượt", "1.500", 1500, "measure", "lượt/tháng", approx="about",
        subject="lượt xe điện sạc tại các cửa hàng của công ty mỗi tháng"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="doanh thu từ dịch vụ ngoài xăng dầu so với năm 2023", period=Y24),
    fig("có 126 lao động", "126", 126, "count", "lao động", subject="lao động của công ty"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty"),
    fig("ít nhất 20 cửa hàng", "20", 20, "count", "cửa hàng", approx="at_least", status="target",
        subject="cửa hàng của công ty", period=Y2026),
    fig("trong đó 10 cửa hàng", "10", 10, "count", "cửa hàng", total=20, status="target",
        subject="cửa hàng có trụ sạc nhanh", period=Y2026),
    fig("có 742 cửa hàng", "742", 742, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu"),
    # 'nhưng mới có khoảng 40 cửa hàng' after the province's 742: no part cue, so no total.
    fig("khoảng 40 cửa hàng", "40", 40, "count", "cửa hàng", approx="about",
        subject="cửa hàng bố trí trụ sạc xe điện"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): station banner, menu with 'Trực tiếp', '22/11/2024 - 18:40 | Kinh tế', reporters and channel, 'Xem thêm' links.",
    "Distractors: 18:40, 'Bản tin Thời sự 19h ngày 22/11/2024', '4 tuyến cao tốc' in a link title, 'năm 2023' baseline, 'Từ tháng 6/2024' (period).",
    "Location Thanh Hóa for all: the company works in TP Thanh Hóa and three districts, so no single district.",
    "'vượt 8% kế hoạch năm' → change (increase 8%, baseline kế hoạch năm), per the spec's 'gap to a plan'. 'năm nay' and '10 tháng năm nay' take 2024 from published.",
    "'đứng thứ 3 ... sau hai thương nhân đầu mối': rank 3, subject the ranked quantity only (the field 'trong số các doanh nghiệp ...' is not the subject, as 'toàn quốc' in shared gold 001; changed after the first run); 'hai thương nhân' is optional (names who ranks above, not a statistic of its own).",
    "'ba chục trụ sạc' = 30. 'Từ tháng 6/2024' with 'đã lắp đặt' runs to the dateline (like 'từ năm 2021 đến nay').",
    "'năm nay gấp 1,5 lần năm 2023' stands alone as the claim → kind multiple, no change.",
    "'mục tiêu đến năm 2026 ... ít nhất 20 cửa hàng, trong đó 10 cửa hàng' → target; the part takes total 20.",
    "'toàn tỉnh hiện có 742 cửa hàng ..., nhưng mới có khoảng 40 cửa hàng' → no total (no cue).",
]

if __name__ == "__main__":
    write("p1371-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Thanh Hóa")
