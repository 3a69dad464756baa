"""p1340-5: national newspaper: sea dykes damaged by typhoon Yagi in four northern provinces."""
from lib import fig, per, inh, write

TEXT = """Thời sự > Dân sinh
Thứ hai, 16/9/2024, 10:20 (GMT+7)

Gần 9 km đê biển hư hỏng sau bão Yagi

Bão Yagi làm hư hỏng gần 9 km đê biển, kè biển tại 4 tỉnh, thành phố phía Bắc; các địa phương ước cần khoảng 1.300 tỷ đồng để khắc phục.

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, bão số 3 (Yagi) khi đổ bộ có sức gió mạnh nhất trên 160 km/h, gây sóng biển cao 4-6 m kết hợp triều cường.

Tính đến ngày 15/9, tổng chiều dài đê biển, kè biển bị hư hỏng là 8,7 km, trong đó Hải Phòng 3,9 km, Thái Bình 2,6 km, Nam Định 1,4 km và Quảng Ninh 0,8 km. Toàn vùng có 27 vị trí sạt mái đê và 11 vị trí sóng tràn qua đỉnh đê.

Hải Phòng bị ảnh hưởng nặng nhất với 14 sự cố, tập trung tại huyện Cát Hải và quận Đồ Sơn. Ông Vũ Đình Thắng, Phó Giám đốc Sở NN&PTNT Hải Phòng, cho biết thành phố đã chi 85 tỷ đồng từ ngân sách dự phòng để xử lý cấp bách; dự kiến đến cuối tháng 10 sẽ hoàn thành khoảng 70% khối lượng sửa chữa.

"Nhiều đoạn đê biển ở Hải Phòng được đắp từ những năm 1960-1970, mặt đê chỉ rộng 3-4 m, không chịu được sóng lớn kéo dài", ông Thắng nói.

Cục đã đề xuất Bộ NN&PTNT trình Chính phủ hỗ trợ khẩn cấp 650 tỷ đồng, bằng khoảng 50% nhu cầu của các địa phương. Về lâu dài, Cục đề nghị nâng cấp khoảng 120 km đê biển xung yếu tại các địa phương này, tổng kinh phí dự kiến hơn 9.000 tỷ đồng.

Hoàng Giang
"""

ASOF = per("Tính đến ngày 15/9", None, "2024-09-15")
OCT = per("đến cuối tháng 10", None, "2024-10-31")
HP = "Hải Phòng"
SUBJ = "tổng chiều dài đê biển, kè biển bị hư hỏng"

FIGS = [
    fig("Gần 9 km", "9", 9, "measure", "km", approx="nearly", subject="đê biển hư hỏng sau bão Yagi"),
    fig("hỏng gần 9 km", "9", 9, "measure", "km", approx="nearly", subject="đê biển, kè biển bị hư hỏng"),
    fig("tại 4 tỉnh", "4", 4, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố phía Bắc có đê biển, kè biển hư hỏng"),
    fig("khoảng 1.300 tỷ", "1.300", 1.3e12, "money", "đồng", approx="about", status="estimate",
        subject="kinh phí khắc phục"),
    fig("trên 160 km/h", "160", 160, "measure", "km/h", approx="over", subject="sức gió mạnh nhất"),
    fig("cao 4-6 m", "4", 4, "measure", "m", value_max=6, subject="sóng biển"),
    fig("là 8,7 km", "8,7", 8.7, "measure", "km", subject=SUBJ, period=ASOF),
    fig("Hải Phòng 3,9 km", "3,9", 3.9, "measure", "km", total=8.7, subject=SUBJ, period=ASOF, location=HP),
    fig("Thái Bình 2,6 km", "2,6", 2.6, "measure", "km", total=8.7, subject=SUBJ, period=ASOF,
        location="Thái Bình"),
    fig("Nam Định 1,4 km", "1,4", 1.4, "measure", "km", total=8.7, subject=SUBJ, period=ASOF,
        location="Nam Định"),
    fig("Quảng Ninh 0,8 km", "0,8", 0.8, "measure", "km", total=8.7, subject=SUBJ, period=ASOF,
        location="Quảng Ninh"),
    fig("có 27 vị trí", "27", 27, "count", "vị trí", subject="vị trí sạt mái đê", period=inh(ASOF)),
    fig("và 11 vị trí", "11", 11, "count", "vị trí", subject="vị trí sóng tràn qua đỉnh đê", period=inh(ASOF)),
    fig("với 14 sự cố", "14", 14, "count", "sự cố", subject="sự cố đê biển", location=HP),
    fig("chi 85 tỷ", "85", 85e9, "money", "đồng",
        subject="kinh phí từ ngân sách dự phòng xử lý cấp bách", location=HP),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", status="forecast",
        subject="khối lượng sửa chữa hoàn thành", period=OCT, location=HP),
    fig("rộng 3-4 m", "3", 3, "measure", "m", value_max=4, subject="chiều rộng mặt đê", location=HP),
    fig("khẩn cấp 650 tỷ", "650", 650e9, "money", "đồng", percent=50,
        subject="kinh phí đề xuất hỗ trợ khẩn cấp"),
    fig("khoảng 120 km", "120", 120, "measure", "km", approx="about",
        subject="đê biển xung yếu đề nghị nâng cấp"),
    fig("hơn 9.000 tỷ", "9.000", 9e12, "money", "đồng", approx="over", status="forecast",
        subject="tổng kinh phí nâng cấp đê biển xung yếu"),
]

NOTES = [
    "National newspaper: section, 'Thứ hai, 16/9/2024, 10:20 (GMT+7)', headline figure, sapo, quote, byline.",
    "Distractors: '(GMT+7)', 10:20, 'bão số 3', 'những năm 1960-1970' (a span of years), 'tháng 10' as a deadline.",
    "National aggregates of the Cục (8,7 km, 4 tỉnh, 27/11 vị trí, 650 tỷ, 120 km) → Việt Nam; list items → their province.",
    "'trong đó Hải Phòng 3,9 km, ...' → total 8,7; subject = the list's indicator; period 'Tính đến ngày 15/9' (as-of, same sentence).",
    "'Toàn vùng có 27 ... và 11 ...' continues the as-of paragraph: inherited period. 'ước cần khoảng' → estimate + about.",
    "'dự kiến đến cuối tháng 10 ... khoảng 70%' → forecast; as-of end 2024-10-31. 'bằng khoảng 50% nhu cầu' → percent attribute.",
    "'đề nghị nâng cấp khoảng 120 km' has no status cue (actual); 'tổng kinh phí dự kiến hơn 9.000 tỷ' → forecast.",
]

if __name__ == "__main__":
    write("p1340-5", TEXT, NOTES, FIGS, published="2024-09-16", location="Việt Nam")
