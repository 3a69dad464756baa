"""p1044-2: district portal (quận Hoàn Kiếm, Hà Nội) — tuyến phố văn minh kiểu mẫu, 9 tháng năm 2023."""
from lib import F, build, change, period, inherit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Tin hoạt động > Quản lý đô thị
Thứ Năm, 12/10/2023 - 16:05

Hoàn Kiếm: 9 tháng xây dựng thêm 6 tuyến phố văn minh kiểu mẫu

9 tháng đầu năm 2023, UBND quận Hoàn Kiếm đã chỉ đạo 18 phường tiếp tục ra quân lập lại trật tự lòng đường, vỉa hè; xây dựng thêm 6 tuyến phố văn minh đô thị kiểu mẫu, vượt 1 tuyến so với kế hoạch năm, nâng tổng số tuyến phố kiểu mẫu trên địa bàn quận lên 42 tuyến. Các tuyến được công nhận mới gồm Hàng Bài, Tràng Thi, Lý Thường Kiệt, Hai Bà Trưng, phố 19 Tháng 12 và Lê Thạch.

Lực lượng trật tự đô thị quận và các phường đã kiểm tra, nhắc nhở 15.420 lượt trường hợp vi phạm; lập biên bản xử phạt 3.186 trường hợp, thu nộp ngân sách nhà nước trên 2,9 tỷ đồng, tăng 18% so với cùng kỳ năm 2022. Trong số các trường hợp bị xử phạt, bán hàng rong chiếm 41,3%, kinh doanh lấn chiếm vỉa hè chiếm 37,6%, còn lại là để xe sai quy định.

Quận đã phối hợp với Sở Giao thông vận tải cấp phép sử dụng tạm thời một phần hè phố để trông giữ xe tại 127 điểm, với tổng diện tích khoảng 8.600 m2, mức thu 40.000 đồng/m2/tháng.

Tại khu vực hồ Hoàn Kiếm và không gian đi bộ, quận duy trì 4 tổ công tác với 32 cán bộ, chiến sĩ làm nhiệm vụ 24/24 giờ vào các ngày cuối tuần để ngăn chặn tình trạng bán hàng rong đeo bám khách du lịch. Từ đầu năm đến nay, các tổ công tác đã tiếp nhận 86 phản ánh của du khách, giảm 45% so với cùng kỳ năm 2022.

Quý IV/2023, quận phấn đấu không để phát sinh điểm bán hàng rong cố định trên 42 tuyến phố kiểu mẫu và hoàn thành chỉnh trang vỉa hè 3 tuyến phố còn lại theo Kế hoạch số 215/KH-UBND ngày 20/3/2023 của UBND quận.
"""

H = period("9 tháng", "2023-01-01", "2023-09-30")
M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-10-12")
Q4 = period("Quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("9 tháng xây dựng thêm 6", "6", 6, "count", "tuyến phố", "tuyến phố văn minh kiểu mẫu xây dựng thêm", H),
    F("chỉ đạo 18 phường", "18", 18, "count", "phường", "phường ra quân lập lại trật tự lòng đường, vỉa hè", M9,
      optional=True),
    F("thêm 6 tuyến phố văn minh đô thị", "6", 6, "count", "tuyến phố",
      "tuyến phố văn minh đô thị kiểu mẫu xây dựng thêm", M9,
      change=change("increase", 1, unit="tuyến", baseline="kế hoạch năm")),
    F("lên 42 tuyến", "42", 42, "count", "tuyến", "tuyến phố kiểu mẫu trên địa bàn quận", M9),
    F("nhắc nhở 15.420 lượt", "15.420", 15420, "count", "lượt", "lượt trường hợp vi phạm bị kiểm tra, nhắc nhở",
      inherit(M9)),
    F("xử phạt 3.186 trường hợp", "3.186", 3186, "count", "trường hợp", "trường hợp bị lập biên bản xử phạt",
      inherit(M9)),
    F("trên 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tiền xử phạt thu nộp ngân sách nhà nước", inherit(M9),
      approx="over", change=change("increase", 18, baseline="cùng kỳ năm 2022")),
    F("chiếm 41,3%", "41,3", 41.3, "percent", "%", "bán hàng rong trong số các trường hợp bị xử phạt",
      inherit(M9)),
    F("chiếm 37,6%", "37,6", 37.6, "percent", "%", "kinh doanh lấn chiếm vỉa hè trong số các trường hợp bị xử phạt",
      inherit(M9)),
    F("tại 127 điểm", "127", 127, "count", "điểm", "điểm được cấp phép sử dụng tạm thời hè phố để trông giữ xe"),
    F("khoảng 8.600 m2", "8.600", 8600, "measure", "m2", "diện tích hè phố được cấp phép trông giữ xe",
      approx="about"),
    F("40.000 đồng/m2/tháng", "40.000", 40000, "money", "đồng/m2/tháng", "mức thu phí sử dụng tạm thời hè phố"),
    F("duy trì 4 tổ công tác", "4", 4, "count", "tổ công tác", "tổ công tác tại khu vực hồ Hoàn Kiếm"),
    F("với 32 cán bộ", "32", 32, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ của các tổ công tác"),
    F("tiếp nhận 86 phản ánh", "86", 86, "count", "phản ánh", "phản ánh của du khách", YTD,
      change=change("decrease", 45, baseline="cùng kỳ năm 2022")),
    F("trên 42 tuyến phố kiểu mẫu", "42", 42, "count", "tuyến phố kiểu mẫu", "tuyến phố kiểu mẫu", Q4,
      optional=True),
    F("vỉa hè 3 tuyến phố", "3", 3, "count", "tuyến phố", "tuyến phố còn lại hoàn thành chỉnh trang vỉa hè", Q4,
      status="target"),
]

NOTES = [
    "Cổng TTĐT quận Hoàn Kiếm (Hà Nội): tuyến phố văn minh đô thị kiểu mẫu, xử lý vi phạm vỉa hè, 9 tháng 2023.",
    "'Thứ Năm, 12/10/2023 - 16:05' is the dateline. Distractors: 'phố 19 Tháng 12', 'Hai Bà Trưng', '24/24 giờ' (round the clock,",
    "not a fraction), 'Kế hoạch số 215/KH-UBND ngày 20/3/2023', 'Quý IV/2023', baselines 'cùng kỳ năm 2022'.",
    "'vượt 1 tuyến so với kế hoạch năm' is a gap to plan: a change of the 6 streets. '18 phường' is the ward count of the",
    "district (structure, optional); 'trên 42 tuyến phố kiểu mẫu' in the target sentence restates the 42 ('trên' = on; optional).",
    "Shares 41,3% / 37,6% of the fined cases are percent figures (a percent takes no total).",
    "revised after the first run: 86 phản ánh subject cut to what its sentence names ('về bán hàng rong đeo bám' stood in the previous sentence).",
]

build(2, TEXT, NOTES, FIGS, published="2023-10-12", location="Hoàn Kiếm")
