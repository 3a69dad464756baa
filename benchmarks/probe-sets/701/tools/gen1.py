"""p701-1: Nghệ An province portal — civil registration results, first six months of 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Hoạt động sở, ngành

Nghệ An: Hơn 24.600 trẻ em được đăng ký khai sinh trong 6 tháng đầu năm

Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482

(nghean.gov.vn) - Theo báo cáo của Sở Tư pháp, 6 tháng đầu năm 2024, các cơ quan đăng ký hộ tịch trên địa bàn tỉnh đã đăng ký khai sinh cho 24.637 trẻ em, giảm 3,2% so với cùng kỳ năm 2023; trong đó đăng ký đúng hạn 23.915 trường hợp, đạt tỷ lệ 97,07%, đăng ký quá hạn 722 trường hợp.

Có 15.208 hồ sơ đăng ký khai sinh được tiếp nhận trực tuyến, chiếm 61,7%. Một số địa phương có số lượng đăng ký khai sinh lớn là TP. Vinh (2.418 trường hợp), huyện Quỳnh Lưu (2.105 trường hợp), huyện Yên Thành (1.874 trường hợp) và huyện Diễn Châu (1.796 trường hợp).

Cũng trong 6 tháng, toàn tỉnh đăng ký kết hôn cho 9.842 cặp, tăng 5,6% so với cùng kỳ; đăng ký khai tử 8.310 trường hợp, trong đó khai tử đúng hạn 7.526 trường hợp, đạt 90,57%. Các cơ quan đăng ký hộ tịch đã cấp 41.250 bản sao trích lục hộ tịch và 6.734 giấy xác nhận tình trạng hôn nhân; thu lệ phí hộ tịch hơn 1,2 tỷ đồng, đạt 58,3% kế hoạch năm.

Về số hóa, tính đến ngày 30/6/2024, toàn tỉnh đã số hóa 2.316.540 dữ liệu hộ tịch lịch sử, đạt 78,4% tổng số dữ liệu cần số hóa. Sở Tư pháp phấn đấu đến hết năm 2024 hoàn thành 100% việc số hóa sổ hộ tịch theo Quyết định số 1011/QĐ-UBND của UBND tỉnh.

Người dân cần hỗ trợ về thủ tục hộ tịch liên hệ Phòng Hành chính tư pháp, Sở Tư pháp Nghệ An, số 3 đường Trường Thi, TP. Vinh; điện thoại 0238.3844.620.
"""

P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6b = per("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    # headline: same indicator, period in the same sentence ("6 tháng đầu năm", year from the dateline/lead)
    fig("Hơn 24.600 trẻ em", "24.600", 24600, "count", "trẻ em", approx="over",
        subject="trẻ em được đăng ký khai sinh",
        period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("khai sinh cho 24.637 trẻ em", "24.637", 24637, "count", "trẻ em",
        change=chg("decrease", 3.2, baseline="cùng kỳ năm 2023"),
        subject="trẻ em được đăng ký khai sinh", period=P6),
    fig("đúng hạn 23.915 trường hợp", "23.915", 23915, "count", "trường hợp", total=24637, percent=97.07,
        subject="trường hợp đăng ký khai sinh đúng hạn", period=P6),
    fig("quá hạn 722 trường hợp", "722", 722, "count", "trường hợp", total=24637,
        subject="trường hợp đăng ký khai sinh quá hạn", period=P6),
    fig("Có 15.208 hồ sơ", "15.208", 15208, "count", "hồ sơ", percent=61.7,
        subject="hồ sơ đăng ký khai sinh được tiếp nhận trực tuyến", period=inh(P6)),
    fig("Vinh (2.418 trường hợp)", "2.418", 2418, "count", "trường hợp",
        subject="số lượng đăng ký khai sinh", period=inh(P6), location="Vinh"),
    fig("Quỳnh Lưu (2.105 trường hợp)", "2.105", 2105, "count", "trường hợp",
        subject="số lượng đăng ký khai sinh", period=inh(P6), location="Quỳnh Lưu"),
    fig("Yên Thành (1.874 trường hợp)", "1.874", 1874, "count", "trường hợp",
        subject="số lượng đăng ký khai sinh", period=inh(P6), location="Yên Thành"),
    fig("Diễn Châu (1.796 trường hợp)", "1.796", 1796, "count", "trường hợp",
        subject="số lượng đăng ký khai sinh", period=inh(P6), location="Diễn Châu"),
    fig("cho 9.842 cặp", "9.842", 9842, "count", "cặp",
        change=chg("increase", 5.6, baseline="cùng kỳ"),
        subject="cặp được đăng ký kết hôn", period=P6b),
    fig("khai tử 8.310 trường hợp", "8.310", 8310, "count", "trường hợp",
        subject="trường hợp đăng ký khai tử", period=P6b),
    fig("đúng hạn 7.526 trường hợp", "7.526", 7526, "count", "trường hợp", total=8310, percent=90.57,
        subject="trường hợp khai tử đúng hạn", period=P6b),
    fig("cấp 41.250 bản sao", "41.250", 41250, "count", "bản sao",
        subject="bản sao trích lục hộ tịch được cấp", period=inh(P6)),
    fig("và 6.734 giấy", "6.734", 6734, "count", "giấy xác nhận tình trạng hôn nhân",
        subject="giấy xác nhận tình trạng hôn nhân được cấp", period=inh(P6)),
    fig("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", approx="over", percent=58.3,
        subject="lệ phí hộ tịch thu được", period=inh(P6)),
    fig("số hóa 2.316.540 dữ liệu", "2.316.540", 2316540, "count", "dữ liệu hộ tịch", percent=78.4,
        subject="dữ liệu hộ tịch lịch sử đã được số hóa",
        period=per("tính đến ngày 30/6/2024", None, "2024-06-30")),
    fig("hoàn thành 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hoàn thành số hóa sổ hộ tịch",
        period=per("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Nghệ An provincial portal (breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482'): civil registration, 6 months 2024.",
    "Distractors: Lượt xem counter, Quyết định số 1011/QĐ-UBND, 'số 3 đường Trường Thi', phone 0238.3844.620, dates.",
    "'trong đó' parts (đúng hạn / quá hạn) take the whole before the cue; 'chiếm 61,7%' has no numbered whole (no total).",
    "District list items: location = district/city, subject = the list's indicator. 'đạt 58,3% kế hoạch năm' is the percent of the fee.",
    "'Cũng trong 6 tháng' takes the year 2024 from the lead; scored because it stands in the same sentence.",
]

if __name__ == "__main__":
    emit("p701-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
