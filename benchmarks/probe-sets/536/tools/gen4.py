"""p536-4: ministry site (Bộ LĐ-TB&XH), new standard allowance level from 1/7/2024, national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Người có công

Từ 1/7/2024, mức chuẩn trợ cấp ưu đãi người có công tăng lên 2.789.000 đồng

Ngày đăng: 05/07/2024 | Lượt xem: 3.205

Theo Nghị định số 77/2024/NĐ-CP của Chính phủ, từ ngày 01/7/2024, mức chuẩn trợ cấp ưu đãi người có công với cách mạng được nâng từ 2.055.000 đồng lên 2.789.000 đồng/tháng, tăng 35,7%.

Theo mức mới, trợ cấp tuất hằng tháng đối với thân nhân của một liệt sĩ là 2.789.000 đồng; thân nhân của hai liệt sĩ là 5.578.000 đồng; thân nhân của ba liệt sĩ trở lên là 8.367.000 đồng.

Cả nước hiện có khoảng 1,17 triệu người có công và thân nhân đang hưởng trợ cấp ưu đãi hằng tháng, trong đó hơn 498.000 thương binh, người hưởng chính sách như thương binh và bệnh binh; gần 285.000 thân nhân liệt sĩ. Tổng kinh phí thực hiện chính sách ưu đãi người có công năm 2024 dự kiến khoảng 45.600 tỷ đồng, tăng gần 9.800 tỷ đồng so với năm 2023.

Về công tác mộ liệt sĩ, đến nay cả nước có 3.283 nghĩa trang liệt sĩ với gần 950.000 mộ, trong đó khoảng 300.000 mộ chưa xác định được thông tin. Các địa phương có nhiều mộ liệt sĩ nhất là Quảng Trị (hơn 72.000 mộ), Tây Ninh (hơn 45.000 mộ) và Nghệ An (gần 41.000 mộ).

Năm 2024, Bộ đặt mục tiêu giám định ADN 5.000 mẫu hài cốt liệt sĩ còn thiếu thông tin; 6 tháng đầu năm đã thực hiện 2.140 mẫu, đạt 42,8% kế hoạch.

Mọi ý kiến phản ánh xin gửi về Cục Người có công, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội; điện thoại 024.3826.9545.
"""

NOW = per("đến nay", end="2024-07-05")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
F = [
    fig("tăng lên 2.789.000 đồng\n", "2.789.000", 2789000, "money", "đồng",
        "mức chuẩn trợ cấp ưu đãi người có công"),
    fig("từ 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng",
        "mức chuẩn trợ cấp ưu đãi người có công với cách mạng trước ngày 01/7/2024"),
    fig("lên 2.789.000 đồng/tháng", "2.789.000", 2789000, "money", "đồng/tháng",
        "mức chuẩn trợ cấp ưu đãi người có công với cách mạng",
        change=chg("increase", 35.7)),
    fig("của một liệt sĩ", "một", 1, "count", "liệt sĩ",
        "liệt sĩ", optional=True),
    fig("liệt sĩ là 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng",
        "trợ cấp tuất hằng tháng đối với thân nhân của một liệt sĩ"),
    fig("của hai liệt sĩ", "hai", 2, "count", "liệt sĩ",
        "liệt sĩ", optional=True),
    fig("là 5.578.000 đồng", "5.578.000", 5578000, "money", "đồng",
        "trợ cấp tuất hằng tháng đối với thân nhân của hai liệt sĩ"),
    fig("của ba liệt sĩ", "ba", 3, "count", "liệt sĩ",
        "liệt sĩ", approx="at_least", optional=True),
    fig("là 8.367.000 đồng", "8.367.000", 8367000, "money", "đồng",
        "trợ cấp tuất hằng tháng đối với thân nhân của ba liệt sĩ trở lên"),
    fig("khoảng 1,17 triệu người", "1,17", 1170000, "count", "người",
        "người có công và thân nhân đang hưởng trợ cấp ưu đãi hằng tháng", approx="about"),
    fig("hơn 498.000 thương binh", "498.000", 498000, "count", "thương binh",
        "thương binh, người hưởng chính sách như thương binh và bệnh binh",
        approx="over", total=1170000),
    fig("gần 285.000 thân nhân", "285.000", 285000, "count", "thân nhân liệt sĩ",
        "thân nhân liệt sĩ đang hưởng trợ cấp ưu đãi hằng tháng", approx="nearly", total=1170000),
    fig("khoảng 45.600 tỷ đồng", "45.600", 45600000000000, "money", "đồng",
        "tổng kinh phí thực hiện chính sách ưu đãi người có công", Y24, approx="about",
        status="forecast",
        change=chg("increase", 9800000000000, "đồng", baseline="năm 2023", approx="nearly")),
    fig("có 3.283 nghĩa trang", "3.283", 3283, "count", "nghĩa trang liệt sĩ",
        "nghĩa trang liệt sĩ", NOW),
    fig("gần 950.000 mộ", "950.000", 950000, "count", "mộ",
        "mộ liệt sĩ", NOW, approx="nearly"),
    fig("khoảng 300.000 mộ", "300.000", 300000, "count", "mộ",
        "mộ liệt sĩ chưa xác định được thông tin", NOW, approx="about", total=950000),
    fig("Quảng Trị (hơn 72.000 mộ)", "72.000", 72000, "count", "mộ",
        "mộ liệt sĩ", approx="over", location="Quảng Trị"),
    fig("Tây Ninh (hơn 45.000 mộ)", "45.000", 45000, "count", "mộ",
        "mộ liệt sĩ", approx="over", location="Tây Ninh"),
    fig("Nghệ An (gần 41.000 mộ)", "41.000", 41000, "count", "mộ",
        "mộ liệt sĩ", approx="nearly", location="Nghệ An"),
    fig("ADN 5.000 mẫu", "5.000", 5000, "count", "mẫu",
        "mẫu hài cốt liệt sĩ còn thiếu thông tin được giám định ADN", per("Năm 2024", "2024-01-01", "2024-12-31"),
        status="target"),
    fig("thực hiện 2.140 mẫu", "2.140", 2140, "count", "mẫu",
        "mẫu hài cốt liệt sĩ đã giám định ADN", H1, percent=42.8),
]

NOTES = [
    "Bộ LĐ-TB&XH site: new standard allowance (Nghị định số 77/2024/NĐ-CP) and national figures. 'Ngày đăng: 05/07/2024 | Lượt xem: 3.205'.",
    "National figures: location Việt Nam; provinces in the list of graves take their own location. 'nâng từ 2.055.000 đồng lên 2.789.000",
    "đồng/tháng, tăng 35,7%': the old level is a figure of its own, the increase is the change of the new level. 'từ ngày 01/7/2024' is an",
    "effective date, not a period in the spec's table: no period. 'một/hai/ba liệt sĩ' name the category of survivor allowance (optional).",
    "'tăng gần 9.800 tỷ đồng so với năm 2023' is the change (đồng, nearly) of the 2024 forecast. 'đến nay' is as-of the dateline.",
    "'6 tháng đầu năm' takes 2024 from the same sentence's 'Năm 2024'. Distractors: decree number, 'Lượt xem', address 'số 12 Ngô Quyền', phone.",
]

write("p536-4", TEXT, NOTES, F, published="2024-07-05", location="Việt Nam")
