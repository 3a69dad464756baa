"""p1563-1: province portal (Bình Dương): songbird clubs, contests, bird trade; 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Phong trào nuôi chim cảnh thu hút hơn 4.000 hội viên

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Hội Sinh vật cảnh tỉnh Bình Dương, tính đến ngày 30/9/2024, toàn tỉnh có 37 câu lạc bộ chim cảnh với 4.215 hội viên, tăng 312 hội viên so với cuối năm 2023, số hội viên đứng thứ 2 khu vực Đông Nam Bộ. Trong đó, chim chào mào có 21 câu lạc bộ, chim họa mi 9 câu lạc bộ, còn lại là các câu lạc bộ chích chòe, khướu và sáo.

9 tháng đầu năm 2024, các câu lạc bộ đã tổ chức 14 hội thi chim hót, thu hút khoảng 5.600 lượt chim tham gia, tăng 18% so với cùng kỳ năm 2023. Hội thi lớn nhất diễn ra tại TP Thủ Dầu Một vào tháng 4 với 820 chim dự thi, trao 45 giải thưởng, tổng giá trị giải thưởng 160 triệu đồng.

Cùng với phong trào, dịch vụ chim cảnh phát triển mạnh. Toàn tỉnh hiện có khoảng 260 cơ sở kinh doanh chim, lồng và phụ kiện, tập trung ở TP Thuận An và TP Dĩ An; doanh thu ước đạt 95 tỷ đồng trong 9 tháng. Giá một chú chào mào thi đấu dao động từ 3 đến 15 triệu đồng, có con đạt giải được trả giá trên 50 triệu đồng.

Hội Sinh vật cảnh tỉnh cũng phối hợp với Chi cục Kiểm lâm tuyên truyền không săn bắt, mua bán chim hoang dã. Từ đầu năm đến nay, hội viên đã tự nguyện giao nộp 126 cá thể chim hoang dã để thả về tự nhiên.

Năm 2025, hội phấn đấu phát triển thêm 5 câu lạc bộ, nâng tổng số hội viên lên ít nhất 4.500 người.

Tin liên quan:
- Hội thi chim chào mào mở rộng lần thứ 3 tại Bến Cát
- Ra mắt Câu lạc bộ Sinh vật cảnh phường Phú Cường
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
APR = per("tháng 4", "2024-04-01", "2024-04-30")
NINE_S = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TDM = "Thủ Dầu Một"

FIGS = [
    fig("hơn 4.000 hội viên", "4.000", 4000, "count", "hội viên", approx="over",
        subject="hội viên phong trào nuôi chim cảnh"),
    fig("có 37 câu lạc bộ", "37", 37, "count", "câu lạc bộ", subject="câu lạc bộ chim cảnh", period=ASOF),
    fig("với 4.215 hội viên", "4.215", 4215, "count", "hội viên",
        change=chg("increase", 312, "hội viên", "cuối năm 2023"),
        subject="hội viên câu lạc bộ chim cảnh", period=ASOF),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số hội viên", period=ASOF),
    fig("có 21 câu lạc bộ", "21", 21, "count", "câu lạc bộ", total=37,
        subject="câu lạc bộ chim chào mào", period=inh(ASOF)),
    fig("họa mi 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ", total=37,
        subject="câu lạc bộ chim họa mi", period=inh(ASOF)),
    fig("14 hội thi", "14", 14, "count", "hội thi", subject="hội thi chim hót các câu lạc bộ tổ chức",
        period=NINE),
    fig("khoảng 5.600 lượt", "5.600", 5600, "count", "lượt chim", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="lượt chim tham gia hội thi", period=NINE),
    fig("với 820 chim", "820", 820, "count", "chim", subject="chim dự thi hội thi lớn nhất",
        period=APR, location=TDM),
    fig("trao 45 giải", "45", 45, "count", "giải thưởng", subject="giải thưởng hội thi lớn nhất trao",
        period=APR, location=TDM),
    fig("thưởng 160 triệu", "160", 160e6, "money", "đồng", subject="tổng giá trị giải thưởng",
        period=APR, location=TDM),
    fig("khoảng 260 cơ sở", "260", 260, "count", "cơ sở", approx="about",
        subject="cơ sở kinh doanh chim, lồng và phụ kiện"),
    fig("ước đạt 95 tỷ", "95", 95e9, "money", "đồng", status="estimate",
        subject="doanh thu cơ sở kinh doanh chim, lồng và phụ kiện", period=NINE_S),
    fig("từ 3 đến 15 triệu", "3", 3e6, "money", "đồng/con", value_max=15e6,
        subject="giá một chú chào mào thi đấu"),
    fig("trên 50 triệu", "50", 50e6, "money", "đồng/con", approx="over",
        subject="giá trả cho chào mào đạt giải"),
    fig("nộp 126 cá thể", "126", 126, "count", "cá thể",
        subject="cá thể chim hoang dã hội viên tự nguyện giao nộp", period=YTD),
    fig("thêm 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ phát triển thêm", period=Y25),
    fig("ít nhất 4.500 người", "4.500", 4500, "count", "người", approx="at_least", status="target",
        subject="tổng số hội viên", period=Y25),
]

NOTES = [
    "Province portal (Bình Dương): songbird clubs, contests and bird trade, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, 'Lượt xem: 1.286', 'ngày 30/9/2024', 'cuối năm 2023' (baseline), 'lần thứ 3' in a related link.",
    "Headline 'hơn 4.000 hội viên' is its own figure (over), no period. 'tăng 312 hội viên so với cuối năm 2023' is the change of 4.215.",
    "'đứng thứ 2 khu vực Đông Nam Bộ' is a rank of the province's member count (location Bình Dương).",
    "'Trong đó, chim chào mào có 21 câu lạc bộ, chim họa mi 9 câu lạc bộ' after a sentence break: parts of 37 clubs (total 37), as-of period inherited.",
    "The biggest contest in TP Thủ Dầu Một 'vào tháng 4' (year 2024 from the preceding period): 820, 45, 160 triệu located in Thủ Dầu Một.",
    "'khoảng 260 cơ sở ... tập trung ở TP Thuận An và TP Dĩ An; doanh thu ước đạt 95 tỷ đồng trong 9 tháng': province-wide (Bình Dương); 'ước đạt' → estimate.",
    "Prices of a bird: unit 'đồng/con' (per bird, as in 'Giá một chú chào mào'). 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Năm 2025, hội phấn đấu ...': both clauses target; 'ít nhất 4.500 người' → at_least.",
]

if __name__ == "__main__":
    write("p1563-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
