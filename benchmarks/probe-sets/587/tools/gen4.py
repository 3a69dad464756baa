"""p587-4: Bộ LĐ-TB&XH ministry site — người có công, mức chuẩn trợ cấp, quà 27/7, mộ và nghĩa trang liệt sĩ cả nước."""
from lib import emit, fig, per, inh, ch

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức - Sự kiện > Người có công
Ngày đăng: 25/07/2024 | Lượt xem: 1.872

Hơn 1,4 triệu suất quà của Chủ tịch nước đến với người có công dịp 27/7

Theo Cục Người có công, tính đến ngày 30/6/2024, cả nước đã xác nhận hơn 9,2 triệu người có công với cách mạng, trong đó có hơn 1,2 triệu liệt sĩ và 138.896 Bà mẹ Việt Nam anh hùng. Hiện khoảng 1,14 triệu người đang hưởng trợ cấp ưu đãi hằng tháng.

Từ ngày 1/7/2024, theo Nghị định số 77/2024/NĐ-CP, mức chuẩn trợ cấp ưu đãi người có công là 2.789.000 đồng, tăng 35,7% so với mức 2.055.000 đồng áp dụng trước đó. Tổng kinh phí thực hiện chính sách ưu đãi người có công năm 2024 dự kiến khoảng 45.600 tỷ đồng, tăng khoảng 28% so với năm 2023.

Dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), Chủ tịch nước tặng 1.426.530 suất quà với tổng kinh phí hơn 466,4 tỷ đồng; trong đó 1.298.104 suất mức 300.000 đồng và 128.426 suất mức 600.000 đồng.

Về công tác mộ, nghĩa trang, cả nước hiện có 3.268 nghĩa trang liệt sĩ, đang quản lý gần 960.000 mộ, trong đó khoảng 310.000 mộ chưa xác định được danh tính. Năm 2023, các địa phương đã tu bổ, nâng cấp 412 công trình ghi công liệt sĩ với tổng kinh phí 1.150 tỷ đồng. Các địa phương có nhiều mộ liệt sĩ nhất là Quảng Trị (gần 52.000 mộ), Nghệ An (48.600 mộ), Tây Ninh (39.200 mộ) và Bình Phước (31.500 mộ).

Cục Người có công đề nghị các địa phương hoàn thành việc chi trả quà trước ngày 27/7 và báo cáo kết quả về Bộ trước ngày 5/8/2024.

Cục Người có công - Số 2 Đinh Lễ, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3826.9539
"""

PAS = per("tính đến ngày 30/6/2024", None, "2024-06-30")
P23 = per("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    fig("Hơn 1,4 triệu suất", "1,4", 1.4e6, "count", "suất quà", "suất quà của Chủ tịch nước tặng người có công",
        approx="over"),
    fig("hơn 9,2 triệu người", "9,2", 9.2e6, "count", "người", "người có công với cách mạng đã xác nhận", PAS,
        approx="over"),
    fig("hơn 1,2 triệu liệt sĩ", "1,2", 1.2e6, "count", "liệt sĩ", "liệt sĩ", PAS, approx="over", total=9.2e6),
    fig("và 138.896 Bà mẹ", "138.896", 138896, "count", "Bà mẹ Việt Nam anh hùng", "Bà mẹ Việt Nam anh hùng", PAS,
        total=9.2e6),
    fig("khoảng 1,14 triệu người", "1,14", 1.14e6, "count", "người", "người đang hưởng trợ cấp ưu đãi hằng tháng",
        approx="about"),
    fig("là 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công",
        change=ch("increase", 35.7, "%", "mức 2.055.000 đồng áp dụng trước đó")),
    fig("mức 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng",
        "mức chuẩn trợ cấp ưu đãi người có công áp dụng trước đó"),
    fig("khoảng 45.600 tỷ đồng", "45.600", 45600e9, "money", "đồng",
        "tổng kinh phí thực hiện chính sách ưu đãi người có công", per("năm 2024", "2024-01-01", "2024-12-31"),
        approx="about", change=ch("increase", 28, "%", "năm 2023", approx="about"), status="forecast"),
    fig("tặng 1.426.530 suất", "1.426.530", 1426530, "count", "suất quà", "suất quà Chủ tịch nước tặng"),
    fig("hơn 466,4 tỷ đồng", "466,4", 466.4e9, "money", "đồng", "tổng kinh phí quà tặng của Chủ tịch nước",
        approx="over"),
    fig("1.298.104 suất", "1.298.104", 1298104, "count", "suất", "suất quà mức 300.000 đồng", total=1426530),
    fig("suất mức 300.000 đồng", "300.000", 300000, "money", "đồng", "mức quà"),
    fig("128.426 suất", "128.426", 128426, "count", "suất", "suất quà mức 600.000 đồng", total=1426530),
    fig("mức 600.000 đồng", "600.000", 600000, "money", "đồng", "mức quà"),
    fig("có 3.268 nghĩa trang", "3.268", 3268, "count", "nghĩa trang", "nghĩa trang liệt sĩ"),
    fig("gần 960.000 mộ", "960.000", 960000, "count", "mộ", "mộ liệt sĩ đang quản lý", approx="nearly"),
    fig("khoảng 310.000 mộ", "310.000", 310000, "count", "mộ", "mộ chưa xác định được danh tính", approx="about",
        total=960000),
    fig("nâng cấp 412 công trình", "412", 412, "count", "công trình", "công trình ghi công liệt sĩ được tu bổ, nâng cấp",
        P23),
    fig("kinh phí 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "kinh phí tu bổ, nâng cấp công trình ghi công liệt sĩ",
        P23),
    fig("(gần 52.000 mộ)", "52.000", 52000, "count", "mộ", "mộ liệt sĩ", approx="nearly", location="Quảng Trị"),
    fig("(48.600 mộ)", "48.600", 48600, "count", "mộ", "mộ liệt sĩ", location="Nghệ An"),
    fig("(39.200 mộ)", "39.200", 39200, "count", "mộ", "mộ liệt sĩ", location="Tây Ninh"),
    fig("(31.500 mộ)", "31.500", 31500, "count", "mộ", "mộ liệt sĩ", location="Bình Phước"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH (ministry site): người có công cả nước, mức chuẩn trợ cấp từ 1/7/2024, quà của Chủ tịch nước dịp 27/7,",
    "mộ và nghĩa trang liệt sĩ. 'Ngày đăng: 25/07/2024 | Lượt xem: 1.872' (counter not a figure).",
    "Not figures: Nghị định số 77/2024/NĐ-CP, '77 năm Ngày Thương binh - Liệt sĩ' (anniversary name), 27/7/1947, 27/7, 5/8/2024,",
    "'Số 2 Đinh Lễ', phone 024.3826.9539.",
    "2.789.000 đồng carries the change (35,7%); the baseline amount 2.055.000 đồng is a money figure of its own (as h06).",
    "'Từ ngày 1/7/2024' is an open start, not a period of the spec: no period given. 'trong đó 1.298.104 suất ... 128.426 suất'",
    "add up to 1.426.530: total. The gift levels 300.000/600.000 đồng are money figures ('mức quà').",
    "Province list (Quảng Trị ... Bình Phước): each item's location is the province, subject the list's indicator.",
]

if __name__ == "__main__":
    emit("p587-4", TEXT, COMMENTS, FIGS, published="2024-07-25", location="Việt Nam")
