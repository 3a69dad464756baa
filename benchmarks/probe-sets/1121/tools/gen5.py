"""p1121-5: Party newspaper (Báo Hải Phòng style), tug fleet renewal; company portrait in quận Hải An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Đổi mới đội tàu lai, nâng sức cạnh tranh dịch vụ cảng biển

Cùng với tốc độ tăng trưởng của hệ thống cảng biển Hải Phòng, dịch vụ lai dắt hỗ trợ tàu biển những năm gần đây phát triển mạnh. Toàn thành phố hiện có 11 doanh nghiệp lai dắt với khoảng 60 tàu lai, trong đó 26 tàu có công suất trên 3.000 CV.

Tại quận Hải An, Công ty CP Lai dắt và Cứu hộ Đình Vũ là một trong những đơn vị đi đầu. Năm 2023, công ty đầu tư hai tàu lai ASD thế hệ mới, công suất mỗi chiếc 5.200 CV, tổng vốn hơn 150 tỷ đồng, nâng đội tàu lên 12 chiếc. Nhờ đó, sản lượng lai dắt năm 2023 đạt 6.840 lượt, tăng 18% so với năm 2022; doanh thu đạt 212 tỷ đồng, lợi nhuận sau thuế 23,5 tỷ đồng.

Ông Nguyễn Văn Thắng, Giám đốc công ty cho biết, 100% thuyền viên tàu lai được huấn luyện theo tiêu chuẩn STCW, đội tàu trực 24/7; mỗi ca trực luôn bố trí từ 3 đến 4 tàu sẵn sàng hỗ trợ tàu container cỡ lớn ra, vào khu bến Lạch Huyện. Năm 2024, công ty phấn đấu đạt 7.500 lượt lai dắt và đóng mới thêm 1 tàu lai công suất 6.000 CV.

Theo Cảng vụ Hàng hải Hải Phòng, 9 tháng năm 2024, các doanh nghiệp lai dắt trên địa bàn thành phố thực hiện khoảng 38.500 lượt hỗ trợ tàu, tăng 7,6% so với cùng kỳ; không xảy ra sự cố mất an toàn nghiêm trọng. Tuy nhiên, tại khu bến Lạch Huyện, số tàu lai công suất lớn mới đáp ứng khoảng 70% nhu cầu vào giờ cao điểm.

Để nâng sức cạnh tranh, Sở Giao thông vận tải đề nghị các doanh nghiệp trẻ hóa đội tàu, phấn đấu đến năm 2030 có ít nhất 40% tàu lai dưới 10 năm tuổi.

HOÀNG LONG
21/10/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
HA = "Hải An"
CO = "Công ty CP Lai dắt và Cứu hộ Đình Vũ"

FIGS = [
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp lai dắt"),
    fig("khoảng 60 tàu lai", "60", 60, "count", "tàu lai", approx="about", subject="tàu lai"),
    fig("26 tàu", "26", 26, "count", "tàu", total=60, subject="tàu lai có công suất trên 3.000 CV"),
    fig("trên 3.000 CV", "3.000", 3000, "measure", "CV", approx="over", optional=True,
        subject="ngưỡng công suất tàu lai"),
    fig("đầu tư hai tàu lai", "hai", 2, "count", "tàu lai", subject="tàu lai ASD thế hệ mới công ty đầu tư",
        period=Y23, location=HA),
    fig("5.200 CV", "5.200", 5200, "measure", "CV", subject="công suất mỗi tàu lai ASD thế hệ mới", location=HA),
    fig("hơn 150 tỷ", "150", 150000000000, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư hai tàu lai", period=Y23, location=HA),
    fig("lên 12 chiếc", "12", 12, "count", "chiếc", subject=f"đội tàu lai của {CO}", period=Y23, location=HA),
    fig("đạt 6.840 lượt", "6.840", 6840, "count", "lượt", change=chg("increase", 18, "%", "năm 2022"),
        subject="sản lượng lai dắt của công ty", period=Y23b, location=HA),
    fig("đạt 212 tỷ", "212", 212000000000, "money", "đồng", subject="doanh thu của công ty",
        period=Y23b, location=HA),
    fig("23,5 tỷ", "23,5", 23500000000, "money", "đồng", subject="lợi nhuận sau thuế của công ty",
        period=Y23b, location=HA),
    fig("100% thuyền viên", "100", 100, "percent", "%",
        subject="thuyền viên tàu lai được huấn luyện theo tiêu chuẩn STCW", location=HA),
    fig("từ 3 đến 4 tàu", "3", 3, "measure", "tàu/ca trực", value_max=4,
        subject="tàu sẵn sàng hỗ trợ mỗi ca trực", location=HA),
    fig("đạt 7.500 lượt", "7.500", 7500, "count", "lượt lai dắt", status="target",
        subject="sản lượng lai dắt của công ty", period=Y24, location=HA),
    fig("thêm 1 tàu lai", "1", 1, "count", "tàu lai", status="target",
        subject="tàu lai đóng mới", period=Y24, location=HA),
    fig("6.000 CV", "6.000", 6000, "measure", "CV", status="target",
        subject="công suất tàu lai đóng mới", location=HA),
    fig("khoảng 38.500 lượt", "38.500", 38500, "count", "lượt hỗ trợ tàu", approx="about",
        change=chg("increase", 7.6, "%", "cùng kỳ"),
        subject="lượt hỗ trợ tàu của các doanh nghiệp lai dắt", period=M9),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="mức đáp ứng nhu cầu tàu lai công suất lớn vào giờ cao điểm tại khu bến Lạch Huyện"),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ tàu lai dưới 10 năm tuổi", period=T30),
    fig("dưới 10 năm", "10", 10, "measure", "năm", approx="under", optional=True,
        subject="tuổi tàu lai"),
]

NOTES = [
    "Party newspaper (Báo Hải Phòng style): no dateline at the top; byline 'HOÀNG LONG' and bare date '21/10/2024' at the end.",
    "Company portrait placed in quận Hải An: its figures (paragraphs 2-3) take location Hải An, also in the sentences after the one that names it.",
    "City figures (11 doanh nghiệp, 60 tàu lai, 38.500 lượt, 70%, 40%) take Hải Phòng. 'khu bến Lạch Huyện' is a port area, not an administrative place.",
    "Distractors: '24/7', 'ASD' (tug type), 'STCW', '9 tháng năm 2024' period, 'những năm gần đây'. 'hai tàu lai' is a number word.",
    "Tug specifications (5.200 CV each, planned 6.000 CV) get no period. 'mỗi ca trực ... từ 3 đến 4 tàu' is a rate (tàu/ca trực).",
    "Thresholds 'trên 3.000 CV' and 'dưới 10 năm tuổi' are category bounds (optional).",
    "revised after the first run: place words (trên địa bàn tỉnh/thị xã/thành phố, toàn thành phố, cả nước) removed from subjects; the place is the location field (FIGURES.md §3).",
]

if __name__ == "__main__":
    write("p1121-5", TEXT, NOTES, FIGS, published="2024-10-21", location="Hải Phòng")
