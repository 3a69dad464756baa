"""p1434-5: Party newspaper (Báo Thái Nguyên): land restoration after the Hóa Trung iron mine closed (huyện Đồng Hỷ)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO THÁI NGUYÊN ĐIỆN TỬ
Kinh tế > Tài nguyên - Môi trường

Hồi sinh đất mỏ sau khai thác quặng sắt

Sau khi mỏ sắt Hóa Trung dừng khai thác, hơn 30 ha đất từng là moong và bãi thải đã được phủ xanh, người dân có thêm đất trồng chè.

(TN) - Mỏ sắt Hóa Trung ở huyện Đồng Hỷ do Công ty TNHH Khai khoáng Phúc Hà khai thác suốt 16 năm, kết thúc khai thác từ tháng 3/2023. Ngay sau đó, doanh nghiệp triển khai phương án cải tạo, phục hồi môi trường với tổng kinh phí khoảng 17,5 tỷ đồng, trong đó tiền ký quỹ là 9,2 tỷ đồng.

Đến nay, công ty đã san gạt, hoàn thổ 31,4 ha trên tổng số 38 ha diện tích bị ảnh hưởng, trồng mới 52.000 cây keo, bạch đàn; tỷ lệ cây sống đạt trên 85%. Khoảng 20 ha đất sau hoàn thổ được bàn giao lại cho xã Hóa Trung để giao cho 46 hộ dân trồng chè. Dự kiến năm 2026, diện tích chè này cho thu hoạch lứa đầu với năng suất khoảng 8-10 tấn búp tươi/ha.

"Trước đây mỗi lần nổ mìn, nhà tôi ở xóm 5 rung cả mái ngói; giờ đồi đã xanh trở lại", bà Ma Thị Hoa, người dân xã Hóa Trung, chia sẻ.

Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có 11 mỏ sắt đã được cấp phép, trong đó 6 mỏ đã dừng khai thác. Năm 2023, các mỏ sắt trên địa bàn tỉnh khai thác khoảng 1,1 triệu tấn quặng, nộp ngân sách 265 tỷ đồng. Tỉnh phấn đấu đến hết năm 2025 hoàn thành cải tạo, phục hồi môi trường ít nhất 4 mỏ đã đóng cửa.

Bài và ảnh: THU HÀ
25/06/2024

Tin cùng chuyên mục:
- Đồng Hỷ: Ra quân làm sạch môi trường Quốc lộ 1B
- Thái Nguyên tuyên truyền Luật Tài nguyên nước năm 2023
"""

NOW = per("Đến nay", None, "2024-06-25")
Y26 = per("năm 2026", "2026-01-01", "2026-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến hết năm 2025", None, "2025-12-31")
DH = "Đồng Hỷ"

FIGS = [
    fig("hơn 30 ha", "30", 30, "measure", "ha", approx="over",
        subject="đất từng là moong và bãi thải được phủ xanh", location=DH),
    fig("suốt 16 năm", "16", 16, "measure", "năm", optional=True,
        subject="thời gian khai thác mỏ sắt Hóa Trung", location=DH),
    fig("khoảng 17,5 tỷ", "17,5", 17.5e9, "money", "đồng", approx="about",
        subject="tổng kinh phí phương án cải tạo, phục hồi môi trường", location=DH),
    fig("là 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", total=17.5e9, subject="tiền ký quỹ", location=DH),
    fig("hoàn thổ 31,4 ha", "31,4", 31.4, "measure", "ha", total=38,
        subject="diện tích công ty đã san gạt, hoàn thổ", period=NOW, location=DH),
    fig("mới 52.000 cây", "52.000", 52000, "count", "cây", subject="cây keo, bạch đàn trồng mới",
        period=NOW, location=DH),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", subject="tỷ lệ cây sống", period=NOW, location=DH),
    fig("Khoảng 20 ha", "20", 20, "measure", "ha", approx="about",
        subject="đất sau hoàn thổ được bàn giao lại cho xã Hóa Trung", location=DH),
    fig("cho 46 hộ", "46", 46, "count", "hộ", subject="hộ dân được giao đất trồng chè", location=DH),
    fig("khoảng 8-10 tấn", "8", 8, "measure", "tấn/ha", value_max=10, approx="about", status="forecast",
        subject="năng suất chè búp tươi", period=Y26, location=DH),
    fig("có 11 mỏ sắt", "11", 11, "count", "mỏ", subject="mỏ sắt đã được cấp phép"),
    fig("đó 6 mỏ", "6", 6, "count", "mỏ", total=11, subject="mỏ đã dừng khai thác"),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "tấn", approx="about",
        subject="quặng các mỏ sắt trên địa bàn tỉnh khai thác", period=Y23),
    fig("ngân sách 265 tỷ", "265", 265e9, "money", "đồng",
        subject="nộp ngân sách của các mỏ sắt", period=Y23),
    fig("ít nhất 4 mỏ", "4", 4, "count", "mỏ", approx="at_least", status="target",
        subject="mỏ đã đóng cửa hoàn thành cải tạo, phục hồi môi trường", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Thái Nguyên): section path, headline, sapo, tag '(TN) -', byline 'Bài và ảnh: THU HÀ' and bare date 25/06/2024 at the end.",
    "Distractors: 'tháng 3/2023' (a date), 'xóm 5', 'Quốc lộ 1B', 'Luật Tài nguyên nước năm 2023' in a link title.",
    "Published = the date under the byline (2024-06-25). 'Đến nay' is an as-of phrase: end = published, start null; it covers the",
    "';'-clauses of its sentence (31,4 ha, 52.000 cây, 85%).",
    "'31,4 ha trên tổng số 38 ha' → total 38 (an attribute, not a figure). '17,5 tỷ đồng, trong đó tiền ký quỹ là 9,2 tỷ đồng' → total 17,5 tỷ.",
    "'khai thác suốt 16 năm' is a duration of the mine's life: optional (like 'gần 10 năm phát triển' in an earlier probe set).",
    "Location: the mine's passage (sapo and paragraphs 1-2) is in huyện Đồng Hỷ; the Sở's provincial figures are Thái Nguyên.",
    "'Dự kiến năm 2026 ... năng suất khoảng 8-10 tấn búp tươi/ha' → forecast, approx about, unit tấn/ha.",
    "'đến hết năm 2025' → start null, end 2025-12-31; 'phấn đấu ... ít nhất 4 mỏ' → target, at_least.",
]

if __name__ == "__main__":
    write("p1434-5", TEXT, NOTES, FIGS, published="2024-06-25", location="Thái Nguyên")
