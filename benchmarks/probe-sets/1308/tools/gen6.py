"""p1308-6: national newspaper: TB deaths and costs (World TB Day 2024), TP HCM screening with mobile AI X-ray."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Các bệnh

Thứ bảy, 23/3/2024, 07:45 (GMT+7)

Gần 12.000 người Việt tử vong vì lao trong năm 2023

Lao vẫn là bệnh truyền nhiễm gây tử vong hàng đầu dù thuốc điều trị được cấp miễn phí; nhiều người phát hiện muộn vì nhầm với ho thông thường.

Tại hội thảo hưởng ứng Ngày Thế giới phòng, chống lao chiều 22/3, PGS.TS Hoàng Minh Quang, Phó giám đốc Bệnh viện Phổi Trung ương, cho biết trung bình mỗi ngày Việt Nam có khoảng 470 người mắc lao mới.

Năm 2023, cả nước phát hiện hơn 105.000 người bệnh lao, nhưng vẫn bỏ sót khoảng 40% số ca mắc. Chi phí điều trị một ca lao kháng thuốc khoảng 60-80 triệu đồng, gấp khoảng 10 lần lao thường; khoảng 63% hộ gia đình có người mắc lao kháng thuốc rơi vào tình trạng chi phí thảm họa.

"Người bệnh thường chỉ đi khám khi đã ho ra máu, lúc đó đã lây cho nhiều người xung quanh", ông Quang nói.

Tại TP HCM, địa phương có số bệnh nhân lao cao nhất cả nước, năm 2023 ngành y tế phát hiện 15.218 người bệnh, chiếm 14,4% tổng số ca của cả nước. Thành phố đang thí điểm xe X-quang lưu động tích hợp AI tại quận 8, quận Bình Tân và huyện Bình Chánh; mỗi lượt chụp mất chưa đến 2 phút.

Trong 2 năm 2022-2023, thành phố sàng lọc cho 152.000 người, phát hiện 1.830 ca lao; tỷ lệ phát hiện cao gấp 3 lần so với khám thụ động tại bệnh viện.

Theo Chương trình Chống lao Quốc gia, mục tiêu đến năm 2025 là 90% người mắc lao được phát hiện và điều trị.

Lê Nga
"""

Y23h = per("trong năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
TWO = per("Trong 2 năm 2022-2023", "2022-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("Gần 12.000 người", "12.000", 12000, "count", "người", approx="nearly",
        subject="người Việt tử vong vì lao", period=Y23h),
    fig("khoảng 470 người", "470", 470, "measure", "người/ngày", approx="about",
        subject="người mắc lao mới trung bình mỗi ngày"),
    fig("hơn 105.000 người", "105.000", 105000, "count", "người bệnh", approx="over",
        subject="người bệnh lao phát hiện", period=Y23),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="số ca mắc bị bỏ sót", period=Y23),
    fig("khoảng 60-80 triệu", "60", 60e6, "money", "đồng/ca", value_max=80e6, approx="about",
        change=chg("increase", 10, "lần", "lao thường", approx="about"),
        subject="chi phí điều trị một ca lao kháng thuốc"),
    fig("khoảng 63%", "63", 63, "percent", "%", approx="about",
        subject="hộ gia đình có người mắc lao kháng thuốc rơi vào tình trạng chi phí thảm họa"),
    fig("phát hiện 15.218 người", "15.218", 15218, "count", "người bệnh", percent=14.4,
        subject="người bệnh lao phát hiện", period=Y23b, location=HCM),
    fig("chưa đến 2 phút", "2", 2, "measure", "phút", approx="under", subject="thời gian mỗi lượt chụp",
        location=HCM),
    fig("cho 152.000 người", "152.000", 152000, "count", "người", subject="người được sàng lọc", period=TWO,
        location=HCM),
    fig("phát hiện 1.830 ca", "1.830", 1830, "count", "ca", subject="ca lao phát hiện qua sàng lọc", period=TWO,
        location=HCM),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="tỷ lệ phát hiện so với khám thụ động tại bệnh viện",
        period=TWO, location=HCM),
    fig("là 90%", "90", 90, "percent", "%", status="target",
        subject="người mắc lao được phát hiện và điều trị", period=T25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 23/3/2024, 07:45 (GMT+7)', headline figure, sapo, quote, byline 'Lê Nga'.",
    "Distractors: 07:45, '(GMT+7)', 'chiều 22/3', 'PGS.TS', 'quận 8', 'Trong 2 năm 2022-2023' (the '2 năm' only names the span).",
    "National figures: Việt Nam (default). The TP HCM paragraph and the next one: TP Hồ Chí Minh.",
    "Headline 'Gần 12.000 người ... trong năm 2023' → nearly, period 2023. 'trung bình mỗi ngày ... khoảng 470 người' → a daily rate:",
    "measure, unit người/ngày (as 'mỗi X' denominators elsewhere), no period (a standing average).",
    "'khoảng 60-80 triệu đồng, gấp khoảng 10 lần lao thường' → money range (unit đồng/ca: 'một ca' is the denominator) with a change of 10 lần (approx about), baseline 'lao thường'.",
    "'chiếm 14,4% tổng số ca của cả nước' → percent attribute of 15.218 (location stays TP HCM).",
    "'tỷ lệ phát hiện cao gấp 3 lần so với khám thụ động' has no base figure: a multiple figure of its own.",
    "'mục tiêu đến năm 2025 là 90%' → target, period start null.",
]

if __name__ == "__main__":
    write("p1308-6", TEXT, NOTES, FIGS, published="2024-03-23", location="Việt Nam")
