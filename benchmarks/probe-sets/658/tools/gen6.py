"""p658-6: national press (VnExpress style), ASF resurgence and slow vaccination, September 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Nông nghiệp

Thứ tư, 11/9/2024, 06:30 (GMT+7)

Dịch tả lợn châu Phi bùng phát tại 35 tỉnh, thành

Hơn 41.000 con lợn bị tiêu hủy từ đầu năm, trong khi lượng vắc xin đã tiêm mới tương đương chưa đến 5% tổng đàn.

Theo Cục Thú y, từ đầu năm đến ngày 10/9, cả nước ghi nhận 617 ổ dịch tả lợn châu Phi tại 35 tỉnh, thành phố, số lợn buộc tiêu hủy hơn 41.300 con, tăng 1,8 lần so với cùng kỳ năm ngoái. Riêng tháng 8 phát sinh 196 ổ dịch mới, tăng 84% so với tháng 7.

Các địa phương có số lợn tiêu hủy lớn là Hải Dương hơn 5.200 con, Bình Phước 4.100 con, Hà Tĩnh 3.650 con. Tại Hải Dương, tỉnh đã chi hơn 9 tỷ đồng hỗ trợ người chăn nuôi.

Ông Nguyễn Văn Long, Cục trưởng Cục Thú y, cho biết từ đầu năm đến nay các địa phương mới tiêm khoảng 1,4 triệu liều vắc xin dịch tả lợn châu Phi, trong khi tổng đàn lợn cả nước khoảng 30 triệu con. Hiện thị trường có các vắc xin NAVET-ASFVAC, AVAC ASF LIVE và Dabaco ASF-1.

Giá vắc xin hiện từ 48.000 đến 55.000 đồng/liều, trong khi giá lợn hơi đang ở mức 64.000-67.000 đồng/kg. Nhiều hộ chăn nuôi cho rằng mức hỗ trợ khi tiêu hủy 38.000 đồng/kg là quá thấp nên chậm báo dịch.

Cục Thú y đặt mục tiêu đến năm 2025 tiêm phòng cho ít nhất 70% đàn lợn nái và lợn đực giống, đồng thời đề nghị các tỉnh dành tối thiểu 20% kinh phí phòng, chống dịch để mua vắc xin.

Gia Chính
"""

SINCE = P("từ đầu năm đến ngày 10/9", "2024-01-01", "2024-09-10")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("tại 35 tỉnh, thành\n", "35", 35, "count", "tỉnh, thành", "tỉnh, thành có dịch tả lợn châu Phi bùng phát"),
    F("Hơn 41.000 con", "41.000", 41000, "count", "con lợn", "lợn bị tiêu hủy",
      P("từ đầu năm", "2024-01-01", "2024-09-11"), approx="over"),
    F("chưa đến 5%", "5", 5, "percent", "%", "lượng vắc xin đã tiêm so với tổng đàn", approx="under"),
    F("nhận 617 ổ dịch", "617", 617, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", SINCE),
    F("tại 35 tỉnh, thành phố", "35", 35, "count", "tỉnh, thành phố", "tỉnh, thành phố có dịch tả lợn châu Phi", SINCE),
    F("hơn 41.300 con", "41.300", 41300, "count", "con", "số lợn buộc tiêu hủy", SINCE, approx="over",
      change=CH("increase", 1.8, "lần", baseline="cùng kỳ năm ngoái")),
    F("sinh 196 ổ dịch", "196", 196, "count", "ổ dịch", "ổ dịch mới", P("tháng 8", "2024-08-01", "2024-08-31"),
      change=CH("increase", 84, baseline="tháng 7")),
    F("Hải Dương hơn 5.200 con", "5.200", 5200, "count", "con", "số lợn tiêu hủy", approx="over", location="Hải Dương"),
    F("Bình Phước 4.100 con", "4.100", 4100, "count", "con", "số lợn tiêu hủy", location="Bình Phước"),
    F("Hà Tĩnh 3.650 con", "3.650", 3650, "count", "con", "số lợn tiêu hủy", location="Hà Tĩnh"),
    F("hơn 9 tỷ đồng", "9", 9000000000, "money", "đồng", "kinh phí hỗ trợ người chăn nuôi", approx="over",
      location="Hải Dương"),
    F("khoảng 1,4 triệu liều", "1,4", 1400000, "count", "liều", "liều vắc xin dịch tả lợn châu Phi đã tiêm",
      P("từ đầu năm đến nay", "2024-01-01", "2024-09-11"), approx="about"),
    F("khoảng 30 triệu con", "30", 30000000, "count", "con", "tổng đàn lợn cả nước", approx="about"),
    F("từ 48.000 đến 55.000", "48.000", 48000, "money", "đồng/liều", "Giá vắc xin", value_max=55000),
    F("64.000-67.000", "64.000", 64000, "money", "đồng/kg", "giá lợn hơi", value_max=67000),
    F("hủy 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "mức hỗ trợ khi tiêu hủy"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cho đàn lợn nái và lợn đực giống", T25,
      approx="at_least", status="target"),
    F("tối thiểu 20%", "20", 20, "percent", "%", "tỷ lệ kinh phí phòng, chống dịch dành để mua vắc xin", I(T25),
      approx="at_least", status="target"),
]

COMMENTS = [
    "National press (invented, VnExpress style): ASF resurgence and slow vaccination, 'Thứ tư, 11/9/2024, 06:30 (GMT+7)', byline at the end.",
    "Headline '35 tỉnh, thành' and sapo figures are figures of their own; the sapo's 'từ đầu năm' runs to the dateline.",
    "Not figures: (GMT+7), 'ASF-1' in the vaccine name 'Dabaco ASF-1', NAVET-ASFVAC, the dateline.",
    "Provinces in the list are locations (no cue to a whole, no total). 'Tại Hải Dương' makes the 9 tỷ figure Hải Dương's.",
    "'đặt mục tiêu đến năm 2025 … đồng thời đề nghị … tối thiểu 20%': the target cue continues into the 'đồng thời' clause.",
    "'tổng đàn lợn cả nước khoảng 30 triệu con' is a stock (no period).",
]

if __name__ == "__main__":
    emit("p658-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="Việt Nam")
