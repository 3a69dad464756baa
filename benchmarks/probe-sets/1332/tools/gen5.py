"""p1332-5: provincial newspaper (Báo Hà Tĩnh): June 2024 household electricity bills, tier prices, meter checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH
Kinh tế > Công thương
Thứ Năm, 04/07/2024 - 08:15

Hóa đơn tiền điện tháng 6 tăng, nhiều hộ "giật mình"

(HTO) - Nắng nóng gay gắt khiến sản lượng điện sinh hoạt tháng 6 tăng hơn 21% so với tháng trước, nhiều gia đình nhận hóa đơn tiền điện cao gấp đôi.

Theo Công ty Điện lực tỉnh, sản lượng điện sinh hoạt tháng 6/2024 đạt 98,6 triệu kWh, tăng 21,4% so với tháng 5 và tăng 15,2% so với cùng kỳ. Tổng tiền điện sinh hoạt trong tháng khoảng 214 tỷ đồng.

Gia đình chị Trần Thị Hoa ở phường Bắc Hà, TP Hà Tĩnh có 4 người. Tháng 5, gia đình dùng 310 kWh, trả khoảng 760.000 đồng; tháng 6 dùng tới 560 kWh, tiền điện hơn 1,6 triệu đồng, gấp hơn 2 lần tháng trước. "Hai chiếc điều hòa chạy gần như cả ngày lẫn đêm", chị Hoa nói.

Ông Nguyễn Đình Lâm, Phó Giám đốc Công ty Điện lực tỉnh cho biết, giá điện sinh hoạt tính theo biểu giá 6 bậc; bậc 6 có giá 3.151 đồng/kWh, cao gần 1,75 lần bậc 1. Khi sản lượng tiêu thụ tăng, phần điện năng vượt lên các bậc cao nên tiền điện tăng nhanh hơn.

Từ đầu năm đến nay, ngành điện đã tiếp nhận 1.265 yêu cầu kiểm tra công tơ, trong đó chỉ 9 yêu cầu phát hiện công tơ chạy sai, chiếm 0,7%. Ngành điện khuyến cáo người dân để điều hòa ở mức 26-28 độ C, tắt thiết bị khi không sử dụng và theo dõi sản lượng hằng ngày trên ứng dụng chăm sóc khách hàng.

THU PHƯƠNG
"""

J6 = per("tháng 6", "2024-06-01", "2024-06-30")
J6b = per("tháng 6/2024", "2024-06-01", "2024-06-30")
IN = per("trong tháng", "2024-06-01", "2024-06-30")
M5 = per("Tháng 5", "2024-05-01", "2024-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-04")
J6c = per("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("tăng hơn 21%", "21", 21, "percent", "%", approx="over",
        subject="sản lượng điện sinh hoạt", period=J6),
    fig("cao gấp đôi", "đôi", 2, "multiple", "lần",
        subject="hóa đơn tiền điện của nhiều gia đình", period=J6),
    fig("đạt 98,6 triệu", "98,6", 98.6e6, "measure", "kWh", change=chg("increase", 21.4, "%", "tháng 5"),
        subject="sản lượng điện sinh hoạt", period=J6b),
    fig("tăng 15,2%", "15,2", 15.2, "percent", "%", optional=True,
        subject="sản lượng điện sinh hoạt so với cùng kỳ", period=J6b),
    fig("khoảng 214 tỷ", "214", 214e9, "money", "đồng", approx="about",
        subject="tổng tiền điện sinh hoạt", period=IN),
    fig("có 4 người", "4", 4, "count", "người", subject="thành viên gia đình chị Trần Thị Hoa"),
    fig("dùng 310 kWh", "310", 310, "measure", "kWh", subject="điện năng gia đình chị Hoa sử dụng",
        period=M5),
    fig("khoảng 760.000 đồng", "760.000", 760000, "money", "đồng", approx="about",
        subject="tiền điện gia đình chị Hoa trả", period=M5),
    fig("tới 560 kWh", "560", 560, "measure", "kWh", subject="điện năng gia đình chị Hoa sử dụng",
        period=J6c),
    fig("hơn 1,6 triệu", "1,6", 1.6e6, "money", "đồng", approx="over",
        change=chg("increase", 2, "lần", "tháng trước", approx="over"),
        subject="tiền điện gia đình chị Hoa", period=J6c),
    fig("Hai chiếc", "Hai", 2, "count", "chiếc điều hòa", subject="điều hòa của gia đình chị Hoa"),
    fig("biểu giá 6 bậc", "6", 6, "count", "bậc", optional=True, subject="bậc của biểu giá điện sinh hoạt"),
    fig("giá 3.151 đồng", "3.151", 3151, "money", "đồng/kWh",
        change=chg("increase", 1.75, "lần", "bậc 1", approx="nearly"), subject="giá điện sinh hoạt bậc 6"),
    fig("nhận 1.265 yêu cầu", "1.265", 1265, "count", "yêu cầu", subject="yêu cầu kiểm tra công tơ",
        period=YTD),
    fig("chỉ 9 yêu cầu", "9", 9, "count", "yêu cầu", total=1265, percent=0.7,
        subject="yêu cầu phát hiện công tơ chạy sai", period=YTD),
    fig("mức 26-28 độ", "26", 26, "measure", "độ C", value_max=28, optional=True,
        subject="nhiệt độ điều hòa khuyến cáo"),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): 'Thứ Năm, 04/07/2024 - 08:15', sapo with tag '(HTO) -', quote, byline THU PHƯƠNG at the end.",
    "Distractors: 08:15, 'bậc 6', 'bậc 1' (tier names), 'phường Bắc Hà', 'tháng 5'/'tháng trước' baselines.",
    "Year-less 'tháng 6', 'Tháng 5' take 2024 (dateline / 'tháng 6/2024'). 'trong tháng' = June 2024. 'Từ đầu năm đến nay' ends at the dateline.",
    "Sapo: 'tăng hơn 21%' is a growth rate as the claim (percent, over); 'cao gấp đôi' stands alone: multiple 2.",
    "98,6 triệu kWh has two changes: 21,4% (tháng 5) is its change; 'tăng 15,2% so với cùng kỳ' is optional (own percent figure).",
    "The household (chị Hoa) lives in TP Hà Tĩnh: location Hà Tĩnh either way. 'tháng 6 dùng tới 560 kWh' after ';' takes tháng 6, not Tháng 5.",
    "'gấp hơn 2 lần tháng trước' is the change of 'hơn 1,6 triệu đồng' (lần, over). '4 người', 'Hai chiếc điều hòa' are counts.",
    "'biểu giá 6 bậc' names the tariff's structure (optional, like 'chia làm 2 giai đoạn' in the shared gold).",
    "'cao gần 1,75 lần bậc 1' is the change of 3.151 đồng/kWh (lần, nearly). 9 yêu cầu after 'trong đó' take total 1.265, percent 0,7.",
    "'để điều hòa ở mức 26-28 độ C' is advice, not a statistic: optional.",
]

if __name__ == "__main__":
    write("p1332-5", TEXT, NOTES, FIGS, published="2024-07-04", location="Hà Tĩnh")
