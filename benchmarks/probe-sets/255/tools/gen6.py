from lib import F, P, CH, TG, emit

TEXT = """Bất động sản

Thứ năm, 14/11/2024, 06:00 (GMT+7)

TP HCM còn hơn 41.000 căn hộ chưa được cấp sổ hồng

Dù tốc độ cấp giấy chứng nhận cho người mua nhà đã cải thiện, thành phố vẫn còn hàng chục nghìn căn hộ "treo" sổ, chủ yếu do vướng nghĩa vụ tài chính của chủ đầu tư.

Trong 10 tháng năm 2024, Sở Tài nguyên và Môi trường TP HCM đã cấp giấy chứng nhận cho 14.326 căn hộ, nhà ở thuộc 58 dự án, nâng tổng số căn được cấp từ đầu năm 2023 đến nay lên khoảng 38.500 căn. Dù vậy, thành phố vẫn còn hơn 41.000 căn hộ tại 187 dự án chưa được cấp sổ, chiếm khoảng 12% tổng số căn nhà ở thương mại.

Trong số 41.000 căn này, khoảng 24.800 căn vướng do chủ đầu tư chưa hoàn thành nghĩa vụ tài chính, 9.700 căn do dự án vi phạm quy hoạch, xây dựng; số còn lại do hồ sơ pháp lý chưa hoàn chỉnh.

Các địa phương có nhiều căn hộ chưa được cấp sổ gồm TP Thủ Đức (12.460 căn), Quận 7 (5.310 căn), huyện Bình Chánh (4.870 căn) và Quận 12 (3.205 căn).

Ông Nguyễn Toàn Thắng, Phó giám đốc Sở, cho biết trong quý III/2024, thời gian xử lý hồ sơ cấp sổ cho người mua nhà giảm còn trung bình 25 ngày, so với 45 ngày của năm 2022. Sở đặt mục tiêu đến cuối năm 2025 giải quyết dứt điểm ít nhất 30.000 căn, tương đương khoảng 73% số căn còn tồn đọng.

Người dân cần hỗ trợ có thể liên hệ Văn phòng Đăng ký đất đai thành phố tại số 12 Phan Đăng Lưu, quận Bình Thạnh hoặc tổng đài 1022.

Gia Minh
"""

M10 = P("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
LIST = "căn hộ chưa được cấp sổ"

FIGS = [
    F("còn hơn 41.000 căn hộ chưa", "41.000", 41000, "count", "căn hộ", "căn hộ chưa được cấp sổ hồng", approx="over"),
    F("hàng chục nghìn căn hộ", "chục", 10000, "count", "căn hộ", "căn hộ treo sổ", approx="about", optional=True),
    F("cho 14.326 căn hộ", "14.326", 14326, "count", "căn hộ", "căn hộ, nhà ở được cấp giấy chứng nhận", M10),
    F("thuộc 58 dự án", "58", 58, "count", "dự án", "dự án có căn hộ được cấp giấy chứng nhận", M10),
    F("khoảng 38.500 căn", "38.500", 38500, "count", "căn", "tổng số căn được cấp",
      P("từ đầu năm 2023 đến nay", "2023-01-01", "2024-11-14"), approx="about"),
    F("vẫn còn hơn 41.000 căn hộ", "41.000", 41000, "count", "căn hộ", "căn hộ chưa được cấp sổ", approx="over",
      percent=12),
    F("tại 187 dự án", "187", 187, "count", "dự án", "dự án có căn hộ chưa được cấp sổ"),
    F("Trong số 41.000 căn", "41.000", 41000, "count", "căn", "căn hộ chưa được cấp sổ", optional=True),
    F("khoảng 24.800 căn", "24.800", 24800, "count", "căn", "căn vướng do chủ đầu tư chưa hoàn thành nghĩa vụ tài chính",
      approx="about", total=41000),
    F("9.700 căn", "9.700", 9700, "count", "căn", "căn vướng do dự án vi phạm quy hoạch, xây dựng", total=41000),
    F("Thủ Đức (12.460 căn)", "12.460", 12460, "count", "căn", LIST, location="Thủ Đức"),
    F("Quận 7 (5.310 căn)", "5.310", 5310, "count", "căn", LIST, location="Quận 7"),
    F("Bình Chánh (4.870 căn)", "4.870", 4870, "count", "căn", LIST, location="Bình Chánh"),
    F("Quận 12 (3.205 căn)", "3.205", 3205, "count", "căn", LIST, location="Quận 12"),
    F("trung bình 25 ngày", "25", 25, "measure", "ngày", "thời gian xử lý hồ sơ cấp sổ cho người mua nhà",
      P("trong quý III/2024", "2024-07-01", "2024-09-30")),
    F("so với 45 ngày", "45", 45, "measure", "ngày", "thời gian xử lý hồ sơ cấp sổ cho người mua nhà",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 30.000 căn", "30.000", 30000, "count", "căn", "căn giải quyết dứt điểm",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="at_least", percent=73, status="target"),
]

COMMENTS = [
    "National press (real-estate section), 'Thứ năm, 14/11/2024, 06:00 (GMT+7)', byline at the end: TP HCM apartments without 'sổ hồng'.",
    "Default location 'TP Hồ Chí Minh' (written 'TP HCM'). District list: TP Thủ Đức, Quận 7, Bình Chánh, Quận 12 are locations;",
    "the digits in 'Quận 7' / 'Quận 12' are names, not figures. Subject of list items = the list's indicator.",
    "'từ đầu năm 2023 đến nay' runs to the dateline (2024-11-14). Stocks ('vẫn còn hơn 41.000') carry no period phrase (null).",
    "'41.000 căn hộ ..., chiếm khoảng 12%' -> percent 12. 'Trong số 41.000 căn này' restates the whole: optional; the parts after it get total 41.000.",
    "'hàng chục nghìn căn hộ' is vague (approx): optional. '25 ngày, so với 45 ngày của năm 2022': 45 is its own figure (a level, not a change).",
    "'mục tiêu đến cuối năm 2025 ... ít nhất 30.000 căn, tương đương khoảng 73%' -> target, at_least, percent 73.",
    "Distractors: 'số 12 Phan Đăng Lưu', 'tổng đài 1022', '(GMT+7)', 'quận Bình Thạnh' (address), section label.",
]

emit("p255-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
