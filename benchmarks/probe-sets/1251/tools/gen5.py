"""p1251-5: provincial Party newspaper (Báo Cà Mau, tag (CMO)): a family bird sanctuary in huyện Đầm Dơi."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU
Thời sự | Kinh tế | Xã hội | Du lịch

Giữ sân chim giữa rừng tràm

Thứ Năm, 16/05/2024 | 06:45

Hơn 20 năm qua, gia đình ông Lý Văn Sáu ở xã Tân Thuận, huyện Đầm Dơi kiên trì giữ khu vườn tràm cho chim, cò về trú ngụ. Nay sân chim nhỏ đã thành điểm tham quan quen thuộc của du khách.

(CMO) - Khu vườn rộng 2,5 ha của ông Sáu hiện có khoảng 10 nghìn con chim, cò thuộc hơn ba chục loài, nhiều nhất là cò trắng, cò ruồi và vạc. Năm 1998, khi mới có chừng 300 con về đậu, ông quyết định không chặt tràm, không cho ai bắt chim.

Ông Sáu cho biết, mỗi năm gia đình chi khoảng 30 triệu đồng để thuê người canh giữ và đắp bờ bao. Từ năm 2022, sân chim mở cửa đón khách. Hiện mỗi ngày cuối tuần có từ 50 đến 70 lượt khách, giá vé 20.000 đồng/người. Năm 2023, gia đình thu khoảng 180 triệu đồng từ bán vé và nước uống, gấp đôi năm 2022.

Theo Hạt Kiểm lâm huyện Đầm Dơi, toàn huyện hiện có 12 sân chim với tổng diện tích gần 600 ha, trong đó 4 sân chim do hộ gia đình quản lý. Riêng sân chim Đầm Dơi rộng 130 ha, là nơi cư trú của khoảng 50 nghìn cá thể chim. Năm 2024, huyện dự kiến hỗ trợ mỗi sân chim tư nhân 10 triệu đồng để làm bảng chỉ dẫn, lối đi.

"Chim về đông là mừng, mình chỉ mong giữ được cho con cháu", ông Sáu chia sẻ.

TUẤN KHANH
"""

Y98 = per("Năm 1998", "1998-01-01", "1998-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 20 năm", "20", 20, "measure", "năm", approx="over",
        subject="thời gian gia đình ông Sáu giữ khu vườn cho chim", optional=True),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích khu vườn của ông Sáu"),
    fig("khoảng 10 nghìn con", "10", 10e3, "count", "con", approx="about",
        subject="chim, cò khu vườn của ông Sáu hiện có"),
    fig("hơn ba chục loài", "ba chục", 30, "count", "loài", approx="over", subject="loài chim, cò"),
    fig("chừng 300 con", "300", 300, "count", "con", approx="about", subject="chim về đậu", period=Y98),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng/năm", approx="about",
        subject="chi phí gia đình thuê người canh giữ và đắp bờ bao"),
    fig("từ 50 đến 70 lượt", "50", 50, "measure", "lượt khách/ngày", value_max=70,
        subject="lượt khách mỗi ngày cuối tuần"),
    fig("giá vé 20.000", "20.000", 20000, "money", "đồng/người", subject="giá vé"),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng", approx="about",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="tiền gia đình thu từ bán vé và nước uống", period=Y23),
    fig("có 12 sân chim", "12", 12, "count", "sân chim", subject="sân chim toàn huyện"),
    fig("gần 600 ha", "600", 600, "measure", "ha", approx="nearly", subject="tổng diện tích sân chim"),
    fig("4 sân chim do", "4", 4, "count", "sân chim", total=12, subject="sân chim do hộ gia đình quản lý"),
    fig("rộng 130 ha", "130", 130, "measure", "ha", subject="diện tích sân chim Đầm Dơi"),
    fig("khoảng 50 nghìn", "50", 50e3, "count", "cá thể", approx="about",
        subject="cá thể chim cư trú tại sân chim Đầm Dơi"),
    fig("nhân 10 triệu", "10", 10e6, "money", "đồng/sân chim", status="forecast",
        subject="hỗ trợ sân chim tư nhân", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Cà Mau): menu, headline, 'Thứ Năm, 16/05/2024 | 06:45', sapo, tag '(CMO) -', quote, byline at the end.",
    "Distractors: 06:45, the founding year 'Năm 1998' (date), 'Từ năm 2022' (the opening year, not a figure).",
    "Location Đầm Dơi for every figure (the family sanctuary and the district figures are all in huyện Đầm Dơi).",
    "Optional: the sapo's 'Hơn 20 năm qua' (how long the family kept the garden; a duration that may or may not be counted).",
    "'hơn ba chục loài' → 30, over. 'chừng 300 con' → about (chừng). 'gấp đôi năm 2022' → change increase 2 lần.",
    "'mỗi năm ... khoảng 30 triệu đồng' → rate đồng/năm; 'mỗi ngày cuối tuần có từ 50 đến 70 lượt khách' → measure lượt khách/ngày;",
    "'hỗ trợ mỗi sân chim tư nhân 10 triệu đồng' → đồng/sân chim. Present-tense figures ('hiện') carry no period.",
    "'trong đó 4 sân chim do hộ gia đình quản lý' → total 12. 'Riêng sân chim Đầm Dơi' has no part-of cue: no total.",
]

if __name__ == "__main__":
    write("p1251-5", TEXT, NOTES, FIGS, published="2024-05-16", location="Đầm Dơi")
