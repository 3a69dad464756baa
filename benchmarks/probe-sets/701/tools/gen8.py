"""p701-8: commune portal (xã Quảng Phú, huyện Quảng Điền, Thừa Thiên Huế) — hộ tịch in 2023 and 2024 targets."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND XÃ QUẢNG PHÚ - HUYỆN QUẢNG ĐIỀN - TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin tức / Cải cách hành chính

Xã Quảng Phú: 100% hồ sơ hộ tịch được giải quyết đúng hạn

Ngày đăng: 22/12/2023 | Người đăng: Quản trị viên

Tính đến ngày 15/12/2023, bộ phận tư pháp - hộ tịch UBND xã đã đăng ký khai sinh cho 186 trường hợp (trong đó đăng ký lại 7 trường hợp), tăng 12 trường hợp so với năm 2022; đăng ký khai tử 79 trường hợp; đăng ký kết hôn 64 cặp; cấp 215 giấy xác nhận tình trạng hôn nhân và chứng thực hơn 2.300 bản sao giấy tờ.

Toàn bộ 544 hồ sơ hộ tịch tiếp nhận trong năm đều được giải quyết đúng và trước hạn. Tỷ lệ hồ sơ nộp trực tuyến đạt từ 35 đến 40% mỗi tháng, riêng tháng 11 đạt 46,2%. Tổng lệ phí hộ tịch đã thu là 3,65 triệu đồng.

Ước cả năm 2023, xã đăng ký khai sinh khoảng 195 trường hợp, khai tử khoảng 85 trường hợp.

Bên cạnh đó, UBND xã phối hợp Trường Mầm non Quảng Phú rà soát, phát hiện 4 trẻ em chưa được đăng ký khai sinh ở thôn Thủy Lập và thôn Phú Lễ, đã hướng dẫn gia đình hoàn tất thủ tục.

Năm 2024, xã phấn đấu 100% trẻ em sinh ra được đăng ký khai sinh đúng hạn, tỷ lệ đăng ký khai tử đúng hạn đạt trên 95% và tỷ lệ hồ sơ nộp trực tuyến đạt ít nhất 50%.

Bộ phận Tiếp nhận và trả kết quả xã làm việc từ thứ Hai đến sáng thứ Bảy, tại số 12 đường Nguyễn Vịnh; điện thoại 0234.3551.207.
"""

D = per("Tính đến ngày 15/12/2023", None, "2023-12-15")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Quảng Phú: 100%", "100", 100, "percent", "%",
        subject="hồ sơ hộ tịch được giải quyết đúng hạn"),
    fig("cho 186 trường hợp", "186", 186, "count", "trường hợp",
        change=chg("increase", 12, unit="trường hợp", baseline="năm 2022"),
        subject="trường hợp đăng ký khai sinh", period=D),
    fig("lại 7 trường hợp", "7", 7, "count", "trường hợp", total=186,
        subject="trường hợp đăng ký lại khai sinh", period=D),
    fig("khai tử 79 trường hợp", "79", 79, "count", "trường hợp",
        subject="trường hợp đăng ký khai tử", period=D),
    fig("kết hôn 64 cặp", "64", 64, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=D),
    fig("cấp 215 giấy", "215", 215, "count", "giấy xác nhận tình trạng hôn nhân",
        subject="giấy xác nhận tình trạng hôn nhân được cấp", period=D),
    fig("hơn 2.300 bản sao", "2.300", 2300, "count", "bản sao", approx="over",
        subject="bản sao giấy tờ được chứng thực", period=D),
    fig("bộ 544 hồ sơ", "544", 544, "count", "hồ sơ",
        subject="hồ sơ hộ tịch tiếp nhận trong năm", period=per("trong năm", "2023-01-01", "2023-12-31")),
    fig("từ 35 đến 40%", "35", 35, "percent", "%", value_max=40,
        subject="tỷ lệ hồ sơ nộp trực tuyến mỗi tháng", period=inh(Y23)),
    fig("đạt 46,2%", "46,2", 46.2, "percent", "%",
        subject="tỷ lệ hồ sơ nộp trực tuyến tháng 11",
        period=per("tháng 11", "2023-11-01", "2023-11-30")),
    fig("là 3,65 triệu đồng", "3,65", 3650000, "money", "đồng",
        subject="tổng lệ phí hộ tịch đã thu", period=inh(Y23)),
    fig("khoảng 195 trường hợp", "195", 195, "count", "trường hợp", approx="about", status="estimate",
        subject="trường hợp đăng ký khai sinh cả năm", period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 85 trường hợp", "85", 85, "count", "trường hợp", approx="about", status="estimate",
        subject="trường hợp đăng ký khai tử cả năm", period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
    fig("phát hiện 4 trẻ em", "4", 4, "count", "trẻ em",
        subject="trẻ em chưa được đăng ký khai sinh"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trẻ em sinh ra được đăng ký khai sinh đúng hạn", period=Y24),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ đăng ký khai tử đúng hạn", period=Y24),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hồ sơ nộp trực tuyến", period=Y24),
]

COMMENTS = [
    "Commune portal (UBND xã Quảng Phú, huyện Quảng Điền, Thừa Thiên Huế), 'Ngày đăng: 22/12/2023': hộ tịch in 2023.",
    "Location = the district 'Quảng Điền': the spec's location is a province, city or district, so a commune's figures take its district.",
    "revised after the first run: location was the commune 'Quảng Phú' (annotator's choice, from score.py's 'xã' prefix); re-reading",
    "FIGURES.md §3 ('the province, city or district the figure describes') a commune is not a value of the field: changed to Quảng Điền.",
    "Villages (thôn Thủy Lập, thôn Phú Lễ) are not places of a figure. '(trong đó đăng ký lại 7 trường hợp)' → total 186.",
    "'Tính đến ngày 15/12/2023' → as-of (start null); 'tháng 11' takes 2023 from it; 'Ước cả năm 2023' → estimate, about.",
    "'trong năm' (544 hồ sơ) is the year 2023 (from the as-of date); the monthly range inherits it. 'từ 35 đến 40%' → value 35, value_max 40.",
    "Distractors: dateline, 'thứ Hai', 'thứ Bảy' (weekdays), 'số 12 đường Nguyễn Vịnh', phone 0234.3551.207.",
    "'100%' in the headline: a share that is the claim (no period phrase).",
]

if __name__ == "__main__":
    emit("p701-8", TEXT, COMMENTS, FIGS, published="2023-12-22", location="Quảng Điền")
