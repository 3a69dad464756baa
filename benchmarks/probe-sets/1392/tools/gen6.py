"""p1392-6: national newspaper (VnExpress-like dateline): máy lọc nước RO bán chạy ở vùng mặn Gò Công (Tiền Giang)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 7/3/2024, 09:20 (GMT+7)

Máy lọc nước bán chạy ở vùng mặn Gò Công

Nước máy nhiễm mặn kéo dài, nhiều gia đình ở thị xã Gò Công, tỉnh Tiền Giang bỏ ra 5-8 triệu đồng sắm máy lọc nước RO để có nước uống.

Cửa hàng điện máy của chị Nguyễn Thị Hồng Thắm ở số 126 đường Trương Định, phường 1, thị xã Gò Công, từ đầu tháng 2 đến nay bán hơn 150 máy lọc nước, gấp ba lần cùng kỳ năm ngoái. Loại được mua nhiều nhất có công suất 20-30 lít/giờ, giá khoảng 6,5 triệu đồng. "Có ngày tôi giao tám, chín máy, thợ lắp không kịp", chị Thắm nói.

Theo Công ty Cổ phần Cấp nước Tiền Giang, trong tháng 2, độ mặn trong nước máy ở khu vực Gò Công có lúc lên 1,2 g/l, gấp 4 lần ngưỡng cho phép. Công ty hiện cấp nước cho khoảng 41.000 khách hàng ở phía đông tỉnh, trong đó khoảng 62% là hộ ở khu vực nông thôn.

Ông Trần Văn Lực (52 tuổi, ngụ xã Bình Đông, thị xã Gò Công) cho biết gia đình 5 người mỗi tháng dùng khoảng 450 lít nước uống. Sau khi lắp máy, chi phí điện và thay lõi lọc khoảng 120.000 đồng/tháng, rẻ hơn mua nước bình.

Theo Hiệp hội Nước sạch Việt Nam, mỗi năm cả nước tiêu thụ khoảng 2,5 triệu máy lọc nước, trong đó máy RO chiếm khoảng 80%. Ở Đồng bằng sông Cửu Long, doanh số máy lọc nước quý I thường cao hơn 30-40% so với quý IV năm trước.

Hoài Thanh
"""

FEB = per("từ đầu tháng 2 đến nay", "2024-02-01", "2024-03-07")
M2 = per("trong tháng 2", "2024-02-01", "2024-02-29")
GC = "Gò Công"
VN = "Việt Nam"

FIGS = [
    fig("ra 5-8 triệu", "5", 5e6, "money", "đồng", value_max=8e6,
        subject="tiền sắm máy lọc nước RO", location=GC),
    fig("hơn 150 máy", "150", 150, "count", "máy lọc nước", approx="over",
        change=chg("increase", 3, "lần", "cùng kỳ năm ngoái"), subject="máy lọc nước cửa hàng bán",
        period=FEB, location=GC),
    fig("suất 20-30 lít/giờ", "20", 20, "measure", "lít/giờ", value_max=30,
        subject="công suất loại máy được mua nhiều nhất", location=GC),
    fig("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng", approx="about",
        subject="giá loại máy được mua nhiều nhất", location=GC),
    fig("tám, chín máy", "tám", 8, "count", "máy", value_max=9, location=GC, optional=True),
    fig("lên 1,2 g/l", "1,2", 1.2, "measure", "g/l", change=chg("increase", 4, "lần", "ngưỡng cho phép"),
        subject="độ mặn trong nước máy", period=M2, location=GC),
    fig("khoảng 41.000 khách", "41.000", 41000, "count", "khách hàng", approx="about",
        subject="khách hàng công ty cấp nước"),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about", subject="hộ ở khu vực nông thôn trong số khách hàng"),
    fig("(52 tuổi", "52", 52, "measure", "tuổi", location=GC, optional=True),
    fig("gia đình 5 người", "5", 5, "count", "người", subject="người trong gia đình ông Lực", location=GC),
    fig("khoảng 450 lít", "450", 450, "measure", "lít/tháng", approx="about",
        subject="nước uống gia đình dùng mỗi tháng", location=GC),
    fig("khoảng 120.000", "120.000", 120000, "money", "đồng/tháng", approx="about",
        subject="chi phí điện và thay lõi lọc", location=GC),
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "measure", "máy/năm", approx="about",
        subject="máy lọc nước tiêu thụ mỗi năm", location=VN),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", subject="máy RO trong số máy lọc nước tiêu thụ",
        location=VN),
    fig("hơn 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="doanh số máy lọc nước quý I cao hơn so với quý IV năm trước",
        location="Đồng bằng sông Cửu Long"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 7/3/2024, 09:20 (GMT+7)', sapo, quotes, byline at the end. Default location Tiền Giang.",
    "Distractors: 09:20, GMT+7, 'số 126 đường Trương Định, phường 1', 'quý IV năm trước' as a baseline.",
    "Shop, household and tap-water figures in thị xã Gò Công → location Gò Công; the water company's customers ('phía đông tỉnh') → Tiền Giang.",
    "'gấp ba lần cùng kỳ năm ngoái' and 'gấp 4 lần ngưỡng cho phép' follow an amount → changes in lần.",
    "'từ đầu tháng 2 đến nay' → 2024-02-01..dateline; 'trong tháng 2' → February 2024 (leap year, ends 29).",
    "'tám, chín máy' in a quote and the age '(52 tuổi' are optional. 'gia đình 5 người' is a count.",
    "'mỗi tháng ... khoảng 450 lít', 'mỗi năm ... khoảng 2,5 triệu máy' are rates (lít/tháng, máy/năm).",
    "'trong đó máy RO chiếm khoảng 80%', 'trong đó khoảng 62% là hộ ...' → percent figures of their own.",
    "'doanh số ... quý I thường cao hơn 30-40% so với quý IV năm trước' is a habitual growth rate as the claim: percent, no change;",
    "'cao hơn 30-40%': 'hơn' belongs to the comparative 'cao hơn', so approx stays exact.",
    "'quý I thường' names no particular year, so the gold gives no period (not scored). Region → 'Đồng bằng sông Cửu Long'.",
]

if __name__ == "__main__":
    write("p1392-6", TEXT, NOTES, FIGS, published="2024-03-07", location="Tiền Giang")
