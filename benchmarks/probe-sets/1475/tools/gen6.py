"""p1475-6: national newspaper: cotton blankets sell fast in a Hà Nội cold snap; recycled-cotton seizures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 7/12/2024, 08:15 (GMT+7)

Chăn bông bán chạy khi Hà Nội rét đậm

Nhiều cửa hàng chăn ga gối đệm cho biết lượng khách tuần qua tăng 30-40% so với tháng trước, trong khi quản lý thị trường cảnh báo hàng làm từ bông tái chế.

Tại cửa hàng Chăn ga Minh Khang, số 68 phố Hàng Bông (quận Hoàn Kiếm), chị Nguyễn Thu Trang, quản lý, cho biết mỗi ngày bán được 50-60 bộ chăn gối, gấp đôi hồi tháng 10. Chăn bông ép có giá 350.000-420.000 đồng/chiếc, chăn lông vũ từ 1,2 đến 2,5 triệu đồng. Chăn bông thủ công chỉ chiếm chưa đến 10% lượng hàng bán ra nhưng vẫn có khách quen đặt làm.

Ông Đỗ Văn Tuấn, chủ một xưởng bật bông ở phường Thượng Cát (quận Bắc Từ Liêm), cho biết từ đầu tháng 11 đến nay xưởng nhận bật lại hơn 900 chiếc chăn cũ, tiền công 100.000 đồng/chiếc. "Xưởng có hai máy bật, ngày cao điểm phải làm đến 22h", ông nói.

Theo Cục Quản lý thị trường Hà Nội, từ đầu tháng 10 đến ngày 5/12, lực lượng chức năng đã kiểm tra 146 vụ việc, tạm giữ gần 3.800 chiếc chăn, gối làm từ bông tái chế, phế liệu, trị giá khoảng 520 triệu đồng. Trong 12 mẫu ruột chăn được gửi kiểm nghiệm, có 5 mẫu chứa hàm lượng formaldehyde vượt ngưỡng cho phép từ 1,5 đến 3 lần.

Cơ quan này khuyến cáo người dân chỉ mua chăn, gối có nhãn mác, nguồn gốc rõ ràng, không mua hàng trôi nổi giá rẻ bất thường.

Phương Anh
"""

NOV = per("từ đầu tháng 11 đến nay", "2024-11-01", "2024-12-07")
OCT = per("từ đầu tháng 10 đến ngày 5/12", "2024-10-01", "2024-12-05")
BTL = "Bắc Từ Liêm"
HK = "Hoàn Kiếm"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="lượng khách của cửa hàng chăn ga gối đệm"),
    fig("bán được 50-60 bộ", "50", 50, "measure", "bộ/ngày", value_max=60,
        change=chg("increase", 2, "lần", "hồi tháng 10"), subject="bộ chăn gối bán được mỗi ngày", location=HK),
    fig("giá 350.000-420.000", "350.000", 350000, "money", "đồng/chiếc", value_max=420000,
        subject="giá chăn bông ép", location=HK),
    fig("từ 1,2 đến 2,5 triệu", "1,2", 1.2e6, "money", "đồng", value_max=2.5e6,
        subject="giá chăn lông vũ", location=HK),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="chăn bông thủ công trong lượng hàng bán ra", location=HK),
    fig("hơn 900 chiếc", "900", 900, "count", "chiếc", approx="over",
        subject="chăn cũ xưởng nhận bật lại", period=NOV, location=BTL),
    fig("công 100.000 đồng", "100.000", 100000, "money", "đồng/chiếc",
        subject="tiền công bật lại chăn", location=BTL),
    fig("có hai máy bật", "hai", 2, "count", "máy", subject="máy bật bông của xưởng", location=BTL),
    fig("kiểm tra 146 vụ", "146", 146, "count", "vụ việc", subject="vụ việc lực lượng chức năng kiểm tra",
        period=OCT),
    fig("gần 3.800 chiếc", "3.800", 3800, "count", "chiếc", approx="nearly",
        subject="chăn, gối làm từ bông tái chế, phế liệu bị tạm giữ", period=OCT),
    fig("khoảng 520 triệu", "520", 520e6, "money", "đồng", approx="about",
        subject="trị giá hàng tạm giữ", period=OCT),
    fig("Trong 12 mẫu", "12", 12, "count", "mẫu", subject="mẫu ruột chăn được gửi kiểm nghiệm"),
    fig("có 5 mẫu", "5", 5, "count", "mẫu", total=12,
        subject="mẫu chứa hàm lượng formaldehyde vượt ngưỡng cho phép"),
    fig("từ 1,5 đến 3 lần", "1,5", 1.5, "multiple", "lần", value_max=3,
        subject="hàm lượng formaldehyde vượt ngưỡng cho phép"),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 7/12/2024, 08:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 08:15, (GMT+7), 'số 68 phố Hàng Bông', '22h' (time of day), 'tháng 10' as a baseline, '5/12' in a period.",
    "Location: the shop passage is in quận Hoàn Kiếm, the fluffing workshop in quận Bắc Từ Liêm; sapo and market",
    "management figures are city-wide (Hà Nội).",
    "Sapo 'lượng khách … tăng 30-40%' is a growth rate as the claim: percent range, no change; 'tuần qua' is not dated.",
    "'gấp đôi hồi tháng 10' → change ×2 (lần) of the daily sales range. 'chưa đến 10%' → under.",
    "'từ đầu tháng 11 đến nay' ends at the dateline; 'từ đầu tháng 10 đến ngày 5/12' → 2024-10-01..2024-12-05.",
    "'Trong 12 mẫu …, có 5 mẫu' → total 12. 'vượt ngưỡng cho phép từ 1,5 đến 3 lần' is a multiple of its own (range).",
]

if __name__ == "__main__":
    write("p1475-6", TEXT, NOTES, FIGS, published="2024-12-07", location="Hà Nội")
