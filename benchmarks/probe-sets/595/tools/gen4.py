"""p595-4: Bộ GTVT ministry site, national inland waterway transport 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 22/01/2024 | Lượt xem: 2.085

Năm 2023, vận tải thủy nội địa đạt gần 415 triệu tấn hàng hóa

Theo báo cáo của Cục Đường thủy nội địa Việt Nam, năm 2023 sản lượng vận tải hàng hóa bằng đường thủy nội địa cả nước ước đạt gần 415 triệu tấn, tăng 7,8% so với năm 2022, chiếm khoảng 19,6% tổng khối lượng hàng hóa vận chuyển của toàn ngành; vận tải hành khách ước đạt 264 triệu lượt khách.

Cả nước hiện có 2.913 bến khách ngang sông, trong đó 1.862 bến chở khách kết hợp chở xe mô tô. Tổng số phương tiện thủy nội địa đã đăng ký là 148.700 chiếc. Năm 2023, các chi cục đã kiểm tra 21.450 lượt phương tiện, xử lý 4.387 trường hợp vi phạm với tổng số tiền phạt 11,2 tỷ đồng.

Về tai nạn, năm 2023 toàn quốc xảy ra 61 vụ tai nạn giao thông đường thủy nội địa, làm chết 43 người, bị thương 12 người; so với năm 2022 giảm 9 vụ, giảm 5 người chết. Các tỉnh có nhiều vụ nhất lần lượt là Cà Mau, Kiên Giang và Đồng Tháp với 8, 6 và 5 vụ.

Thực hiện Quyết định số 1829/QĐ-TTg ngày 31/10/2021 về quy hoạch kết cấu hạ tầng đường thủy nội địa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, năm 2024 Cục phấn đấu sản lượng hàng hóa đạt 440 triệu tấn; đến năm 2030, tỷ trọng vận tải thủy nội địa đạt 25 - 27% tổng khối lượng hàng hóa.

Thứ trưởng Nguyễn Xuân Sang đề nghị Cục tiếp tục rà soát 100% bến khách ngang sông trước mùa mưa lũ, xử lý dứt điểm các bến không phép.

Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LOC = "Việt Nam"

FIGS = [
    fig("đạt gần 415 triệu tấn hàng hóa", "415", 415000000, "measure", "tấn",
        "hàng hóa vận tải thủy nội địa", per("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    fig("ước đạt gần 415 triệu tấn,", "415", 415000000, "measure", "tấn",
        "sản lượng vận tải hàng hóa bằng đường thủy nội địa", Y23, approx="nearly", percent=19.6,
        change=chg("increase", 7.8, baseline="năm 2022"), status="estimate"),
    fig("ước đạt 264 triệu", "264", 264000000, "count", "lượt khách", "vận tải hành khách", Y23,
        status="estimate"),
    fig("có 2.913 bến", "2.913", 2913, "count", "bến", "bến khách ngang sông"),
    fig("1.862 bến", "1.862", 1862, "count", "bến", "bến chở khách kết hợp chở xe mô tô", total=2913),
    fig("là 148.700 chiếc", "148.700", 148700, "count", "chiếc", "phương tiện thủy nội địa đã đăng ký"),
    fig("kiểm tra 21.450 lượt", "21.450", 21450, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("xử lý 4.387 trường hợp", "4.387", 4387, "count", "trường hợp", "trường hợp vi phạm được xử lý",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("phạt 11,2 tỷ đồng", "11,2", 11200000000, "money", "đồng", "tổng số tiền phạt",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("xảy ra 61 vụ", "61", 61, "count", "vụ", "tai nạn giao thông đường thủy nội địa", Y23,
        change=chg("decrease", 9, "vụ", baseline="năm 2022")),
    fig("chết 43 người", "43", 43, "count", "người", "người chết do tai nạn giao thông đường thủy nội địa", Y23,
        change=chg("decrease", 5, "người", baseline="năm 2022")),
    fig("thương 12 người", "12", 12, "count", "người", "người bị thương do tai nạn giao thông đường thủy nội địa",
        Y23),
    fig("với 8, 6", "8", 8, "count", "vụ", "vụ tai nạn", inh(Y23), location="Cà Mau"),
    fig("8, 6 và", "6", 6, "count", "vụ", "vụ tai nạn", inh(Y23), location="Kiên Giang"),
    fig("và 5 vụ", "5", 5, "count", "vụ", "vụ tai nạn", inh(Y23), location="Đồng Tháp"),
    fig("đạt 440 triệu tấn", "440", 440000000, "measure", "tấn", "sản lượng hàng hóa",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("25 - 27%", "25", 25, "percent", "%", "tỷ trọng vận tải thủy nội địa trong tổng khối lượng hàng hóa",
        per("đến năm 2030", end="2030-12-31"), value_max=27, status="target"),
    fig("rà soát 100% bến", "100", 100, "percent", "%", "bến khách ngang sông được rà soát trước mùa mưa lũ",
        status="target", optional=True),
]

COMMENTS = [
    "Bộ GTVT portal (invented): national inland waterway freight/passengers 2023, ferry crossings, registered boats, checks, accidents, targets.",
    "'Ngày đăng: 22/01/2024 | Lượt xem: 2.085'. Location Việt Nam; list items 'lần lượt là Cà Mau, Kiên Giang và Đồng Tháp với 8, 6 và 5 vụ'",
    "take the provinces as location, the list's indicator as subject. 'so với năm 2022 giảm 9 vụ, giảm 5 người chết' are the changes of",
    "61 vụ and 43 người (attached across the clause). 'chiếm khoảng 19,6%' is the percent of 415 triệu tấn. 'ước đạt' → estimate for",
    "both figures of the first sentence (the second continues its clause). '1.862 bến' after 'trong đó' → total 2.913.",
    "'đề nghị ... rà soát 100% bến' is a directive, not a statistic: optional (target if reported). Freight tonnage is 'measure'/'tấn'.",
    "Distractors: Quyết định số 1829/QĐ-TTg ngày 31/10/2021, 'thời kỳ 2021 - 2030', 'tầm nhìn đến năm 2050', Số 80 Trần Hưng Đạo, phone, counter.",
]

if __name__ == "__main__":
    emit("p595-4", TEXT, COMMENTS, FIGS, published="2024-01-22", location=LOC)
