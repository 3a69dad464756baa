"""p1367-4: ministry site (Bộ VHTTDL, Cục Thể dục thể thao): national futsal league 2024, clubs, courts, FIFA rank, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức - Sự kiện > Thể dục thể thao

Futsal Việt Nam sau 13 mùa giải chuyên nghiệp: hơn 1.100 trận đấu

28/10/2024 | 16:10 | Cục Thể dục thể thao

Giải Futsal vô địch quốc gia năm 2024 vừa khép lại với 10 đội bóng tham dự, thi đấu 90 trận theo thể thức sân nhà - sân khách. Tổng cộng 563 bàn thắng được ghi, bình quân 6,26 bàn/trận, cao hơn 0,4 bàn/trận so với mùa giải 2023. Lượng khán giả đến sân ước đạt khoảng 105 nghìn lượt, tăng 18% so với năm trước. Lượt xem trực tuyến trên các nền tảng số vượt 12 triệu lượt.

Tổng kinh phí tổ chức mùa giải 2024 khoảng 18,5 tỷ đồng, trong đó các nhà tài trợ đóng góp 12 tỷ đồng, chiếm 64,9%.

Theo Liên đoàn Bóng đá Việt Nam, cả nước hiện có 10 câu lạc bộ futsal chuyên nghiệp với khoảng 210 cầu thủ đăng ký, trong đó 24 cầu thủ nước ngoài. Số sân futsal trong nhà đạt chuẩn thi đấu mới có 14 sân, tập trung tại TP Hồ Chí Minh (6 sân), Hà Nội (3 sân) và Đà Nẵng (2 sân).

Đội tuyển futsal nam Việt Nam hiện xếp thứ 35 thế giới và thứ 5 châu Á trên bảng xếp hạng tháng 9/2024, đã hai lần dự vòng chung kết futsal World Cup (năm 2016 và năm 2021).

Theo Đề án phát triển futsal giai đoạn 2024-2030 ban hành kèm Quyết định số 2315/QĐ-BVHTTDL, mục tiêu đến năm 2030 cả nước có ít nhất 30 sân futsal đạt chuẩn, số vận động viên futsal đăng ký đạt khoảng 1.500 người, trong đó vận động viên nữ chiếm 30%; đội tuyển nam phấn đấu vươn lên vị trí thứ 4 châu Á.

Tin cùng chuyên mục:
- Tổng kết Giải Bóng bàn các cây vợt xuất sắc toàn quốc năm 2024
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S24 = per("mùa giải 2024", "2024-01-01", "2024-12-31")
M9 = per("tháng 9/2024", "2024-09-01", "2024-09-30")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("sau 13 mùa giải", "13", 13, "count", "mùa giải", subject="mùa giải chuyên nghiệp của futsal Việt Nam",
        optional=True),
    fig("hơn 1.100 trận", "1.100", 1100, "count", "trận đấu", approx="over",
        subject="trận đấu futsal chuyên nghiệp"),
    fig("với 10 đội bóng", "10", 10, "count", "đội bóng",
        subject="đội bóng tham dự Giải Futsal vô địch quốc gia", period=Y24),
    fig("thi đấu 90 trận", "90", 90, "count", "trận", subject="trận đấu của giải", period=Y24),
    fig("Tổng cộng 563 bàn", "563", 563, "count", "bàn thắng", subject="bàn thắng được ghi",
        period=inh(Y24)),
    fig("bình quân 6,26", "6,26", 6.26, "measure", "bàn/trận",
        change=chg("increase", 0.4, "bàn/trận", "mùa giải 2023"),
        subject="số bàn thắng bình quân", period=inh(Y24)),
    fig("khoảng 105 nghìn", "105", 105000, "count", "lượt", approx="about", status="estimate",
        change=chg("increase", 18, "%", "năm trước"),
        subject="lượng khán giả đến sân", period=inh(Y24)),
    fig("vượt 12 triệu", "12", 12e6, "count", "lượt", approx="over",
        subject="lượt xem trực tuyến trên các nền tảng số", period=inh(Y24)),
    fig("khoảng 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", approx="about",
        subject="tổng kinh phí tổ chức mùa giải", period=S24),
    fig("đóng góp 12 tỷ", "12", 12e9, "money", "đồng", total=18.5e9, percent=64.9,
        subject="kinh phí các nhà tài trợ đóng góp", period=S24),
    fig("có 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", subject="câu lạc bộ futsal chuyên nghiệp"),
    fig("khoảng 210 cầu thủ", "210", 210, "count", "cầu thủ", approx="about", subject="cầu thủ đăng ký"),
    fig("trong đó 24 cầu thủ", "24", 24, "count", "cầu thủ", total=210, subject="cầu thủ nước ngoài"),
    fig("mới có 14 sân", "14", 14, "count", "sân", subject="sân futsal trong nhà đạt chuẩn thi đấu"),
    fig("Minh (6 sân)", "6", 6, "count", "sân", subject="sân futsal trong nhà đạt chuẩn thi đấu",
        location="TP Hồ Chí Minh"),
    fig("Nội (3 sân)", "3", 3, "count", "sân", subject="sân futsal trong nhà đạt chuẩn thi đấu",
        location="Hà Nội"),
    fig("Nẵng (2 sân)", "2", 2, "count", "sân", subject="sân futsal trong nhà đạt chuẩn thi đấu",
        location="Đà Nẵng"),
    fig("thứ 35 thế giới", "35", 35, "rank", "hạng",
        subject="xếp hạng thế giới của đội tuyển futsal nam Việt Nam", period=M9),
    fig("thứ 5 châu Á", "5", 5, "rank", "hạng",
        subject="xếp hạng châu Á của đội tuyển futsal nam Việt Nam", period=M9),
    fig("hai lần dự", "hai", 2, "count", "lần",
        subject="lần đội tuyển futsal nam Việt Nam dự vòng chung kết futsal World Cup"),
    fig("ít nhất 30 sân", "30", 30, "count", "sân", approx="at_least", status="target",
        subject="sân futsal đạt chuẩn", period=TO30),
    fig("khoảng 1.500 người", "1.500", 1500, "count", "người", approx="about", status="target",
        subject="số vận động viên futsal đăng ký", period=TO30),
    fig("chiếm 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ vận động viên nữ trong số vận động viên futsal đăng ký", period=TO30),
    fig("vị trí thứ 4", "4", 4, "rank", "hạng", status="target",
        subject="xếp hạng châu Á của đội tuyển nam", period=TO30),
]

NOTES = [
    "Headline 'sau 13 mùa giải chuyên nghiệp' is the span over which the 1.100 matches were played (a duration that locates a figure): optional.",
    "Ministry site (Bộ VHTTDL): breadcrumb, '28/10/2024 | 16:10 | Cục Thể dục thể thao', related link, address footer and phone.",
    "National figures → location Việt Nam; the listed cities of the courts are their items' locations ('(6 sân)' etc.), 6+3+2 ≠ 14: no total.",
    "League figures after the first sentence inherit 'năm 2024' (not scored); 'mùa giải 2024' is a period (the 2024 season).",
    "'cao hơn 0,4 bàn/trận so với mùa giải 2023' is a change in bàn/trận; 'vượt 12 triệu lượt' = over (no plan, 'vượt' before a number).",
    "'Lượt xem trực tuyến ... vượt 12 triệu' is its own sentence without 'ước' → actual.",
    "'hai lần dự vòng chung kết' is a count of participations (unit lần), not a multiple.",
    "'mục tiêu đến năm 2030' governs the chain up to 'phấn đấu ... vị trí thứ 4' → target; 'trong đó vận động viên nữ chiếm 30%' is an own percent figure.",
    "Distractors: 16:10, 'mùa giải 2023', '(năm 2016 và năm 2021)', 'giai đoạn 2024-2030', 'Quyết định số 2315/QĐ-BVHTTDL', '51 Ngô Quyền', phone.",
]

if __name__ == "__main__":
    write("p1367-4", TEXT, NOTES, FIGS, published="2024-10-28", location="Việt Nam")
