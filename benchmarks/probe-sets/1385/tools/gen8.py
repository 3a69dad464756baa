"""p1385-8: radio/TV site (Đài PT-TH Sóc Trăng, 'STV -'): salt season 2025 in thị xã Vĩnh Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Truyền hình trực tiếp STV1

Vĩnh Châu: Diêm dân trúng mùa, giá muối ổn định

06/05/2025 - 17:30

STV - Vụ muối năm 2025, thị xã Vĩnh Châu sản xuất 420 ha, tăng 35 ha so với vụ trước. Đến nay, diêm dân đã thu hoạch khoảng 23.000 tấn muối, năng suất bình quân 55 tấn/ha.

Quý I/2025, giá muối tại ruộng dao động 1.600-1.800 đồng/kg; từ đầu tháng 4 đến nay tăng lên 2.000-2.200 đồng/kg. Trừ chi phí, mỗi ha muối cho lãi khoảng 40 triệu đồng, cao hơn 10 triệu đồng so với năm 2024.

Anh Thạch Sô Phol ở khóm Âu Thọ B, phường Vĩnh Phước, có 8 công ruộng muối. Vụ này anh thu được gần 45 tấn, đã bán hết với giá 2.100 đồng/kg. Trừ chi phí thuê nhân công khoảng 250.000 đồng/ngày, gia đình anh còn lãi hơn 60 triệu đồng.

Toàn thị xã có 1.120 hộ làm muối, trong đó 65% là hộ đồng bào Khmer. Hợp tác xã Muối Vĩnh Hải Phát đã thu mua 3.200 tấn, chiếm gần 14% sản lượng muối của thị xã, với giá cao hơn thị trường từ 100 đến 150 đồng/kg.

Thị xã phấn đấu đến năm 2030 có 100 ha sản xuất muối sạch trải bạt, xây dựng thêm 2 kho chứa với tổng sức chứa 5.000 tấn, nâng thu nhập của diêm dân lên gấp đôi hiện nay.

Minh Khoa - Thạch Sa Ra

Xem thêm:
- Vĩnh Châu tổ chức Lễ hội Oóc Om Bóc năm 2024
- Bản tin thời sự 19 giờ ngày 05/5/2025
"""

Y25 = per("Vụ muối năm 2025", "2025-01-01", "2025-12-31")
NOW = per("Đến nay", None, "2025-05-06")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
APR = per("từ đầu tháng 4 đến nay", "2025-04-01", "2025-05-06")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("sản xuất 420 ha", "420", 420, "measure", "ha", change=chg("increase", 35, "ha", "vụ trước"),
        subject="diện tích sản xuất muối", period=Y25),
    fig("khoảng 23.000 tấn", "23.000", 23000, "measure", "tấn", approx="about",
        subject="muối diêm dân thu hoạch", period=NOW),
    fig("bình quân 55 tấn/ha", "55", 55, "measure", "tấn/ha", subject="năng suất muối bình quân", period=NOW),
    fig("dao động 1.600-1.800", "1.600", 1600, "money", "đồng/kg", value_max=1800,
        subject="giá muối tại ruộng", period=Q1),
    fig("lên 2.000-2.200", "2.000", 2000, "money", "đồng/kg", value_max=2200,
        subject="giá muối tại ruộng", period=APR),
    fig("khoảng 40 triệu", "40", 40e6, "money", "đồng/ha", approx="about",
        change=chg("increase", 10e6, "đồng", "năm 2024"), subject="lãi mỗi ha muối"),
    fig("có 8 công", "8", 8, "measure", "công", subject="ruộng muối của anh Thạch Sô Phol"),
    fig("gần 45 tấn", "45", 45, "measure", "tấn", approx="nearly", subject="muối anh thu được vụ này"),
    fig("giá 2.100", "2.100", 2100, "money", "đồng/kg", subject="giá bán muối"),
    fig("khoảng 250.000", "250.000", 250000, "money", "đồng/ngày", approx="about",
        subject="chi phí thuê nhân công"),
    fig("hơn 60 triệu", "60", 60e6, "money", "đồng", approx="over", subject="lãi của gia đình anh"),
    fig("có 1.120 hộ", "1.120", 1120, "count", "hộ", subject="hộ làm muối"),
    fig("đó 65%", "65", 65, "percent", "%", subject="tỷ lệ hộ đồng bào Khmer trong hộ làm muối"),
    fig("thu mua 3.200 tấn", "3.200", 3200, "measure", "tấn", percent=14,
        subject="muối Hợp tác xã Muối Vĩnh Hải Phát thu mua"),
    fig("từ 100 đến 150", "100", 100, "money", "đồng/kg", value_max=150,
        subject="giá thu mua cao hơn thị trường"),
    fig("có 100 ha", "100", 100, "measure", "ha", status="target",
        subject="diện tích sản xuất muối sạch trải bạt", period=T30),
    fig("thêm 2 kho", "2", 2, "count", "kho", status="target", subject="kho chứa muối xây dựng thêm",
        period=T30),
    fig("sức chứa 5.000 tấn", "5.000", 5000, "measure", "tấn", status="target",
        subject="tổng sức chứa kho", period=T30),
    fig("lên gấp đôi", "đôi", 2, "multiple", "lần", status="target",
        subject="thu nhập của diêm dân so với hiện nay", period=T30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Sóc Trăng): menu with 'STV1', headline, '06/05/2025 - 17:30', lead 'STV -', bylines, 'Xem thêm' links.",
    "Distractors: 'STV1', 17:30, 'khóm Âu Thọ B', '19 giờ ngày 05/5/2025', 'năm 2024' in a link, 'Quý I/2025' (period), 'vụ trước'.",
    "All figures are in thị xã Vĩnh Châu (default location). 'Vụ muối năm 2025' → year 2025; 'Đến nay' → as-of the dateline;",
    "'từ đầu tháng 4 đến nay' → 2025-04-01..2025-05-06; 'Quý I/2025' → Q1. 'tăng lên 2.000-2.200' is the new level (range), no change.",
    "'mỗi ha muối cho lãi khoảng 40 triệu đồng, cao hơn 10 triệu đồng so với năm 2024' → đồng/ha with a change in đồng.",
    "'8 công' → measure in công (Mekong land unit). 'khoảng 250.000 đồng/ngày' is the daily hire cost.",
    "'trong đó 65% là hộ đồng bào Khmer' → percent figure of its own (a share, no base amount). 'chiếm gần 14%' → percent attribute of 3.200 tấn.",
    "'cao hơn thị trường từ 100 đến 150 đồng/kg' stands as the claim (a price premium), so it is a figure, not a change.",
    "'phấn đấu đến năm 2030' governs the sentence: 100 ha, 2 kho, 5.000 tấn, and 'lên gấp đôi hiện nay' (multiple, standing alone) → target.",
]

if __name__ == "__main__":
    write("p1385-8", TEXT, NOTES, FIGS, published="2025-05-06", location="Vĩnh Châu")
