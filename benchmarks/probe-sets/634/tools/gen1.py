"""p634-1: Bắc Giang province portal — HĐND tỉnh thông qua danh mục công trình thu hồi đất năm 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
HĐND tỉnh thông qua danh mục 312 công trình, dự án thu hồi đất năm 2024
Cập nhật: 14/12/2023 16:05
Lượt xem: 3.126

(Bắc Giang) - Chiều 13/12, tại Kỳ họp thứ 16, HĐND tỉnh khóa XIX đã biểu quyết thông qua Nghị quyết số 58/NQ-HĐND về danh mục các công trình, dự án cần thu hồi đất, chuyển mục đích sử dụng đất năm 2024 trên địa bàn tỉnh Bắc Giang.

Theo Nghị quyết, năm 2024 toàn tỉnh có 312 công trình, dự án cần thu hồi đất với tổng diện tích 1.846,72 ha, giảm 57 công trình so với năm 2023. Trong đó, 204 công trình, dự án đăng ký mới với diện tích 1.127,4 ha; 108 công trình, dự án chuyển tiếp với diện tích 719,32 ha.

Về chuyển mục đích sử dụng đất, HĐND tỉnh chấp thuận chuyển mục đích 436,85 ha đất trồng lúa để thực hiện 147 công trình, dự án; 28,6 ha đất rừng sản xuất cho 9 dự án và 4,15 ha đất rừng phòng hộ cho 2 dự án (chủ yếu là dự án nâng cấp Quốc lộ 31 và Tỉnh lộ 293).

Các địa phương có nhiều công trình, dự án nhất là thị xã Việt Yên (46 dự án), huyện Lạng Giang (39 dự án), huyện Yên Dũng (31 dự án) và TP Bắc Giang (28 dự án).

Tổng kinh phí bồi thường, giải phóng mặt bằng dự kiến khoảng 3.250 tỷ đồng, trong đó ngân sách tỉnh bố trí 1.420 tỷ đồng.

Đối với danh mục năm 2023, tính đến ngày 30/11/2023 toàn tỉnh đã thu hồi đất xong 214/369 công trình, dự án, đạt 58%; diện tích đã thu hồi 1.032,5 ha.

Ban Kinh tế - Ngân sách HĐND tỉnh đề nghị UBND tỉnh không đưa vào danh mục những dự án chưa xác định được nguồn vốn.

Cổng Thông tin điện tử tỉnh Bắc Giang - Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.320
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S = "công trình, dự án cần thu hồi đất"

FIGS = [
    fig("danh mục 312 công trình", "312", 312, "count", "công trình, dự án",
        "công trình, dự án thu hồi đất", Y24),
    fig("toàn tỉnh có 312 công trình", "312", 312, "count", "công trình, dự án", S, Y24,
        change=chg("decrease", 57, "công trình", "năm 2023")),
    fig("tổng diện tích 1.846,72 ha", "1.846,72", 1846.72, "measure", "ha",
        "tổng diện tích công trình, dự án cần thu hồi đất", Y24),
    fig("204 công trình", "204", 204, "count", "công trình, dự án",
        "công trình, dự án cần thu hồi đất đăng ký mới", inh(Y24), total=312),
    fig("1.127,4 ha", "1.127,4", 1127.4, "measure", "ha",
        "diện tích công trình, dự án đăng ký mới", inh(Y24), total=1846.72),
    fig("108 công trình", "108", 108, "count", "công trình, dự án",
        "công trình, dự án chuyển tiếp", inh(Y24), total=312),
    fig("719,32 ha", "719,32", 719.32, "measure", "ha",
        "diện tích công trình, dự án chuyển tiếp", inh(Y24), total=1846.72),
    fig("436,85 ha", "436,85", 436.85, "measure", "ha",
        "đất trồng lúa chuyển mục đích sử dụng", inh(Y24)),
    fig("thực hiện 147 công trình", "147", 147, "count", "công trình, dự án",
        "công trình, dự án sử dụng đất trồng lúa", inh(Y24)),
    fig("28,6 ha", "28,6", 28.6, "measure", "ha",
        "đất rừng sản xuất chuyển mục đích sử dụng", inh(Y24)),
    fig("cho 9 dự án", "9", 9, "count", "dự án",
        "dự án sử dụng đất rừng sản xuất", inh(Y24)),
    fig("4,15 ha", "4,15", 4.15, "measure", "ha",
        "đất rừng phòng hộ chuyển mục đích sử dụng", inh(Y24)),
    fig("cho 2 dự án", "2", 2, "count", "dự án",
        "dự án sử dụng đất rừng phòng hộ", inh(Y24)),
    fig("(46 dự án)", "46", 46, "count", "dự án", S, inh(Y24), location="Việt Yên"),
    fig("(39 dự án)", "39", 39, "count", "dự án", S, inh(Y24), location="Lạng Giang"),
    fig("(31 dự án)", "31", 31, "count", "dự án", S, inh(Y24), location="Yên Dũng"),
    fig("(28 dự án)", "28", 28, "count", "dự án", S, inh(Y24), location="Bắc Giang"),
    fig("khoảng 3.250 tỷ đồng", "3.250", 3250e9, "money", "đồng",
        "tổng kinh phí bồi thường, giải phóng mặt bằng", inh(Y24), approx="about", status="forecast"),
    fig("bố trí 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng",
        "kinh phí bồi thường, giải phóng mặt bằng từ ngân sách tỉnh", inh(Y24),
        total=3250e9, status="forecast"),
    fig("xong 214/369", "214", 214, "count", "công trình, dự án",
        "công trình, dự án đã thu hồi đất xong trong danh mục năm 2023",
        per("tính đến ngày 30/11/2023", None, "2023-11-30"), total=369, percent=58),
    fig("thu hồi 1.032,5 ha", "1.032,5", 1032.5, "measure", "ha",
        "diện tích đã thu hồi", per("tính đến ngày 30/11/2023", None, "2023-11-30")),
]

NOTES = [
    "Cổng TTĐT tỉnh Bắc Giang: HĐND tỉnh thông qua danh mục công trình, dự án thu hồi đất, chuyển mục đích năm 2024.",
    "Not figures: Lượt xem: 3.126, Kỳ họp thứ 16, khóa XIX, Nghị quyết số 58/NQ-HĐND, Quốc lộ 31, Tỉnh lộ 293, Số 82 Hùng Vương, phone, 'Chiều 13/12'.",
    "Counts of projects in an adopted list are actual (no status cue); 'dự kiến' makes the compensation money forecast, continued into its 'trong đó' part.",
    "The 'Trong đó' sentence: parts of 312 / 1.846,72 ha. District list after 'nhiều nhất là' has no part-of cue: no total; districts go to location.",
    "'214/369 … đạt 58%': total 369 (a list, not a plan), percent 58.",
]

if __name__ == "__main__":
    write("p634-1", TEXT, NOTES, FIGS, published="2023-12-14", location="Bắc Giang")
