"""p1324-1: province portal (Khánh Hòa): visitors to amusement parks and theme parks, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Khu vui chơi giải trí đón hơn 3,2 triệu lượt khách trong 9 tháng

Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.863

Theo Sở Du lịch, 9 tháng đầu năm 2024, các khu vui chơi giải trí, công viên chủ đề trên địa bàn tỉnh Khánh Hòa đón 3,24 triệu lượt khách, tăng 18,5% so với cùng kỳ năm 2023, bằng 81% kế hoạch năm. Trong đó, khách quốc tế đạt 1,37 triệu lượt, chiếm 42,3%. Doanh thu từ vé vào cổng và dịch vụ vui chơi ước đạt 2.150 tỷ đồng, tăng 21% so với cùng kỳ.

Hiện toàn tỉnh có 6 khu vui chơi giải trí quy mô lớn với tổng diện tích khoảng 420 ha, tạo việc làm cho hơn 4.800 lao động. Lớn nhất là Công viên chủ đề Hòn Tre Xanh tại TP Nha Trang với 110 trò chơi, trong đó 28 trò chơi cảm giác mạnh; giá vé trọn gói từ 650.000 đến 950.000 đồng/người. Từ đầu năm đến nay, công viên đón khoảng 1,9 triệu lượt khách, bình quân hơn 7.000 lượt khách/ngày.

Tại huyện Cam Lâm, dự án Khu vui chơi biển Bãi Dài Sóng Xanh có tổng vốn đầu tư 3.600 tỷ đồng; giai đoạn 1 dự kiến đưa vào khai thác năm 2025 với gần ba chục trò chơi.

Quý IV, ngành du lịch phấn đấu các khu vui chơi đón thêm 800.000 lượt khách, đưa tổng lượt khách cả năm lên khoảng 4 triệu lượt. Sở Du lịch đề nghị các đơn vị thực hiện nghiêm Quyết định số 2156/QĐ-UBND về an toàn thiết bị vui chơi; đường dây nóng hỗ trợ du khách: 0258.3822.753.

Tin liên quan:
- Nha Trang: Khai mạc Festival Biển lần thứ 10
- Khánh Hòa tổ chức Hội chợ Du lịch quốc tế năm 2024
"""

NINE_H = per("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NT, CL = "Nha Trang", "Cam Lâm"

FIGS = [
    fig("đón hơn 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", approx="over",
        subject="lượt khách khu vui chơi giải trí đón", period=NINE_H),
    fig("đón 3,24 triệu", "3,24", 3.24e6, "count", "lượt khách", percent=81,
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các khu vui chơi giải trí, công viên chủ đề đón", period=NINE),
    fig("đạt 1,37 triệu", "1,37", 1.37e6, "count", "lượt", total=3.24e6, percent=42.3,
        subject="khách quốc tế", period=inh(NINE)),
    fig("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate",
        change=chg("increase", 21, "%", "cùng kỳ"),
        subject="doanh thu từ vé vào cổng và dịch vụ vui chơi", period=inh(NINE)),
    fig("có 6 khu vui chơi", "6", 6, "count", "khu vui chơi giải trí",
        subject="khu vui chơi giải trí quy mô lớn"),
    fig("khoảng 420 ha", "420", 420, "measure", "ha", approx="about",
        subject="tổng diện tích các khu vui chơi giải trí quy mô lớn"),
    fig("hơn 4.800 lao động", "4.800", 4800, "count", "lao động", approx="over",
        subject="lao động các khu vui chơi giải trí tạo việc làm"),
    fig("với 110 trò chơi", "110", 110, "count", "trò chơi",
        subject="trò chơi của Công viên chủ đề Hòn Tre Xanh", location=NT),
    fig("28 trò chơi cảm giác", "28", 28, "count", "trò chơi", total=110,
        subject="trò chơi cảm giác mạnh", location=NT),
    fig("từ 650.000 đến 950.000", "650.000", 650000, "money", "đồng/người", value_max=950000,
        subject="giá vé trọn gói", location=NT),
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "count", "lượt khách", approx="about",
        subject="lượt khách công viên đón", period=YTD, location=NT),
    fig("hơn 7.000 lượt", "7.000", 7000, "measure", "lượt khách/ngày", approx="over",
        subject="lượt khách bình quân mỗi ngày", period=YTD, location=NT),
    fig("tư 3.600 tỷ", "3.600", 3600e9, "money", "đồng",
        subject="tổng vốn đầu tư dự án Khu vui chơi biển Bãi Dài Sóng Xanh", location=CL),
    fig("gần ba chục trò chơi", "ba chục", 30, "count", "trò chơi", approx="nearly", status="forecast",
        subject="trò chơi giai đoạn 1 đưa vào khai thác", period=Y25, location=CL),
    fig("thêm 800.000 lượt", "800.000", 800000, "count", "lượt khách", status="target",
        subject="lượt khách các khu vui chơi đón thêm", period=Q4),
    fig("khoảng 4 triệu", "4", 4e6, "count", "lượt", approx="about", status="target",
        subject="tổng lượt khách cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Khánh Hòa): amusement-park visitors 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.863', related links.",
    "Distractors: 09:45, Lượt xem 1.863, Quyết định số 2156/QĐ-UBND, hotline 0258.3822.753, 'giai đoạn 1', 'lần thứ 10', 'năm 2024' in a link.",
    "Headline 'hơn 3,2 triệu lượt khách trong 9 tháng' is its own figure (over); year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 81% kế hoạch năm' is the percent attribute; 'Trong đó ... 1,37 triệu lượt, chiếm 42,3%' after a sentence break: total 3,24 triệu.",
    "'ước đạt 2.150 tỷ' stands in the next sentence: period inherited. Park figures in TP Nha Trang, the project in huyện Cam Lâm.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-07; 'hơn 7.000 lượt khách/ngày' is a rate (measure) over the same span.",
    "'gần ba chục trò chơi' = nearly 30, forecast ('dự kiến' governs the clause after ';'), period năm 2025; the 3.600 tỷ clause before ';' is actual.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1324-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Khánh Hòa")
