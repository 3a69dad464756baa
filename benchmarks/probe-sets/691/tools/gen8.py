"""p691-8: commune portal (xã Gio Châu, huyện Gio Linh, Quảng Trị) — railway safety, unauthorised crossings, 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND XÃ GIO CHÂU - HUYỆN GIO LINH - TỈNH QUẢNG TRỊ
Trang chủ | Tin tức - Sự kiện | An toàn giao thông
Ngày đăng: 22/08/2024 | Người đăng: Văn phòng UBND xã

Gio Châu: Xóa bỏ 6 lối đi tự mở qua đường sắt

Đoạn đường sắt Bắc – Nam đi qua địa bàn xã dài 4,8 km (từ Km 633+200 đến Km 638+000), có 2 đường ngang có người gác, 3 đường ngang cảnh báo tự động và 11 lối đi tự mở.

Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện Gio Linh, từ đầu năm 2024 đến nay, xã đã phối hợp với Công ty CP Đường sắt Quảng Trị xóa bỏ 6/11 lối đi tự mở, đạt 54,5%; xây dựng 1,2 km đường gom dọc đường sắt với tổng kinh phí hơn 2,3 tỷ đồng, trong đó ngân sách huyện hỗ trợ 1,5 tỷ đồng, nhân dân đóng góp 820 triệu đồng.

Công tác tuyên truyền được đẩy mạnh với 12 buổi tuyên truyền tại các thôn, thu hút khoảng 950 lượt người tham dự; 312/312 hộ dân sống dọc hành lang đường sắt đã ký cam kết không lấn chiếm hành lang an toàn giao thông đường sắt.

Nhờ đó, 7 tháng đầu năm 2024, trên đoạn đường sắt qua xã không xảy ra vụ tai nạn nào; cùng kỳ năm 2023 xảy ra 2 vụ, làm 1 người chết. Thời gian tới, xã phấn đấu đến hết năm 2025 xóa bỏ toàn bộ 5 lối đi tự mở còn lại, đồng thời lắp đặt thêm 4 biển cảnh báo tại các điểm giao cắt.

Mọi ý kiến đóng góp xin gửi về Văn phòng UBND xã Gio Châu, thôn 3, xã Gio Châu; điện thoại: 0233.3825.117.
"""

YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-08-22")
T25 = per("đến hết năm 2025", None, "2025-12-31")
FIGS = [
    fig("Xóa bỏ 6 lối đi", "6", 6, "count", "lối đi tự mở",
        subject="lối đi tự mở qua đường sắt đã xóa bỏ", period=inh(YTD)),
    fig("dài 4,8 km", "4,8", 4.8, "measure", "km", subject="chiều dài đoạn đường sắt Bắc – Nam qua địa bàn xã"),
    fig("có 2 đường ngang", "2", 2, "count", "đường ngang", subject="đường ngang có người gác"),
    fig("3 đường ngang", "3", 3, "count", "đường ngang", subject="đường ngang cảnh báo tự động"),
    fig("và 11 lối đi tự mở", "11", 11, "count", "lối đi tự mở", subject="lối đi tự mở"),
    fig("bỏ 6/11 lối", "6", 6, "count", "lối đi tự mở", total=11, percent=54.5,
        subject="lối đi tự mở đã xóa bỏ", period=YTD),
    fig("dựng 1,2 km", "1,2", 1.2, "measure", "km", subject="đường gom dọc đường sắt xây dựng", period=YTD),
    fig("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", approx="over",
        subject="tổng kinh phí xây dựng đường gom", period=YTD),
    fig("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", total=2.3e9,
        subject="ngân sách huyện hỗ trợ", period=YTD),
    fig("góp 820 triệu đồng", "820", 820e6, "money", "đồng", total=2.3e9,
        subject="nhân dân đóng góp", period=YTD),
    fig("với 12 buổi", "12", 12, "count", "buổi", subject="buổi tuyên truyền tại các thôn", period=inh(YTD)),
    fig("khoảng 950 lượt người", "950", 950, "count", "lượt người", approx="about",
        subject="lượt người tham dự tuyên truyền", period=inh(YTD)),
    fig("312/312 hộ", "312", 312, "count", "hộ", total=312,
        subject="hộ dân sống dọc hành lang đường sắt đã ký cam kết", period=inh(YTD)),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ", subject="vụ tai nạn trên đoạn đường sắt qua xã",
        period=per("cùng kỳ năm 2023", "2023-01-01", "2023-07-31")),
    fig("làm 1 người chết", "1", 1, "count", "người", subject="người chết do tai nạn đường sắt",
        period=per("cùng kỳ năm 2023", "2023-01-01", "2023-07-31")),
    fig("toàn bộ 5 lối đi", "5", 5, "count", "lối đi tự mở", status="target",
        subject="lối đi tự mở còn lại xóa bỏ", period=T25),
    fig("thêm 4 biển", "4", 4, "count", "biển cảnh báo", status="target",
        subject="biển cảnh báo lắp đặt thêm tại các điểm giao cắt", period=T25),
]

COMMENTS = [
    "Commune portal, xã Gio Châu (huyện Gio Linh, Quảng Trị): an toàn giao thông đường sắt, lối đi tự mở, đường gom, 2024. 'Ngày đăng: 22/08/2024'.",
    "Location: a commune is not a province/city/district, so its figures are the district's (Gio Linh); 'Công ty CP Đường sắt Quảng Trị' is a company name.",
    "'từ đầu năm 2024 đến nay' → 2024-01-01 to the posting date; the 'trong đó' parts 1,5 tỷ + 820 triệu take total 2,3 tỷ (the whole before the cue).",
    "'cùng kỳ năm 2023 xảy ra 2 vụ, làm 1 người chết' after '7 tháng đầu năm 2024' → period Jan–Jul 2023 (the same stretch of 2023), scored.",
    "'6/11 lối đi tự mở, đạt 54,5%' → total 11, percent 54.5; '312/312 hộ' → total 312. 'phấn đấu đến hết năm 2025 … đồng thời lắp đặt thêm 4 biển' → both target.",
    "Not figures: Km 633+200, Km 638+000 (km posts), Kế hoạch số 86/KH-UBND, thôn 3, phone 0233.3825.117, 'không xảy ra vụ tai nạn nào' (no number).",
]

if __name__ == "__main__":
    emit("p691-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Gio Linh")
