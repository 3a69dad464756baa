"""p1439-7: news agency (TTXVN / VietnamPlus style): national review of certification and translation collaborators."""
from lib import fig, per, inh, chg, write

TEXT = """VIETNAMPLUS
Xã hội | Pháp luật

Bộ Tư pháp đề xuất số hóa việc chứng thực bản dịch

Hà Nội (TTXVN) 21/11/2023 17:05

Ngày 21/11, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị sơ kết 3 năm triển khai chứng thực bản sao điện tử và quản lý cộng tác viên dịch thuật.

Theo báo cáo, từ năm 2021 đến nay, các cơ quan, tổ chức trên cả nước đã chứng thực hơn 78 triệu bản sao và gần 2,9 triệu việc chứng thực chữ ký người dịch; tổng lệ phí thu được ước khoảng 1.150 tỷ đồng. Hiện nay 63/63 tỉnh, thành phố đã triển khai chứng thực bản sao điện tử, song số bản sao điện tử mới chiếm 6,8% tổng số bản sao được chứng thực.

Cả nước hiện có 4.126 cộng tác viên dịch thuật, tăng 612 người so với cuối năm 2020. TP Hồ Chí Minh dẫn đầu với 498 người, tiếp đến là Hà Nội 421 người; Thanh Hóa xếp thứ ba với 152 người. Tuy nhiên, 11 tỉnh chưa có cộng tác viên tiếng Hàn dù số lao động đi Hàn Quốc lớn.

Phát biểu tại hội nghị, Thứ trưởng Bộ Tư pháp Phan Quốc Dũng yêu cầu các địa phương phấn đấu đến năm 2025 có ít nhất 30% bản sao được chứng thực điện tử, đồng thời rà soát, đánh giá lại 100% cộng tác viên dịch thuật trước ngày 30/6/2024. Bộ dự kiến trình Chính phủ nghị định sửa đổi Nghị định số 23/2015/NĐ-CP trong quý II/2024, trong đó quy định mỗi cộng tác viên chỉ được ký hợp đồng với tối đa ba phòng tư pháp.

Tin cùng chuyên mục:
- Đề án 06: Hà Nội đẩy mạnh cấp phiếu lý lịch tư pháp qua VNeID
- Hướng dẫn chứng thực chữ ký người dịch

Thông tấn xã Việt Nam - 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2023-11-21")
T25 = per("đến năm 2025", None, "2025-12-31")
BY = per("trước ngày 30/6/2024", None, "2024-06-30")
VN = "Việt Nam"

FIGS = [
    fig("hơn 78 triệu", "78", 78e6, "count", "bản sao", approx="over",
        subject="bản sao được chứng thực", period=SINCE),
    fig("gần 2,9 triệu", "2,9", 2.9e6, "count", "việc", approx="nearly",
        subject="việc chứng thực chữ ký người dịch", period=SINCE),
    fig("ước khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng lệ phí thu được", period=SINCE),
    fig("nay 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã triển khai chứng thực bản sao điện tử"),
    fig("chiếm 6,8%", "6,8", 6.8, "percent", "%",
        subject="bản sao điện tử trong tổng số bản sao được chứng thực"),
    fig("có 4.126 cộng tác viên", "4.126", 4126, "count", "cộng tác viên",
        change=chg("increase", 612, "người", "cuối năm 2020"), subject="cộng tác viên dịch thuật"),
    fig("với 498 người", "498", 498, "count", "người", subject="cộng tác viên dịch thuật",
        location="TP Hồ Chí Minh"),
    fig("Hà Nội 421 người", "421", 421, "count", "người", subject="cộng tác viên dịch thuật",
        location="Hà Nội"),
    fig("thứ ba với", "ba", 3, "rank", "hạng", subject="cộng tác viên dịch thuật", location="Thanh Hóa"),
    fig("với 152 người", "152", 152, "count", "người", subject="cộng tác viên dịch thuật",
        location="Thanh Hóa"),
    fig("11 tỉnh chưa", "11", 11, "count", "tỉnh", subject="tỉnh chưa có cộng tác viên tiếng Hàn"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="bản sao được chứng thực điện tử", period=T25),
    fig("lại 100% cộng tác viên", "100", 100, "percent", "%", status="target",
        subject="cộng tác viên dịch thuật được rà soát, đánh giá lại", period=BY),
    fig("tối đa ba phòng", "ba", 3, "count", "phòng tư pháp", approx="at_most", status="forecast",
        subject="phòng tư pháp mỗi cộng tác viên được ký hợp đồng"),
]

NOTES = [
    "News agency (VietnamPlus / TTXVN): section menu, 'Hà Nội (TTXVN) 21/11/2023 17:05', related links, footer address.",
    "'Hội nghị sơ kết 3 năm' names the event (like 'cao điểm 90 ngày'): not a figure. All figures are national (Việt Nam) unless a",
    "province is named as a list item (TP HCM 498, Hà Nội 421, Thanh Hóa rank 3 and 152): that place is the location.",
    "'từ năm 2021 đến nay' → 2021-01-01 .. published (2023-11-21). 'ước khoảng' → estimate + about. 'Hiện nay' gives no period.",
    "'63/63 tỉnh, thành phố' → total 63. 'mới chiếm 6,8% tổng số bản sao' has no amount of its own: a percent figure.",
    "'tăng 612 người so với cuối năm 2020' → change in người. '11 tỉnh' is a count of provinces → Việt Nam.",
    "'phấn đấu đến năm 2025 … ít nhất 30% …, đồng thời … 100% … trước ngày 30/6/2024' → both target; the deadline is an end date.",
    "'dự kiến trình … trong đó quy định … tối đa ba phòng tư pháp' → forecast (the draft's rule), approx at_most, no period",
    "('quý II/2024' dates the submission, not the rule).",
    "Distractors: Nghị định số 23/2015/NĐ-CP, 'quý II/2024', '17:05', '21/11', 'Đề án 06' in a related link, '5 Lý Thường Kiệt'.",
]

if __name__ == "__main__":
    write("p1439-7", TEXT, NOTES, FIGS, published="2023-11-21", location="Việt Nam")
