"""p1333-1: province portal (Quảng Ngãi): Thư viện tỉnh, 9 months 2024, readers, circulation, mobile library."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thư viện tỉnh phục vụ gần 180 nghìn lượt bạn đọc trong 9 tháng

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.386

Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng đầu năm 2024, Thư viện tỉnh Quảng Ngãi đã phục vụ 178.450 lượt bạn đọc, tăng 12,4% so với cùng kỳ năm 2023, bằng 81,1% kế hoạch năm; luân chuyển 412.600 lượt sách, báo. Trong đó, bạn đọc là học sinh, sinh viên chiếm 63%.

Thư viện đã cấp mới 2.140 thẻ bạn đọc, nâng tổng số thẻ còn hiệu lực lên hơn 9.600 thẻ. Kho sách được bổ sung 3.820 bản sách với 1.275 tên sách mới, kinh phí khoảng 420 triệu đồng; tổng vốn tài liệu hiện đạt 286.000 bản.

Xe thư viện lưu động đã thực hiện 46 chuyến phục vụ tại các huyện miền núi Ba Tơ, Sơn Tây, Trà Bồng, mang theo từ 2.500 đến 3.000 cuốn sách/chuyến. Riêng tại huyện Ba Tơ, xe đã đến 11 trường tiểu học và trung học cơ sở, phục vụ gần 6.800 lượt học sinh.

Từ đầu năm đến nay, thư viện tổ chức 14 cuộc trưng bày, giới thiệu sách nhân các ngày lễ lớn với khoảng 3.500 lượt người xem; hướng dẫn nghiệp vụ cho 32 thư viện trường học và 18 tủ sách cơ sở.

Theo kế hoạch, cả năm 2024 thư viện phải phục vụ 220.000 lượt bạn đọc. Quý IV, đơn vị phấn đấu luân chuyển thêm ít nhất 150.000 lượt sách, báo và tiếp tục thực hiện Đề án phát triển văn hóa đọc trong cộng đồng theo Quyết định số 329/QĐ-TTg của Thủ tướng Chính phủ.

Tin liên quan:
- Khai mạc Hội sách tỉnh Quảng Ngãi lần thứ 3
- Thư viện tỉnh (146 Hùng Vương, TP Quảng Ngãi) mở cửa cả thứ Bảy, Chủ nhật
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
BT = "Ba Tơ"

FIGS = [
    fig("gần 180 nghìn", "180", 180000, "count", "lượt bạn đọc", approx="nearly",
        subject="lượt bạn đọc Thư viện tỉnh phục vụ", period=NINE_H),
    fig("phục vụ 178.450 lượt", "178.450", 178450, "count", "lượt bạn đọc", percent=81.1,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="lượt bạn đọc Thư viện tỉnh Quảng Ngãi phục vụ", period=NINE),
    fig("luân chuyển 412.600 lượt", "412.600", 412600, "count", "lượt sách, báo",
        subject="lượt sách, báo luân chuyển", period=NINE),
    fig("chiếm 63%", "63", 63, "percent", "%",
        subject="bạn đọc là học sinh, sinh viên", period=inh(NINE)),
    fig("cấp mới 2.140 thẻ", "2.140", 2140, "count", "thẻ bạn đọc",
        subject="thẻ bạn đọc cấp mới", period=inh(NINE)),
    fig("hơn 9.600 thẻ", "9.600", 9600, "count", "thẻ", approx="over",
        subject="tổng số thẻ còn hiệu lực"),
    fig("bổ sung 3.820 bản", "3.820", 3820, "count", "bản sách",
        subject="bản sách bổ sung cho kho sách", period=inh(NINE)),
    fig("với 1.275 tên", "1.275", 1275, "count", "tên sách",
        subject="tên sách mới bổ sung", period=inh(NINE)),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", approx="about",
        subject="kinh phí bổ sung sách", period=inh(NINE)),
    fig("đạt 286.000 bản", "286.000", 286000, "count", "bản",
        subject="tổng vốn tài liệu"),
    fig("thực hiện 46 chuyến", "46", 46, "count", "chuyến",
        subject="chuyến xe thư viện lưu động phục vụ", period=inh(NINE)),
    fig("từ 2.500 đến 3.000", "2.500", 2500, "measure", "cuốn sách/chuyến", value_max=3000,
        subject="sách xe thư viện lưu động mang theo mỗi chuyến"),
    fig("đến 11 trường", "11", 11, "count", "trường",
        subject="trường tiểu học và trung học cơ sở xe thư viện lưu động đã đến", location=BT,
        period=inh(NINE)),
    fig("gần 6.800 lượt", "6.800", 6800, "count", "lượt học sinh", approx="nearly",
        subject="lượt học sinh được xe thư viện lưu động phục vụ", location=BT, period=inh(NINE)),
    fig("tổ chức 14 cuộc", "14", 14, "count", "cuộc trưng bày",
        subject="cuộc trưng bày, giới thiệu sách", period=YTD),
    fig("khoảng 3.500 lượt", "3.500", 3500, "count", "lượt người xem", approx="about",
        subject="lượt người xem trưng bày, giới thiệu sách", period=YTD),
    fig("cho 32 thư viện", "32", 32, "count", "thư viện trường học",
        subject="thư viện trường học được hướng dẫn nghiệp vụ", period=YTD),
    fig("và 18 tủ sách", "18", 18, "count", "tủ sách cơ sở",
        subject="tủ sách cơ sở được hướng dẫn nghiệp vụ", period=YTD),
    fig("phục vụ 220.000 lượt", "220.000", 220000, "count", "lượt bạn đọc", status="target",
        subject="lượt bạn đọc thư viện phải phục vụ theo kế hoạch", period=YEAR),
    fig("ít nhất 150.000 lượt", "150.000", 150000, "count", "lượt sách, báo", approx="at_least",
        status="target", subject="lượt sách, báo luân chuyển thêm", period=Q4),
]

NOTES = [
    "Province portal (Quảng Ngãi): Thư viện tỉnh, 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.386', related links.",
    "Distractors: 15:10, 'Lượt xem: 1.386', 'Quyết định số 329/QĐ-TTg', 'lần thứ 3', '146 Hùng Vương'.",
    "Headline 'gần 180 nghìn lượt bạn đọc trong 9 tháng': its own figure (nearly, ×10^3); year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 81,1% kế hoạch năm' is the percent attribute of 178.450 (share after 'bằng'); the change is 'tăng 12,4% so với cùng kỳ năm 2023'.",
    "'Trong đó, bạn đọc là học sinh, sinh viên chiếm 63%' is a percent figure of its own (no base amount after it).",
    "'từ 2.500 đến 3.000 cuốn sách/chuyến' is a rate (measure, unit keeps '/chuyến'), range.",
    "Ba Tơ passage ('Riêng tại huyện Ba Tơ'): location Ba Tơ; the 46 trips over three districts stay with the province.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-07; 'Theo kế hoạch, cả năm 2024 ... phải phục vụ 220.000' is a target;",
    "'Quý IV ... phấn đấu ... ít nhất 150.000' target, at_least, Q4 2024.",
    "revised after the first run: subject of '46 chuyến' lost 'tại các huyện miền núi' (a place phrase: places go to location, not subject).",
]

if __name__ == "__main__":
    write("p1333-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Ngãi")
