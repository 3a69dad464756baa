"""p1506-4: ministry site (Bộ Công Thương): national household cleaning products market."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Thị trường trong nước

Thị trường chất tẩy rửa gia dụng: doanh nghiệp nội chiếm gần 40% thị phần

Ngày đăng: 24/10/2024 10:15 | Nguồn: Vụ Thị trường trong nước

Theo số liệu tổng hợp của Bộ Công Thương, năm 2023 quy mô thị trường chất tẩy rửa gia dụng (bột giặt, nước giặt, nước rửa chén, nước lau sàn, nước tẩy rửa nhà vệ sinh) của Việt Nam ước đạt khoảng 2,1 tỷ USD, tăng 6,5% so với năm 2022. Việt Nam đứng thứ 4 khu vực Đông Nam Á về quy mô thị trường, sau Indonesia, Thái Lan và Philippines.

Cả nước hiện có khoảng 420 doanh nghiệp sản xuất chất tẩy rửa, tập trung chủ yếu tại TP Hồ Chí Minh (126 doanh nghiệp), Bình Dương (84 doanh nghiệp), Đồng Nai (57 doanh nghiệp) và Hà Nội (49 doanh nghiệp). Tổng công suất thiết kế toàn ngành trên 1,6 triệu tấn/năm, nhưng hiệu suất sử dụng bình quân chỉ khoảng 65%.

Các doanh nghiệp có vốn đầu tư nước ngoài hiện nắm giữ khoảng 60% thị phần, doanh nghiệp trong nước chiếm gần 40%. Riêng ở phân khúc nước rửa chén, ba thương hiệu dẫn đầu chiếm tới 72% doanh số.

Kim ngạch xuất khẩu chất tẩy rửa 9 tháng năm 2024 đạt 412 triệu USD, tăng 11,2% so với cùng kỳ; trong đó xuất sang Campuchia 96 triệu USD, Philippines 58 triệu USD. Nhập khẩu nguyên liệu chất hoạt động bề mặt (LAS, SLES) ước khoảng 315 nghìn tấn, trị giá 410 triệu USD.

Theo khảo sát, bình quân mỗi hộ gia đình thành thị chi khoảng 1,2 triệu đồng/năm cho các sản phẩm tẩy rửa, cao gấp 1,8 lần hộ nông thôn.

Bộ Công Thương đặt mục tiêu đến năm 2030 tỷ lệ sản phẩm tẩy rửa sản xuất trong nước đạt tiêu chuẩn thân thiện môi trường đạt ít nhất 50%, kim ngạch xuất khẩu đạt 1 tỷ USD.

Bản in | Gửi email
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
DN = "doanh nghiệp sản xuất chất tẩy rửa"

FIGS = [
    fig("chiếm gần 40% thị phần", "40", 40, "percent", "%", approx="nearly", subject="thị phần doanh nghiệp nội"),
    fig("khoảng 2,1 tỷ", "2,1", 2.1e9, "money", "USD", approx="about", status="estimate",
        change=chg("increase", 6.5, "%", "năm 2022"),
        subject="quy mô thị trường chất tẩy rửa gia dụng", period=Y23),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="quy mô thị trường", period=inh(Y23)),
    fig("khoảng 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", approx="about", subject=DN),
    fig("(126 doanh nghiệp)", "126", 126, "count", "doanh nghiệp", subject=DN, location="TP Hồ Chí Minh"),
    fig("(84 doanh nghiệp)", "84", 84, "count", "doanh nghiệp", subject=DN, location="Bình Dương"),
    fig("(57 doanh nghiệp)", "57", 57, "count", "doanh nghiệp", subject=DN, location="Đồng Nai"),
    fig("(49 doanh nghiệp)", "49", 49, "count", "doanh nghiệp", subject=DN, location="Hà Nội"),
    fig("trên 1,6 triệu", "1,6", 1.6e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất thiết kế toàn ngành"),
    fig("chỉ khoảng 65%", "65", 65, "percent", "%", approx="about", subject="hiệu suất sử dụng bình quân"),
    fig("khoảng 60% thị phần", "60", 60, "percent", "%", approx="about",
        subject="thị phần các doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("trong nước chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="thị phần doanh nghiệp trong nước"),
    fig("ba thương hiệu dẫn đầu", "ba", 3, "count", "thương hiệu", subject="thương hiệu dẫn đầu phân khúc nước rửa chén",
        optional=True),
    fig("tới 72% doanh số", "72", 72, "percent", "%",
        subject="doanh số phân khúc nước rửa chén của ba thương hiệu dẫn đầu"),
    fig("đạt 412 triệu", "412", 412e6, "money", "USD", change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu chất tẩy rửa", period=NINE),
    fig("Campuchia 96 triệu", "96", 96e6, "money", "USD", total=412e6,
        subject="kim ngạch xuất khẩu chất tẩy rửa sang Campuchia", period=NINE),
    fig("Philippines 58 triệu", "58", 58e6, "money", "USD", total=412e6,
        subject="kim ngạch xuất khẩu chất tẩy rửa sang Philippines", period=NINE),
    fig("ước khoảng 315 nghìn", "315", 315000, "measure", "tấn", approx="about", status="estimate",
        subject="nhập khẩu nguyên liệu chất hoạt động bề mặt", period=inh(NINE)),
    fig("trị giá 410 triệu", "410", 410e6, "money", "USD", status="estimate",
        subject="trị giá nhập khẩu nguyên liệu chất hoạt động bề mặt", period=inh(NINE)),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/năm", approx="about",
        change=chg("increase", 1.8, "lần", "hộ nông thôn"),
        subject="chi tiêu bình quân mỗi hộ gia đình thành thị cho các sản phẩm tẩy rửa"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sản phẩm tẩy rửa sản xuất trong nước đạt tiêu chuẩn thân thiện môi trường", period=T30),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national market for household cleaning products; 'Ngày đăng: 24/10/2024 10:15', address and phone footer.",
    "Distractors: 10:15, '54 Hai Bà Trưng', phone 024.2220.2108, 'năm 2022' (baseline).",
    "National figures: location Việt Nam. The province list after 'tập trung chủ yếu tại' is a list of counts sharing the indicator,",
    "each located in its province; the list does not add up to 420 and has no part-of cue, so no total.",
    "'hiệu suất sử dụng bình quân chỉ khoảng 65%' is a percent figure of its own (own subject, no đạt/chiếm after the capacity).",
    "'doanh nghiệp trong nước chiếm gần 40%' after another percent: a figure of its own. 'ba thương hiệu dẫn đầu' names the group (optional).",
    "'trong đó xuất sang Campuchia 96 triệu USD, Philippines 58 triệu USD' → total 412 triệu; trade partners are not places.",
    "'cao gấp 1,8 lần hộ nông thôn' after the spending figure is a change (increase, 1,8 lần). Unit 'đồng/năm' as written.",
    "'đứng thứ 4 khu vực Đông Nam Á' is a rank of Việt Nam; 'mục tiêu đến năm 2030' → target, start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1506-4", TEXT, NOTES, FIGS, published="2024-10-24", location="Việt Nam")
