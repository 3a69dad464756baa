"""p1556-2: district portal (huyện Giao Thủy, Nam Định): 'Ngõ xanh, tường đẹp', walls and gates painted, paint donated."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIAO THỦY - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Nông thôn mới | Văn bản

Giao Thủy: Hơn 38 km tường rào được sơn mới

22/08/2024 - 10:20

Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện về phong trào "Ngõ xanh, tường đẹp", từ đầu năm đến nay, nhân dân 20 xã, thị trấn đã sơn mới, sơn sửa hơn 38,5 km tường rào, cổng ngõ với khoảng 6.400 hộ tham gia. Tổng kinh phí gần 9,6 tỷ đồng, trong đó nhân dân đóng góp 7,2 tỷ đồng, ngân sách xã hỗ trợ 1,1 tỷ đồng, còn lại là nguồn xã hội hóa.

Nhiều xã làm tốt như Giao Thiện sơn được 4,2 km, Giao An 3,8 km, Giao Hương 3,1 km. Tại xóm 7, xã Giao Thiện, các hộ thống nhất dùng chung màu sơn vàng nhạt cho toàn tuyến dài gần 900 m.

Công ty CP Sơn Đại Dương Xanh đã trao tặng 12.000 lít sơn ngoại thất, trị giá khoảng 1,3 tỷ đồng, cho các hộ nghèo, hộ cận nghèo và gia đình chính sách; mỗi hộ được hỗ trợ từ 2 đến 4 thùng sơn loại 18 lít. Ông Vũ Văn Thành ở xóm 7 cho biết: "Nhà tôi được tặng 3 thùng, cả ngõ sơn xong chỉ trong hai ngày".

Theo ông Phạm Đức Lợi, Phó Chủ tịch UBND huyện, năm 2024 huyện phấn đấu sơn thêm 15 km, nâng tỷ lệ tuyến đường trục xã, liên xóm có tường rào sạch đẹp lên 85%. Hiện huyện có 9/18 xã đạt chuẩn nông thôn mới nâng cao.

Nguồn: Phòng Kinh tế và Hạ tầng huyện

Tin khác:
- Giao Thủy ra quân làm sạch môi trường biển
- Hội nghị sơ kết 6 tháng đầu năm của Ban Chỉ đạo nông thôn mới

Địa chỉ: Số 3 đường Hoàng Văn Thụ, thị trấn Ngô Đồng, huyện Giao Thủy
Điện thoại: 0228.3895.214
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-22")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 38 km", "38", 38, "measure", "km", approx="over", subject="tường rào được sơn mới"),
    fig("nhân dân 20 xã", "20", 20, "count", "xã, thị trấn",
        subject="xã, thị trấn sơn mới, sơn sửa tường rào, cổng ngõ", period=YTD),
    fig("hơn 38,5 km", "38,5", 38.5, "measure", "km", approx="over",
        subject="tường rào, cổng ngõ được sơn mới, sơn sửa", period=YTD),
    fig("khoảng 6.400 hộ", "6.400", 6400, "count", "hộ", approx="about", subject="hộ tham gia", period=YTD),
    fig("gần 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="nearly", subject="tổng kinh phí",
        period=inh(YTD)),
    fig("đóng góp 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", total=9.6e9, subject="kinh phí nhân dân đóng góp",
        period=inh(YTD)),
    fig("ngân sách xã hỗ trợ 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", total=9.6e9,
        subject="ngân sách xã hỗ trợ", period=inh(YTD)),
    fig("sơn được 4,2 km", "4,2", 4.2, "measure", "km", subject="tường rào xã Giao Thiện sơn được",
        period=inh(YTD)),
    fig("Giao An 3,8 km", "3,8", 3.8, "measure", "km", subject="tường rào xã Giao An sơn được", period=inh(YTD)),
    fig("Giao Hương 3,1 km", "3,1", 3.1, "measure", "km", subject="tường rào xã Giao Hương sơn được",
        period=inh(YTD)),
    fig("gần 900 m", "900", 900, "measure", "m", approx="nearly",
        subject="tuyến tường rào sơn chung màu vàng nhạt"),
    fig("tặng 12.000 lít", "12.000", 12000, "measure", "lít",
        subject="sơn ngoại thất Công ty CP Sơn Đại Dương Xanh trao tặng"),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", subject="trị giá sơn trao tặng"),
    fig("từ 2 đến 4 thùng", "2", 2, "measure", "thùng/hộ", value_max=4, subject="sơn hỗ trợ mỗi hộ"),
    fig("loại 18 lít", "18", 18, "measure", "lít", subject="dung tích thùng sơn", optional=True),
    fig("tặng 3 thùng", "3", 3, "count", "thùng", subject="thùng sơn nhà ông Vũ Văn Thành được tặng"),
    fig("trong hai ngày", "hai", 2, "measure", "ngày", subject="thời gian sơn xong cả ngõ", optional=True),
    fig("thêm 15 km", "15", 15, "measure", "km", status="target", subject="tường rào sơn thêm", period=Y24),
    fig("lên 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ tuyến đường trục xã, liên xóm có tường rào sạch đẹp", period=Y24),
    fig("có 9/18 xã", "9", 9, "count", "xã", total=18, subject="xã đạt chuẩn nông thôn mới nâng cao"),
]

NOTES = [
    "District portal (huyện Giao Thủy, Nam Định): banner, menu, '22/08/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: Kế hoạch số 45/KH-UBND, 'xóm 7' (twice), '6 tháng đầu năm' in a link, 'Số 3 đường Hoàng Văn Thụ', phone 0228.3895.214, 10:20.",
    "All figures are the district's (location Giao Thủy); communes (Giao Thiện, …) are not districts, so they stay in the subject.",
    "'từ đầu năm đến nay' ends at the dateline 2024-08-22; the next sentence's kinh phí and the commune list inherit it.",
    "'trong đó nhân dân đóng góp 7,2 tỷ đồng, ngân sách xã hỗ trợ 1,1 tỷ đồng' → total 9,6 tỷ.",
    "'mỗi hộ ... từ 2 đến 4 thùng' is a rate (thùng/hộ, measure). 'loại 18 lít' (container size) and 'chỉ trong hai ngày' (a duration in a quote) optional.",
    "'phấn đấu' governs both clauses of its sentence (target); '9/18 xã' → total 18, 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1556-2", TEXT, NOTES, FIGS, published="2024-08-22", location="Giao Thủy")
