"""p1497-5: Party newspaper (Báo An Giang, tag (AGO)): smuggled lighters across the Cambodian border."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO AN GIANG
Thời sự > Biên giới

Ngăn chặn bật lửa lậu qua biên giới

Thứ Tư, 22/05/2024 | 15:10

(AGO) - Lợi dụng kênh rạch chằng chịt, nhiều đối tượng dùng xuồng máy vận chuyển bật lửa, bình gas mini từ Campuchia vào nội địa. Bộ đội Biên phòng tỉnh đã tăng cường tuần tra, kiểm soát, ngăn chặn từ xa.

Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh, từ đầu năm đến nay, các đồn biên phòng đã phát hiện, bắt giữ 56 vụ vận chuyển hàng cấm, hàng nhập lậu, thu giữ 93.400 chiếc bật lửa, 4.600 bình gas mini và hàng nghìn bao thuốc lá điếu, tổng trị giá hơn 860 triệu đồng. So với cùng kỳ năm 2023, số vụ giảm 8 vụ nhưng lượng bật lửa thu giữ tăng gần 35%. Năm 2023, An Giang đứng thứ 3 cả nước về số bật lửa nhập lậu bị tạm giữ.

Điển hình, rạng sáng 15/5, tổ tuần tra Đồn Biên phòng Khánh Bình (huyện An Phú) phát hiện hai đối tượng điều khiển xuồng máy chở 8 bao tải chứa 12.000 chiếc bật lửa và 600 bình gas mini. Chủ hàng khai mua bật lửa với giá 1.200 đồng/chiếc, mang về bán lại 2.500-3.000 đồng/chiếc cho các tiệm tạp hóa.

Thượng tá Nguyễn Văn Lộc, Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh cho biết: "Bật lửa lậu phần lớn không có van an toàn, vỏ nhựa mỏng, có thể phát nổ khi để gần nguồn nhiệt trên 50 độ C. Tuyến biên giới của tỉnh dài gần 100 km, nhiều kênh rạch, đường mòn nên việc kiểm soát rất khó khăn".

Trong tháng 6, đơn vị dự kiến tổ chức 3 đợt tuần tra cao điểm, phối hợp chính quyền các xã, thị trấn biên giới tuyên truyền cho khoảng 2.000 hộ dân không tiếp tay vận chuyển hàng lậu.

HỮU HUỆ

Tin cùng chuyên mục:
- Đồn Biên phòng Vĩnh Xương ra mắt Tổ tự quản số 5
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-05-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
# Year-less '15/5' and 'tháng 6' take the year of the nearest earlier period in the article (FIGURES.md §3):
# 'Năm 2023, An Giang đứng thứ 3 ...' just before them, so 2023 by the letter of the spec (a reader would say 2024).
DAY = per("rạng sáng 15/5", "2023-05-15", "2023-05-15")
M6 = per("tháng 6", "2023-06-01", "2023-06-30")
AP = "An Phú"

FIGS = [
    fig("bắt giữ 56 vụ", "56", 56, "count", "vụ",
        subject="vụ vận chuyển hàng cấm, hàng nhập lậu", period=YTD),
    fig("thu giữ 93.400 chiếc", "93.400", 93400, "count", "chiếc",
        subject="bật lửa thu giữ", period=YTD),
    fig("4.600 bình", "4.600", 4600, "count", "bình",
        subject="bình gas mini thu giữ", period=YTD),
    fig("hàng nghìn bao", "hàng nghìn", 1000, "count", "bao", approx="about",
        subject="bao thuốc lá điếu thu giữ", period=YTD),
    fig("hơn 860 triệu", "860", 860e6, "money", "đồng", approx="over",
        subject="tổng trị giá hàng thu giữ", period=YTD),
    fig("giảm 8 vụ", "8", 8, "count", "vụ",
        subject="số vụ giảm so với cùng kỳ năm 2023", period=inh(YTD), optional=True),
    fig("tăng gần 35%", "35", 35, "percent", "%", approx="nearly",
        subject="lượng bật lửa thu giữ tăng so với cùng kỳ năm 2023", period=inh(YTD)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số bật lửa nhập lậu bị tạm giữ", period=Y23),
    fig("hai đối tượng", "hai", 2, "count", "đối tượng",
        subject="đối tượng điều khiển xuồng máy", period=DAY, location=AP),
    fig("chở 8 bao", "8", 8, "count", "bao tải",
        subject="bao tải xuồng máy chở", period=DAY, location=AP),
    fig("chứa 12.000 chiếc", "12.000", 12000, "count", "chiếc",
        subject="bật lửa trong bao tải", period=DAY, location=AP),
    fig("và 600 bình", "600", 600, "count", "bình",
        subject="bình gas mini", period=DAY, location=AP),
    fig("giá 1.200 đồng/chiếc", "1.200", 1200, "money", "đồng/chiếc",
        subject="giá mua bật lửa", location=AP),
    fig("lại 2.500-3.000", "2.500", 2500, "money", "đồng/chiếc", value_max=3000,
        subject="giá bán lại bật lửa cho các tiệm tạp hóa", location=AP),
    fig("trên 50 độ", "50", 50, "measure", "độ C", approx="over",
        subject="nhiệt độ nguồn nhiệt làm bật lửa lậu phát nổ", optional=True),
    fig("dài gần 100 km", "100", 100, "measure", "km", approx="nearly",
        subject="tuyến biên giới của tỉnh dài"),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", status="forecast",
        subject="đợt tuần tra cao điểm", period=M6),
    fig("khoảng 2.000 hộ", "2.000", 2000, "count", "hộ dân", approx="about", status="forecast",
        subject="hộ dân được tuyên truyền không tiếp tay vận chuyển hàng lậu", period=M6),
]

NOTES = [
    "Party newspaper (Báo An Giang): sapo with tag '(AGO) -', dateline 'Thứ Tư, 22/05/2024 | 15:10', byline HỮU HUỆ, related link.",
    "Distractors: 15:10, 'rạng sáng 15/5', 'Đồn Biên phòng Khánh Bình', 'Tổ tự quản số 5', 'Vĩnh Xương'; the tag AGO implies An Giang.",
    "'từ đầu năm đến nay' ends at the dateline. 'hàng nghìn bao' is an approximate number word: 1000, about.",
    "'So với cùng kỳ năm 2023, số vụ giảm 8 vụ nhưng lượng bật lửa thu giữ tăng gần 35%' stands as its own sentence:",
    "  the 35% is a growth rate as the claim (percent, nearly, no change). The drop '8 vụ' is optional: the spec makes a standalone rate a figure,",
    "  but says nothing of a standalone count difference; 56 vụ keeps no change (changes attach within a sentence, not across one).",
    "'Năm 2023, An Giang đứng thứ 3 cả nước': rank 3, location An Giang (the ranked province).",
    "The seizure in huyện An Phú (sentence names it): location An Phú, period the day 15/5; prices after it keep An Phú, no period.",
    "revised after the first run: '15/5' and 'tháng 6' have no year; FIGURES.md §3 gives them the year of the nearest earlier period",
    "  anywhere in the article, here 'Năm 2023' (the rank sentence), not the dateline year: 2023 (was 2024). A spec gap, see REPORT.md.",
    "'trên 50 độ C' is a technical threshold in a quote: optional. 'dài gần 100 km' is a standing fact: no period.",
    "'Trong tháng 6, đơn vị dự kiến ...': both figures forecast, period June (year by the nearest-earlier-period rule: 2023).",
]

if __name__ == "__main__":
    write("p1497-5", TEXT, NOTES, FIGS, published="2024-05-22", location="An Giang")
