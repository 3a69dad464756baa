"""p1133-8: provincial newspaper online (Báo Bắc Ninh, '(BNO) -'): electric ride-hailing, trips, a driver in Từ Sơn, accidents, tax."""
from lib import F, P, I, C, write

TEXT = """Báo Bắc Ninh điện tử
Kinh tế > Giao thông
08/07/2024 16:20

Taxi điện công nghệ chiếm hơn 30% thị phần

(BNO) - 6 tháng đầu năm, các hãng xe công nghệ trên địa bàn tỉnh thực hiện khoảng 2,4 triệu chuyến xe, tăng 35% so với cùng kỳ năm 2023. Trong đó, xe điện thực hiện 760.000 chuyến, chiếm 31,7%.

Hiện toàn tỉnh có 1.752 ô tô và 3.916 xe máy hoạt động qua các ứng dụng gọi xe, tập trung chủ yếu ở TP Bắc Ninh, TP Từ Sơn và các khu công nghiệp. Riêng hãng taxi điện Xanh SM có 420 ô tô điện và 1.150 xe máy điện.

Chị Nguyễn Thị Hằng (phường Đồng Nguyên, TP Từ Sơn) chuyển sang chạy xe máy điện cho Xanh SM từ đầu năm. Chị cho biết mỗi ngày chạy khoảng 22 chuyến, chủ yếu đưa đón công nhân ca sáng và ca chiều, thu nhập 10-12 triệu đồng/tháng. Theo chị Hằng, chi phí sạc điện chỉ khoảng 15.000 đồng/ngày, thấp hơn nhiều so với tiền xăng trước đây.

Theo Công an tỉnh, 6 tháng đầu năm trên địa bàn xảy ra 9 vụ tai nạn giao thông liên quan đến xe công nghệ, làm chết 3 người, bị thương 8 người. Cục Thuế tỉnh cho biết, các nền tảng đã nộp thay cho tài xế 6,3 tỷ đồng tiền thuế, đạt 57,3% kế hoạch năm.

Dự kiến đến cuối năm 2024, số ô tô điện công nghệ trên địa bàn tỉnh đạt khoảng 800 xe. Tỉnh phấn đấu đến năm 2030 có 50% xe taxi, xe công nghệ sử dụng năng lượng xanh, góp phần giảm phát thải tại các đô thị trên tuyến Quốc lộ 1A và Quốc lộ 18.

Thanh Hương
"""

H6a = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TS = "Từ Sơn"

FIGS = [
    F("hơn 30%", "30", 30, "percent", "%", approx="over", subject="thị phần taxi điện công nghệ"),
    F("khoảng 2,4 triệu", "2,4", 2400000, "count", "chuyến xe", approx="about",
      change=C("increase", 35, "%", "cùng kỳ năm 2023"),
      subject="chuyến xe các hãng xe công nghệ thực hiện", period=H6a),
    F("thực hiện 760.000 chuyến", "760.000", 760000, "count", "chuyến", total=2400000, percent=31.7,
      subject="chuyến xe điện công nghệ thực hiện", period=I(H6a)),
    F("có 1.752 ô tô", "1.752", 1752, "count", "ô tô", subject="ô tô hoạt động qua các ứng dụng gọi xe"),
    F("và 3.916 xe máy", "3.916", 3916, "count", "xe máy", subject="xe máy hoạt động qua các ứng dụng gọi xe"),
    F("có 420 ô tô", "420", 420, "count", "ô tô điện", subject="ô tô điện của hãng taxi điện Xanh SM"),
    F("và 1.150 xe máy", "1.150", 1150, "count", "xe máy điện", subject="xe máy điện của hãng taxi điện Xanh SM"),
    F("khoảng 22 chuyến", "22", 22, "measure", "chuyến/ngày", approx="about",
      subject="chuyến xe chị Hằng chạy mỗi ngày", location=TS),
    F("10-12 triệu", "10", 10000000, "money", "đồng/tháng", value_max=12000000,
      subject="thu nhập của chị Hằng", location=TS),
    F("khoảng 15.000 đồng/ngày", "15.000", 15000, "money", "đồng/ngày", approx="about",
      subject="chi phí sạc điện", location=TS),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", subject="vụ tai nạn giao thông liên quan đến xe công nghệ",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("làm chết 3 người", "3", 3, "count", "người",
      subject="người chết do tai nạn giao thông liên quan đến xe công nghệ",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("bị thương 8 người", "8", 8, "count", "người",
      subject="người bị thương do tai nạn giao thông liên quan đến xe công nghệ",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tài xế 6,3 tỷ", "6,3", 6300000000, "money", "đồng", percent=57.3,
      subject="tiền thuế các nền tảng nộp thay cho tài xế", period=I(H6a)),
    F("khoảng 800 xe", "800", 800, "count", "xe", approx="about", status="forecast",
      subject="ô tô điện công nghệ trên địa bàn tỉnh", period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("có 50% xe", "50", 50, "percent", "%", status="target",
      subject="xe taxi, xe công nghệ sử dụng năng lượng xanh", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): '08/07/2024 16:20' (published), tag '(BNO) -'. The text says only 'tỉnh': the tag and",
    "TP Bắc Ninh / TP Từ Sơn imply Bắc Ninh. The driver passage is in TP Từ Sơn (location carried).",
    "'6 tháng đầu năm' takes 2024 from the dateline; the tax sentence after the accident sentence inherits it.",
    "'Riêng hãng ... Xanh SM có 420 ô tô điện' is no total cue (Riêng is not trong đó/gồm): no total.",
    "Distractors: time 16:20, 'ca sáng và ca chiều', 'Quốc lộ 1A', 'Quốc lộ 18', 'từ đầu năm' (a start date of a person's job).",
]

if __name__ == "__main__":
    write("p1133-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Ninh")
