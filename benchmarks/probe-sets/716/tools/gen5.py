#!/usr/bin/env python3
"""p716-5: Báo Cần Thơ (Party newspaper) — Cần Thơ waste-to-energy plant, year 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """Nhà máy đốt rác phát điện Cần Thơ: năm 2023 xử lý hơn 146.000 tấn rác

Năm 2023, Nhà máy đốt rác phát điện Cần Thơ tiếp nhận và xử lý 146.350 tấn chất thải rắn sinh hoạt (CTRSH), tăng 6,2% so với năm 2022; bình quân mỗi ngày nhà máy đốt 401 tấn. Cũng trong năm 2023, lượng điện phát lên lưới điện quốc gia đạt 52,6 triệu kWh, doanh thu bán điện khoảng 110 tỷ đồng.

Hiện nhà máy tiếp nhận rác của 9/9 quận, huyện, xử lý khoảng 68% lượng CTRSH phát sinh trên địa bàn thành phố; phần còn lại khoảng 190 tấn/ngày vẫn phải chôn lấp tại các bãi rác tạm. Với kết quả này, Cần Thơ xếp thứ 2 khu vực Đồng bằng sông Cửu Long về tỷ lệ CTRSH đô thị được xử lý bằng công nghệ đốt.

Tro xỉ sau đốt khoảng 18.000 tấn được tái sử dụng làm gạch không nung, sản xuất hơn 3,5 triệu viên gạch cung cấp cho các công trình trên địa bàn. Theo ông Trần Văn Hùng, Giám đốc nhà máy, giá bán điện theo hợp đồng là 2.114 đồng/kWh; chi phí xử lý thành phố chi trả cho nhà máy là 250.000 đồng/tấn rác, thấp hơn khoảng 15% so với mức trần của Bộ Xây dựng.

Nhà máy có tổng vốn đầu tư hơn 1.300 tỷ đồng, khởi công từ năm 2015, vận hành từ tháng 3/2018 với 2 lò đốt, sử dụng công nghệ đốt ghi lò nhập khẩu từ Nhật Bản. Khí thải được quan trắc tự động, truyền số liệu liên tục về Sở Tài nguyên và Môi trường.

Năm 2024, thành phố phấn đấu nâng công suất xử lý của nhà máy lên 600 tấn/ngày, đồng thời đạt tỷ lệ phân loại rác tại nguồn 40% ở 5 quận nội thành.

MINH HUYỀN
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 146.000 tấn", "146.000", 146000, "measure", "tấn", approx="over",
      subject="rác xử lý", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xử lý 146.350 tấn", "146.350", 146350, "measure", "tấn",
      change=CH("increase", 6.2, baseline="năm 2022"),
      subject="chất thải rắn sinh hoạt (CTRSH) tiếp nhận và xử lý", period=Y23),
    F("đốt 401 tấn", "401", 401, "measure", "tấn", subject="rác đốt bình quân mỗi ngày", period=Y23),
    F("52,6 triệu kWh", "52,6", 52_600_000, "measure", "kWh", subject="lượng điện phát lên lưới điện quốc gia",
      period=P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 110 tỷ đồng", "110", 110_000_000_000, "money", "đồng", approx="about",
      subject="doanh thu bán điện", period=P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("9/9 quận", "9", 9, "count", "quận, huyện", total=9, subject="quận, huyện có rác được nhà máy tiếp nhận"),
    F("khoảng 68%", "68", 68, "percent", "%", approx="about",
      subject="lượng CTRSH phát sinh trên địa bàn thành phố được nhà máy xử lý"),
    F("khoảng 190 tấn/ngày", "190", 190, "measure", "tấn/ngày", approx="about",
      subject="CTRSH còn phải chôn lấp tại các bãi rác tạm"),
    F("xếp thứ 2", "2", 2, "rank", "hạng",
      subject="tỷ lệ CTRSH đô thị được xử lý bằng công nghệ đốt khu vực Đồng bằng sông Cửu Long"),
    F("khoảng 18.000 tấn", "18.000", 18000, "measure", "tấn", approx="about",
      subject="tro xỉ sau đốt được tái sử dụng làm gạch không nung"),
    F("hơn 3,5 triệu viên", "3,5", 3_500_000, "count", "viên gạch", approx="over",
      subject="gạch không nung sản xuất từ tro xỉ"),
    F("2.114 đồng/kWh", "2.114", 2114, "money", "đồng/kWh", subject="giá bán điện theo hợp đồng"),
    F("250.000 đồng/tấn", "250.000", 250000, "money", "đồng/tấn",
      change=CH("decrease", 15, approx="about", baseline="mức trần của Bộ Xây dựng"),
      subject="chi phí xử lý thành phố chi trả cho nhà máy"),
    F("hơn 1.300 tỷ đồng", "1.300", 1_300_000_000_000, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư nhà máy"),
    F("với 2 lò đốt", "2", 2, "count", "lò đốt", subject="lò đốt của nhà máy"),
    F("lên 600 tấn/ngày", "600", 600, "measure", "tấn/ngày", status="target",
      subject="công suất xử lý của nhà máy", period=Y24),
    F("nguồn 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ phân loại rác tại nguồn ở 5 quận nội thành", period=Y24),
    F("ở 5 quận", "5", 5, "count", "quận", status="target", subject="quận nội thành", period=Y24, optional=True),
]

COMMENTS = [
    "Báo Cần Thơ (Party paper): nhà máy đốt rác phát điện Cần Thơ năm 2023. Byline 'MINH HUYỀN' and bare date '15/01/2024' at the end → published.",
    "'khởi công từ năm 2015', 'tháng 3/2018' are dates; 'Bộ Xây dựng', 'Nhật Bản' (technology origin) are no places of a figure.",
    "'9/9 quận, huyện' is a count with total 9. '(thấp hơn khoảng 15% so với mức trần)' is the change of 250.000 đồng/tấn (gap to a cap, approx about).",
    "'Hiện' sentences and the ash/price sentences have no period. 'Năm 2024 … phấn đấu' → target, continuing through 'đồng thời'.",
    "'ở 5 quận nội thành' names the scope of the 40% target (optional). All figures are the city's: location Cần Thơ.",
]

if __name__ == "__main__":
    emit("p716-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Cần Thơ")
