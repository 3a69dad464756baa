"""p634-8: TP Bảo Lộc (Lâm Đồng) city portal — chuyển mục đích đất của hộ gia đình, kế hoạch sử dụng đất 6 tháng đầu năm 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ BẢO LỘC
Tin tức - Sự kiện / Tài nguyên - Môi trường
Ngày đăng: 08/07/2024 | Lượt xem: 412

Bảo Lộc: Giải quyết 1.245 hồ sơ chuyển mục đích sử dụng đất trong 6 tháng

Sáu tháng đầu năm 2024, UBND thành phố Bảo Lộc đã giải quyết 1.245 hồ sơ chuyển mục đích sử dụng đất của hộ gia đình, cá nhân, tăng 16,8% so với cùng kỳ; diện tích được chuyển mục đích 38,62 ha, chủ yếu từ đất trồng cây lâu năm sang đất ở.

Số tiền sử dụng đất thu được từ chuyển mục đích ước đạt 215,3 tỷ đồng, bằng 53,8% kế hoạch năm. Riêng quý II/2024, thành phố giải quyết 702 hồ sơ, nhiều hơn quý I là 159 hồ sơ.

Đối với kế hoạch sử dụng đất năm 2024, thành phố được UBND tỉnh Lâm Đồng phân bổ chỉ tiêu chuyển mục đích 65 ha sang đất ở, trong đó đất ở đô thị 41,5 ha và đất ở nông thôn 23,5 ha. Như vậy sau 6 tháng, diện tích chuyển mục đích sang đất ở đã sử dụng gần 60% chỉ tiêu cả năm.

Theo Phòng Tài nguyên và Môi trường, hiện còn khoảng 180 hồ sơ đang chờ bổ sung, tập trung tại các phường 1, 2, Lộc Phát và xã Đại Lào. Thời gian giải quyết mỗi hồ sơ không quá 15 ngày làm việc.

Dự kiến 6 tháng cuối năm, số hồ sơ chuyển mục đích sẽ giảm từ 20 đến 25% do Luật Đất đai năm 2024 siết chặt điều kiện tách thửa.

Người dân cần hướng dẫn liên hệ Bộ phận Một cửa thành phố, số 2 đường Trần Phú, phường 1, điện thoại 0263.3864.123.
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S = "hồ sơ chuyển mục đích sử dụng đất"

FIGS = [
    fig("Giải quyết 1.245 hồ sơ", "1.245", 1245, "count", "hồ sơ",
        "hồ sơ chuyển mục đích sử dụng đất được giải quyết",
        per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("đã giải quyết 1.245 hồ sơ", "1.245", 1245, "count", "hồ sơ",
        "hồ sơ chuyển mục đích sử dụng đất của hộ gia đình, cá nhân được giải quyết", H1,
        change=chg("increase", 16.8, "%", "cùng kỳ")),
    fig("38,62 ha", "38,62", 38.62, "measure", "ha",
        "diện tích được chuyển mục đích", H1),
    fig("215,3 tỷ đồng", "215,3", 215.3e9, "money", "đồng",
        "số tiền sử dụng đất thu được từ chuyển mục đích", inh(H1), percent=53.8, status="estimate"),
    fig("giải quyết 702 hồ sơ", "702", 702, "count", "hồ sơ", S,
        per("quý II/2024", "2024-04-01", "2024-06-30"),
        change=chg("increase", 159, "hồ sơ", "quý I")),
    fig("chuyển mục đích 65 ha", "65", 65, "measure", "ha",
        "chỉ tiêu chuyển mục đích sang đất ở", Y24, status="target"),
    fig("đô thị 41,5 ha", "41,5", 41.5, "measure", "ha",
        "chỉ tiêu chuyển mục đích sang đất ở đô thị", Y24, total=65, status="target"),
    fig("nông thôn 23,5 ha", "23,5", 23.5, "measure", "ha",
        "chỉ tiêu chuyển mục đích sang đất ở nông thôn", Y24, total=65, status="target"),
    fig("gần 60%", "60", 60, "percent", "%",
        "diện tích chuyển mục đích sang đất ở đã sử dụng so với chỉ tiêu cả năm",
        per("sau 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    fig("khoảng 180 hồ sơ", "180", 180, "count", "hồ sơ",
        "hồ sơ đang chờ bổ sung", None, approx="about"),
    fig("không quá 15 ngày", "15", 15, "measure", "ngày làm việc",
        "thời gian giải quyết mỗi hồ sơ", None, approx="at_most"),
    fig("từ 20 đến 25%", "20", 20, "percent", "%",
        "mức giảm số hồ sơ chuyển mục đích",
        per("6 tháng cuối năm", "2024-07-01", "2024-12-31"), value_max=25, status="forecast"),
]

NOTES = [
    "City portal (TP Bảo Lộc, Lâm Đồng), 'Ngày đăng: 08/07/2024 | Lượt xem: 412': household land-use conversion, 6 months 2024; chỉ tiêu đất ở.",
    "Not figures: Lượt xem: 412, quý II/2024 and quý I as periods, phường 1, 2 (ward names), Luật Đất đai năm 2024, số 2 Trần Phú, phone.",
    "Location Bảo Lộc (the city); Lâm Đồng is only the allocating authority. '702 hồ sơ, nhiều hơn quý I là 159 hồ sơ': change +159 hồ sơ.",
    "'ước đạt 215,3 tỷ … bằng 53,8% kế hoạch năm': estimate + percent. 'phân bổ chỉ tiêu … 65 ha …, trong đó …': targets, parts total 65.",
    "'không quá 15 ngày làm việc' is a service-time figure (measure, at_most). 'Dự kiến … giảm từ 20 đến 25%': a rate that is the claim, forecast, no change.",
    "Headline '6 tháng' takes 2024 from the lead; 'sau 6 tháng' likewise.",
]

if __name__ == "__main__":
    write("p634-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Bảo Lộc")
