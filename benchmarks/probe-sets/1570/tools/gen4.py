"""p1570-4: ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): international visitors' souvenir spending, national."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Khách quốc tế chi hơn 1,2 tỷ USD mua hàng lưu niệm

20/08/2024 | 09:30 | Cục Du lịch Quốc gia Việt Nam

Theo kết quả điều tra chi tiêu của khách du lịch năm 2023 do Cục Du lịch Quốc gia Việt Nam phối hợp với Tổng cục Thống kê thực hiện, cả nước đón 12,6 triệu lượt khách quốc tế, mỗi lượt khách chi tiêu bình quân 1.151 USD. Trong cơ cấu chi tiêu, mua sắm hàng hóa, quà lưu niệm chiếm 8,4%, xếp thứ tư sau lưu trú, ăn uống và đi lại.

Riêng nhóm đồ lưu niệm nhỏ như móc khóa, nam châm tủ lạnh, bưu thiếp, mỗi khách quốc tế chi khoảng 15-20 USD. Khách Hàn Quốc và Trung Quốc chi nhiều nhất, lần lượt 24 USD và 21 USD/lượt.

Năm 2024, ngành du lịch phấn đấu đón 17-18 triệu lượt khách quốc tế. 7 tháng đầu năm 2024, khách quốc tế đến Việt Nam đạt hơn 9,9 triệu lượt, tăng 51,1% so với cùng kỳ năm 2023 và bằng 98,6% cùng kỳ năm 2019.

Hiện cả nước có khoảng 5.400 cơ sở sản xuất hàng thủ công mỹ nghệ, lưu niệm, trong đó hơn 1.200 cơ sở tại Hà Nội, tiếp đến là Bắc Ninh (khoảng 640 cơ sở) và Quảng Nam (gần 500 cơ sở).

Theo Chiến lược phát triển du lịch Việt Nam (Quyết định số 147/QĐ-TTg), mục tiêu đến năm 2030, chi tiêu của khách quốc tế cho mua sắm đạt tối thiểu 15% tổng chi tiêu; xây dựng ít nhất 100 điểm bán hàng lưu niệm đạt chuẩn phục vụ khách du lịch.

Bài viết cùng chuyên mục:
- Hội nghị xúc tiến du lịch tại Seoul năm 2024
- Phát động Giải thưởng Du lịch Việt Nam lần thứ 5

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SEVEN = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("chi hơn 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", approx="over",
        subject="khách quốc tế chi mua hàng lưu niệm"),
    fig("đón 12,6 triệu lượt", "12,6", 12.6e6, "count", "lượt", subject="lượt khách quốc tế cả nước đón",
        period=Y23),
    fig("bình quân 1.151 USD", "1.151", 1151, "money", "USD/lượt khách",
        subject="chi tiêu bình quân mỗi lượt khách quốc tế", period=Y23),
    fig("chiếm 8,4%", "8,4", 8.4, "percent", "%",
        subject="mua sắm hàng hóa, quà lưu niệm trong cơ cấu chi tiêu", period=inh(Y23)),
    fig("xếp thứ tư", "tư", 4, "rank", "hạng",
        subject="mua sắm hàng hóa, quà lưu niệm trong cơ cấu chi tiêu", period=inh(Y23)),
    fig("khoảng 15-20 USD", "15", 15, "money", "USD/khách", value_max=20, approx="about",
        subject="chi cho nhóm đồ lưu niệm nhỏ của mỗi khách quốc tế"),
    fig("lần lượt 24 USD", "24", 24, "money", "USD/lượt",
        subject="khách Hàn Quốc chi cho đồ lưu niệm nhỏ"),
    fig("và 21 USD/lượt", "21", 21, "money", "USD/lượt",
        subject="khách Trung Quốc chi cho đồ lưu niệm nhỏ"),
    fig("đón 17-18 triệu", "17", 17e6, "count", "lượt", value_max=18e6, status="target",
        subject="lượt khách quốc tế ngành du lịch đón", period=Y24),
    fig("hơn 9,9 triệu lượt", "9,9", 9.9e6, "count", "lượt", approx="over", percent=98.6,
        change=chg("increase", 51.1, "%", "cùng kỳ năm 2023"),
        subject="khách quốc tế đến Việt Nam", period=SEVEN),
    fig("khoảng 5.400 cơ sở", "5.400", 5400, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất hàng thủ công mỹ nghệ, lưu niệm"),
    fig("hơn 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="over", total=5400,
        subject="cơ sở sản xuất hàng thủ công mỹ nghệ, lưu niệm", location="Hà Nội"),
    fig("khoảng 640 cơ sở", "640", 640, "count", "cơ sở", approx="about", total=5400,
        subject="cơ sở sản xuất hàng thủ công mỹ nghệ, lưu niệm", location="Bắc Ninh"),
    fig("gần 500 cơ sở", "500", 500, "count", "cơ sở", approx="nearly", total=5400,
        subject="cơ sở sản xuất hàng thủ công mỹ nghệ, lưu niệm", location="Quảng Nam"),
    fig("tối thiểu 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="chi tiêu của khách quốc tế cho mua sắm trong tổng chi tiêu", period=T30),
    fig("ít nhất 100 điểm", "100", 100, "count", "điểm", approx="at_least", status="target",
        subject="điểm bán hàng lưu niệm đạt chuẩn phục vụ khách du lịch", period=T30),
]

NOTES = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch): breadcrumb, '20/08/2024 | 09:30 | Cục Du lịch Quốc gia Việt Nam', related links, footer.",
    "National figures: location Việt Nam; Hàn Quốc, Trung Quốc are visitors' origins, not places (subject instead).",
    "Distractors: 09:30, Quyết định số 147/QĐ-TTg, 'năm 2019' baseline, 'lần thứ 5', 'Seoul năm 2024', '51 Ngô Quyền', phone.",
    "'điều tra ... năm 2023 ..., cả nước đón 12,6 triệu lượt' → period năm 2023 for the two figures of that sentence.",
    "'chiếm 8,4%, xếp thứ tư' → a percent figure and a rank (number word 'tư' = 4), period inherited.",
    "'mỗi lượt khách ... 1.151 USD', 'mỗi khách ... 15-20 USD' → rate units USD/lượt khách, USD/khách.",
    "'lần lượt 24 USD và 21 USD/lượt': list, one figure per item, the shared denominator given to both.",
    "'tăng 51,1% ... và bằng 98,6% cùng kỳ năm 2019' → one change and one percent attribute (share after 'bằng').",
    "'trong đó hơn 1.200 cơ sở tại Hà Nội, tiếp đến là Bắc Ninh (...) và Quảng Nam (...)' → parts of 5.400, each located.",
    "'mục tiêu đến năm 2030' governs both ';' clauses: target, period start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1570-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
