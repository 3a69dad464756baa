"""p1044-1: province portal (Khánh Hòa) — Nha Trang lập lại trật tự vỉa hè, 6 tháng đầu năm 2024."""
from lib import F, build, change, period, inherit, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Đô thị - Xây dựng
Nha Trang: 6 tháng thu hồi hơn 1.200 vật dụng lấn chiếm vỉa hè
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT Khánh Hòa) - Theo báo cáo của UBND TP Nha Trang, 6 tháng đầu năm 2024, các lực lượng chức năng của thành phố đã tổ chức 486 đợt ra quân kiểm tra, xử lý vi phạm trật tự đô thị, tăng 12,5% so với cùng kỳ năm 2023.

Qua kiểm tra, lực lượng chức năng đã lập biên bản 1.734 trường hợp vi phạm, trong đó có 1.028 trường hợp buôn bán hàng rong, bày bán hàng hóa trên vỉa hè và 706 trường hợp để xe, đặt biển quảng cáo lấn chiếm lòng lề đường; ra quyết định xử phạt vi phạm hành chính 912 trường hợp với tổng số tiền hơn 1,46 tỷ đồng. Các đội trật tự cũng tạm giữ hơn 1.200 vật dụng các loại như bàn ghế, dù bạt, xe đẩy, kệ hàng.

Trên các tuyến đường Trần Phú, Nguyễn Thiện Thuật, Biệt Thự và khu vực chợ Đầm, tình trạng người bán hàng rong đeo bám, chèo kéo du khách đã giảm rõ rệt. Tính đến 30/6, toàn thành phố có 27 tuyến phố văn minh đô thị, trong đó 9 tuyến đạt chuẩn tuyến phố kiểu mẫu về trật tự vỉa hè.

Bên cạnh xử lý vi phạm, thành phố đã bố trí 14 điểm kinh doanh tạm thời tại các phường Lộc Thọ (5 điểm), Tân Lập (4 điểm), Vạn Thạnh (3 điểm) và Phước Tiến (2 điểm) cho gần 380 hộ bán hàng rong vào buôn bán có thu phí, mức thu từ 5.000 đến 20.000 đồng/ngày tùy vị trí.

Theo Kế hoạch số 3418/KH-UBND của UBND tỉnh, 6 tháng cuối năm, TP Nha Trang phấn đấu giảm ít nhất 30% số vụ vi phạm lấn chiếm vỉa hè so với cuối năm 2023 và công nhận thêm 5 tuyến phố kiểu mẫu, trong đó có đoạn Quốc lộ 1A qua xã Vĩnh Lương. Tổng kinh phí dự kiến cho đợt cao điểm khoảng 850 triệu đồng.
"""

H1 = period("6 tháng", "2024-01-01", "2024-06-30")
S1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = period("Tính đến 30/6", None, "2024-06-30")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("thu hồi hơn 1.200 vật dụng", "1.200", 1200, "count", "vật dụng", "vật dụng lấn chiếm vỉa hè bị thu hồi", H1,
      approx="over"),
    F("tổ chức 486 đợt", "486", 486, "count", "đợt", "đợt ra quân kiểm tra, xử lý vi phạm trật tự đô thị", S1,
      change=change("increase", 12.5, baseline="cùng kỳ năm 2023")),
    F("biên bản 1.734 trường hợp", "1.734", 1734, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản",
      inherit(S1)),
    F("có 1.028 trường hợp", "1.028", 1028, "count", "trường hợp",
      "trường hợp buôn bán hàng rong, bày bán hàng hóa trên vỉa hè", inherit(S1), total=1734),
    F("706 trường hợp", "706", 706, "count", "trường hợp",
      "trường hợp để xe, đặt biển quảng cáo lấn chiếm lòng lề đường", inherit(S1), total=1734),
    F("hành chính 912 trường hợp", "912", 912, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính",
      inherit(S1)),
    F("hơn 1,46 tỷ đồng", "1,46", 1.46e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", inherit(S1),
      approx="over"),
    F("tạm giữ hơn 1.200 vật dụng", "1.200", 1200, "count", "vật dụng", "vật dụng bị tạm giữ", inherit(S1),
      approx="over"),
    F("có 27 tuyến phố", "27", 27, "count", "tuyến phố", "tuyến phố văn minh đô thị", AS),
    F("9 tuyến đạt chuẩn", "9", 9, "count", "tuyến", "tuyến đạt chuẩn tuyến phố kiểu mẫu về trật tự vỉa hè", AS,
      total=27),
    F("bố trí 14 điểm", "14", 14, "count", "điểm", "điểm kinh doanh tạm thời"),
    F("Lộc Thọ (5 điểm)", "5", 5, "count", "điểm", "điểm kinh doanh tạm thời", total=14),
    F("Tân Lập (4 điểm)", "4", 4, "count", "điểm", "điểm kinh doanh tạm thời", total=14),
    F("Vạn Thạnh (3 điểm)", "3", 3, "count", "điểm", "điểm kinh doanh tạm thời", total=14),
    F("Phước Tiến (2 điểm)", "2", 2, "count", "điểm", "điểm kinh doanh tạm thời", total=14),
    F("gần 380 hộ", "380", 380, "count", "hộ", "hộ bán hàng rong vào buôn bán tại điểm kinh doanh tạm thời",
      approx="nearly"),
    F("từ 5.000 đến 20.000 đồng/ngày", "5.000", 5000, "money", "đồng/ngày", "mức thu phí tại điểm kinh doanh tạm thời",
      value_max=20000),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm số vụ vi phạm lấn chiếm vỉa hè so với cuối năm 2023", H2,
      approx="at_least", status="target"),
    F("thêm 5 tuyến phố kiểu mẫu", "5", 5, "count", "tuyến phố kiểu mẫu", "tuyến phố kiểu mẫu công nhận thêm", H2,
      status="target"),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "tổng kinh phí cho đợt cao điểm", inherit(H2),
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT Khánh Hòa: TP Nha Trang lập lại trật tự vỉa hè, bán hàng rong, 6 tháng đầu năm 2024.",
    "'Cập nhật: 18/07/2024 09:45' is the dateline; 'Lượt xem: 2.316' is page furniture. 'Kế hoạch số 3418/KH-UBND',",
    "'Quốc lộ 1A', 'cùng kỳ năm 2023', 'cuối năm 2023' (baselines) are not figures. Headline '6 tháng' takes 2024 (published).",
    "Ward list in brackets adds up to 14 (total 14); wards are not districts, so location stays Nha Trang.",
    "'Tính đến 30/6' takes the year 2024 of the earlier '6 tháng đầu năm 2024'.",
]

build(1, TEXT, NOTES, FIGS, published="2024-07-18", location="Nha Trang")
