"""p736-4: ministry site (Bộ LĐ-TB&XH), national: thưởng Tết Giáp Thìn 2024, nợ lương, Tổng LĐLĐ chăm lo Tết."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Lao động - Tiền lương

63/63 địa phương đã báo cáo tình hình thưởng Tết Giáp Thìn
Ngày đăng: 18/01/2024 | Lượt xem: 2.073

Theo tổng hợp của Cục Quan hệ lao động và Tiền lương, tính đến ngày 16/01/2024, 63/63 tỉnh, thành phố trực thuộc Trung ương đã gửi báo cáo tình hình tiền lương, thưởng Tết của người lao động. Năm 2023, tiền lương bình quân của người lao động trong doanh nghiệp ước đạt 8,4 triệu đồng/người/tháng, tăng khoảng 4,5% so với năm 2022.

Về thưởng Tết Nguyên đán, mức thưởng bình quân tại doanh nghiệp nhà nước là 6,3 triệu đồng/người, doanh nghiệp dân doanh 5,3 triệu đồng/người và doanh nghiệp có vốn đầu tư nước ngoài 5,2 triệu đồng/người. Mức thưởng cao nhất thuộc về một doanh nghiệp dân doanh tại TP Hồ Chí Minh với 1,8 tỷ đồng/người; tiếp đến là Hà Nội 1,2 tỷ đồng/người, Bình Dương 980 triệu đồng/người. Mức thưởng thấp nhất là 200.000 đồng/người.

Một số địa phương có mức thưởng bình quân cao là Quảng Ninh (11,6 triệu đồng/người), Đà Nẵng (8,9 triệu đồng/người) và Hải Phòng (8,2 triệu đồng/người).

Theo báo cáo của 41 địa phương, có 215 doanh nghiệp gặp khó khăn, nợ lương với khoảng 44.000 lao động, số tiền hơn 176 tỷ đồng. So với cùng kỳ năm trước, số doanh nghiệp nợ lương giảm 12,4%.

Căn cứ Điều 104 Bộ luật Lao động, Bộ trưởng yêu cầu các địa phương bảo đảm 100% người lao động được nhận đủ lương trước Tết. Dự kiến, Tổng Liên đoàn Lao động Việt Nam sẽ dành khoảng 1.250 tỷ đồng chăm lo Tết, hỗ trợ gần 1,3 triệu lượt đoàn viên, người lao động.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9544
"""

ASOF = asof("tính đến ngày 16/01/2024", "2024-01-16")
Y23 = year(2023, "Năm 2023")
TOP = "mức thưởng Tết Nguyên đán cao nhất"
AVG = "mức thưởng Tết bình quân"

FIGS = [
    fig("63/63 địa phương đã", "63", 63, "count", "địa phương", "địa phương báo cáo tình hình thưởng Tết Giáp Thìn",
        total=63),
    fig("16/01/2024, 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố trực thuộc Trung ương gửi báo cáo tình hình tiền lương, thưởng Tết", ASOF, total=63),
    fig("ước đạt 8,4 triệu", "8,4", 8.4e6, "money", "đồng/người/tháng",
        "tiền lương bình quân của người lao động trong doanh nghiệp", Y23, status="estimate",
        change=change("increase", 4.5, approx="about", baseline="năm 2022")),
    fig("là 6,3 triệu", "6,3", 6.3e6, "money", "đồng/người", "mức thưởng Tết Nguyên đán bình quân doanh nghiệp nhà nước"),
    fig("dân doanh 5,3 triệu", "5,3", 5.3e6, "money", "đồng/người",
        "mức thưởng Tết Nguyên đán bình quân doanh nghiệp dân doanh"),
    fig("nước ngoài 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người",
        "mức thưởng Tết Nguyên đán bình quân doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("với 1,8 tỷ", "1,8", 1.8e9, "money", "đồng/người", TOP, location="TP Hồ Chí Minh"),
    fig("Hà Nội 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/người", TOP, location="Hà Nội"),
    fig("Bình Dương 980 triệu", "980", 980e6, "money", "đồng/người", TOP, location="Bình Dương"),
    fig("là 200.000", "200.000", 200000, "money", "đồng/người", "mức thưởng Tết Nguyên đán thấp nhất"),
    fig("Quảng Ninh (11,6", "11,6", 11.6e6, "money", "đồng/người", AVG, location="Quảng Ninh"),
    fig("Đà Nẵng (8,9", "8,9", 8.9e6, "money", "đồng/người", AVG, location="Đà Nẵng"),
    fig("Hải Phòng (8,2", "8,2", 8.2e6, "money", "đồng/người", AVG, location="Hải Phòng"),
    fig("của 41 địa phương", "41", 41, "count", "địa phương", "địa phương báo cáo tình hình nợ lương"),
    fig("có 215 doanh nghiệp", "215", 215, "count", "doanh nghiệp", "doanh nghiệp gặp khó khăn, nợ lương"),
    fig("khoảng 44.000 lao động", "44.000", 44000, "count", "lao động", "lao động bị nợ lương", approx="about"),
    fig("hơn 176 tỷ", "176", 176e9, "money", "đồng", "số tiền nợ lương", approx="over"),
    fig("giảm 12,4%", "12,4", 12.4, "percent", "%", "số doanh nghiệp nợ lương so với cùng kỳ năm trước"),
    fig("bảo đảm 100%", "100", 100, "percent", "%", "người lao động được nhận đủ lương trước Tết", status="target"),
    fig("khoảng 1.250 tỷ", "1.250", 1250e9, "money", "đồng",
        "kinh phí Tổng Liên đoàn Lao động Việt Nam chăm lo Tết", approx="about", status="forecast"),
    fig("gần 1,3 triệu", "1,3", 1.3e6, "count", "lượt đoàn viên, người lao động",
        "lượt đoàn viên, người lao động được hỗ trợ", approx="nearly", status="forecast"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH site: national figures on Tết Giáp Thìn 2024 bonuses, wages 2023, nợ lương; location Việt Nam.",
    "Headline and lead '63/63' take 63 as total. Provinces in the 'cao nhất' and 'bình quân cao' lists are the items' locations;",
    "the 200.000 đồng lowest bonus stays national. 'So với cùng kỳ năm trước, số doanh nghiệp nợ lương giảm 12,4%' is its own",
    "sentence naming its indicator: a percent figure, not a change of 215. 'yêu cầu … bảo đảm 100%' is a target;",
    "'Dự kiến' governs its clause and the continuing 'hỗ trợ gần 1,3 triệu' clause (forecast).",
    "Distractors: Ngày đăng line, Lượt xem: 2.073, Điều 104 Bộ luật Lao động, Số 12 Ngô Quyền, phone 024.3826.9544.",
]

if __name__ == "__main__":
    emit("p736-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
