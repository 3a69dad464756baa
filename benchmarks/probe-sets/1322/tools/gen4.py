"""p1322-4: ministry site (Cục Du lịch Quốc gia Việt Nam): national lodging stock 2024, occupancy list, targets 2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Số liệu thống kê

Cả nước có gần 45.000 cơ sở lưu trú du lịch

18/03/2025 | 09:20 | Phòng Lưu trú du lịch

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2024, cả nước có 44.860 cơ sở lưu trú du lịch với khoảng 752.000 buồng (tăng 4,1% so với năm 2023). Trong số này, có 1.870 khách sạn được xếp hạng từ 3 đến 5 sao, gồm 312 khách sạn 5 sao (78.400 buồng), 486 khách sạn 4 sao và 1.072 khách sạn 3 sao.

Công suất sử dụng phòng bình quân cả nước năm 2024 ước đạt 62%, cao hơn 5 điểm phần trăm so với năm 2023. Các địa phương có công suất phòng cao là Hà Nội (74%), TP Hồ Chí Minh (71,5%), Quảng Ninh (68%) và Đà Nẵng (66%).

Giá phòng bình quân của khách sạn 5 sao năm 2024 khoảng 2,6 triệu đồng/đêm, bằng 92% mức trước dịch năm 2019; khách sạn 3 sao khoảng 850.000 đồng/đêm. Việt Nam hiện đứng thứ 4 trong khu vực ASEAN về số buồng khách sạn 4-5 sao, sau Thái Lan, Malaysia và Indonesia.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg), mục tiêu đến năm 2030 cả nước có khoảng 1,2 triệu buồng lưu trú, trong đó 30-35% đạt tiêu chuẩn từ 3 sao trở lên. Dự kiến năm 2025, cả nước có thêm khoảng 40.000 buồng mới.

Địa chỉ: 80 Quán Sứ, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.6917
"""

ASOF = per("tính đến hết năm 2024", None, "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
OCC = "công suất phòng"

FIGS = [
    fig("gần 45.000", "45.000", 45000, "count", "cơ sở lưu trú du lịch", approx="nearly",
        subject="cơ sở lưu trú du lịch"),
    fig("có 44.860 cơ sở", "44.860", 44860, "count", "cơ sở lưu trú du lịch",
        subject="cơ sở lưu trú du lịch", period=ASOF),
    fig("khoảng 752.000 buồng", "752.000", 752000, "count", "buồng", approx="about",
        change=chg("increase", 4.1, "%", "năm 2023"), subject="buồng của các cơ sở lưu trú du lịch", period=ASOF),
    fig("có 1.870 khách sạn", "1.870", 1870, "count", "khách sạn", total=44860,
        subject="khách sạn được xếp hạng từ 3 đến 5 sao", period=inh(ASOF)),
    fig("gồm 312 khách sạn", "312", 312, "count", "khách sạn", total=1870, subject="khách sạn 5 sao",
        period=inh(ASOF)),
    fig("(78.400 buồng)", "78.400", 78400, "count", "buồng", subject="buồng của khách sạn 5 sao", period=inh(ASOF)),
    fig("486 khách sạn", "486", 486, "count", "khách sạn", total=1870, subject="khách sạn 4 sao", period=inh(ASOF)),
    fig("1.072 khách sạn", "1.072", 1072, "count", "khách sạn", total=1870, subject="khách sạn 3 sao",
        period=inh(ASOF)),
    fig("ước đạt 62%", "62", 62, "percent", "%", status="estimate",
        change=chg("increase", 5, "điểm phần trăm", "năm 2023"),
        subject="công suất sử dụng phòng bình quân cả nước", period=Y24),
    fig("Hà Nội (74%)", "74", 74, "percent", "%", subject=OCC, period=inh(Y24), location="Hà Nội"),
    fig("TP Hồ Chí Minh (71,5%)", "71,5", 71.5, "percent", "%", subject=OCC, period=inh(Y24),
        location="Hồ Chí Minh"),
    fig("Quảng Ninh (68%)", "68", 68, "percent", "%", subject=OCC, period=inh(Y24), location="Quảng Ninh"),
    fig("Đà Nẵng (66%)", "66", 66, "percent", "%", subject=OCC, period=inh(Y24), location="Đà Nẵng"),
    fig("khoảng 2,6 triệu", "2,6", 2.6e6, "money", "đồng/đêm", approx="about", percent=92,
        subject="giá phòng bình quân của khách sạn 5 sao", period=Y24),
    fig("khoảng 850.000", "850.000", 850000, "money", "đồng/đêm", approx="about",
        subject="giá phòng bình quân của khách sạn 3 sao", period=Y24),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="số buồng khách sạn 4-5 sao"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "buồng", approx="about", status="target",
        subject="buồng lưu trú", period=T30),
    fig("30-35%", "30", 30, "percent", "%", value_max=35, status="target",
        subject="buồng lưu trú đạt tiêu chuẩn từ 3 sao trở lên", period=T30),
    fig("khoảng 40.000 buồng", "40.000", 40000, "count", "buồng", approx="about", status="forecast",
        subject="buồng mới", period=Y25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): breadcrumb, '18/03/2025 | 09:20 | Phòng Lưu trú du lịch', address footer.",
    "Distractors: 09:20, 'từ 3 đến 5 sao', '5 sao', '4 sao', '3 sao', '4-5 sao', 'từ 3 sao trở lên', 'năm 2019', Quyết định số 147/QĐ-TTg, '80 Quán Sứ', phone.",
    "Headline 'gần 45.000' is its own figure (nearly), no period. 'tính đến hết năm 2024' is an as-of date (start null).",
    "'(tăng 4,1% so với năm 2023)' right after '752.000 buồng' is the change of the rooms, not of the 44.860 establishments.",
    "'Trong số này, có 1.870' → total 44.860 ('trong số N'); 'gồm 312 ..., 486 ... và 1.072' add up to 1.870 → total 1.870.",
    "'(78.400 buồng)' is the rooms of the 5-star hotels: no cue makes it part of 752.000, so no total.",
    "List 'Hà Nội (74%), ...': subject = the list's indicator, place → location; a new sentence after 'ước đạt', so status actual; period inherited.",
    "'bằng 92% mức trước dịch' → percent attribute. 'đứng thứ 4 trong khu vực ASEAN' → rank of Việt Nam.",
    "'mục tiêu đến năm 2030 ... khoảng 1,2 triệu buồng, trong đó 30-35% ...' → target, period null..2030-12-31; the share is its own percent figure.",
]

if __name__ == "__main__":
    write("p1322-4", TEXT, NOTES, FIGS, published="2025-03-18", location="Việt Nam")
