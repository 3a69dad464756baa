"""p1425-8: radio/TV site (Đài PT-TH Trà Vinh, THTV): rice - giant freshwater prawn in huyện Cầu Ngang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TRÀ VINH
Thời sự | Kinh tế | Nông nghiệp - Nông thôn | Video | Phát thanh

Cầu Ngang: Lúa - tôm càng xanh cho lãi gấp ba trồng lúa

Cập nhật lúc 16:45, Thứ Năm, 12/12/2024

(THTV) - Năm 2024, huyện Cầu Ngang có 1.250 ha sản xuất lúa kết hợp nuôi tôm càng xanh, tăng 180 ha so với năm trước, đứng thứ 2 toàn tỉnh sau huyện Trà Cú.

Tại xã Hiệp Mỹ Tây, cạnh Quốc lộ 53, HTX Nông nghiệp Thành Lợi có 45 thành viên, canh tác 62 ha. Sau khi thu hoạch lúa, các hộ thả tôm càng xanh với mật độ 3-4 con/m2, năng suất đạt 600-700 kg/ha; giá bán tại ao từ 170.000 đến 190.000 đồng/kg. Bình quân mỗi ha lãi khoảng ba chục triệu đồng từ lúa và hơn 90 triệu đồng từ tôm.

Ông Thạch Văn Tha, thành viên HTX, cho biết: "Gia đình tôi có 2,5 ha, năm nay thu gần 1,6 tấn tôm, lãi hơn 200 triệu đồng, gấp 3 lần hồi còn trồng lúa độc canh".

Mô hình giúp giải quyết việc làm cho hàng trăm lao động nông thôn với thu nhập 6-7 triệu đồng/người/tháng. Huyện phấn đấu đến năm 2025 mở rộng diện tích lên 1.500 ha, trong đó 200 ha đạt chuẩn VietGAP.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 4.300 ha lúa - tôm, tập trung tại 3 huyện Cầu Ngang, Trà Cú và Duyên Hải; năng suất lúa bình quân 5,5 tấn/ha.

Bản tin Thời sự 19h ngày 12/12/2024
Chia sẻ | Bình luận (0)

Tin cùng chuyên mục:
- Trà Cú: Nông dân xuống giống vụ lúa Đông Xuân 2024-2025
- Duyên Hải: Ra quân nạo vét kênh thủy lợi nội đồng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TV = "Trà Vinh"
A = "diện tích sản xuất lúa kết hợp nuôi tôm càng xanh"

FIGS = [
    fig("lãi gấp ba", "ba", 3, "multiple", "lần", subject="lãi lúa - tôm càng xanh so với trồng lúa"),
    fig("có 1.250 ha", "1.250", 1250, "measure", "ha", change=chg("increase", 180, "ha", "năm trước"),
        subject=A, period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject=A, period=Y24),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên HTX Nông nghiệp Thành Lợi"),
    fig("canh tác 62 ha", "62", 62, "measure", "ha", subject="diện tích HTX canh tác"),
    fig("mật độ 3-4 con/m2", "3", 3, "measure", "con/m2", value_max=4, subject="mật độ thả tôm càng xanh"),
    fig("đạt 600-700 kg/ha", "600", 600, "measure", "kg/ha", value_max=700, subject="năng suất tôm càng xanh"),
    fig("từ 170.000 đến 190.000", "170.000", 170000, "money", "đồng/kg", value_max=190000,
        subject="giá bán tôm càng xanh tại ao"),
    fig("khoảng ba chục triệu", "ba chục", 30e6, "money", "đồng/ha", approx="about", subject="lãi từ lúa"),
    fig("hơn 90 triệu", "90", 90e6, "money", "đồng/ha", approx="over", subject="lãi từ tôm"),
    fig("có 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích của gia đình ông Thạch Văn Tha"),
    fig("gần 1,6 tấn", "1,6", 1.6, "measure", "tấn", approx="nearly", subject="tôm thu hoạch", period=NOW),
    fig("hơn 200 triệu", "200", 200e6, "money", "đồng", approx="over",
        change=chg("increase", 3, "lần", "hồi còn trồng lúa độc canh"), subject="lãi", period=NOW),
    fig("hàng trăm lao động", "trăm", 100, "count", "lao động", approx="over",
        subject="lao động nông thôn được giải quyết việc làm", optional=True),
    fig("nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập lao động nông thôn"),
    fig("lên 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject=A, period=T25),
    fig("trong đó 200 ha", "200", 200, "measure", "ha", total=1500, status="target",
        subject="diện tích đạt chuẩn VietGAP", period=T25),
    fig("khoảng 4.300 ha", "4.300", 4300, "measure", "ha", approx="about",
        subject="diện tích lúa - tôm toàn tỉnh", location=TV),
    fig("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện tập trung diện tích lúa - tôm", location=TV),
    fig("bình quân 5,5 tấn/ha", "5,5", 5.5, "measure", "tấn/ha", subject="năng suất lúa bình quân", location=TV),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Trà Vinh): menu, 'Cập nhật lúc 16:45, Thứ Năm, 12/12/2024', tag '(THTV) -', broadcast note, share bar, related links.",
    "Distractors: 16:45, 'Quốc lộ 53', 'm2' in 'con/m2', 'Bản tin Thời sự 19h ngày 12/12/2024', 'Bình luận (0)', 'Đông Xuân 2024-2025'.",
    "Headline 'cho lãi gấp ba trồng lúa' has no amount: a multiple as the claim (3 lần). 'gấp 3 lần hồi còn trồng lúa độc canh' is the change",
    "of 'hơn 200 triệu đồng'. 'khoảng ba chục triệu đồng' = 30 triệu (number word), đồng/ha from 'mỗi ha'.",
    "'đứng thứ 2 toàn tỉnh' → rank of the district (Cầu Ngang), same sentence as 'Năm 2024'. 'tăng 180 ha so với năm trước' → change in ha.",
    "'hàng trăm lao động' is a vague amount (value 100, over): optional.",
    "'phấn đấu đến năm 2025' governs the part after 'trong đó' (total 1.500, target). Province figures ('toàn tỉnh', Sở) → Trà Vinh.",
]

if __name__ == "__main__":
    write("p1425-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Cầu Ngang")
