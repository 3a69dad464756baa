"""p798-1: province portal (Thanh Hóa), commune post offices, pensions, stamps; 6 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Bưu điện văn hóa xã chi trả lương hưu cho hơn 72 nghìn người mỗi tháng

Theo Bưu điện tỉnh Thanh Hóa, toàn tỉnh hiện có 486 điểm bưu điện văn hóa xã (BĐVHX), trong đó 402 điểm đã kết nối internet, chiếm 82,7%. 6 tháng đầu năm 2024, hệ thống điểm BĐVHX thực hiện hơn 1,35 triệu giao dịch, tăng 12,4% so với cùng kỳ năm 2023; doanh thu ước đạt 38,6 tỷ đồng, đạt 52,3% kế hoạch năm. Bình quân mỗi điểm thực hiện khoảng 15 giao dịch/ngày.

Đáng chú ý, các điểm BĐVHX hiện chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng cho hơn 72.400 người, chiếm 61% số người hưởng qua hệ thống bưu điện toàn tỉnh, với tổng số tiền bình quân khoảng 415 tỷ đồng/tháng. Tại 11 huyện miền núi, nhân viên điểm BĐVHX còn chi trả tận nhà cho gần 3.200 người cao tuổi, ốm đau không thể đi lại. Ông Lê Văn Tám, nhân viên điểm BĐVHX Xuân Phú (huyện Thọ Xuân), cho biết mỗi kỳ chi trả ông đi khoảng 40 km đường núi dọc Quốc lộ 47.

Từ đầu năm đến nay, Bưu điện tỉnh đã đưa ra phục vụ 9 bộ tem bưu chính mới với 23 mẫu tem, trong đó có bộ tem “Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (1954-2024)”. Doanh thu tem sưu tập đạt 1,18 tỷ đồng, gấp 1,6 lần cùng kỳ.

Thực hiện Nghị định số 47/2011/NĐ-CP về dịch vụ bưu chính công ích, năm 2024 Bưu điện tỉnh phấn đấu doanh thu toàn mạng lưới BĐVHX đạt 74 tỷ đồng, nâng số điểm có doanh thu trên 5 triệu đồng/tháng lên 320 điểm. Thu nhập bình quân của nhân viên điểm BĐVHX hiện đạt 4,6 triệu đồng/người/tháng.

Bưu điện tỉnh Thanh Hóa, số 14 Hạc Thành, TP Thanh Hóa; điện thoại 0237.3852.416.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho hơn 72 nghìn người", "72", 72000, "count", "người", approx="over",
      subject="người nhận lương hưu qua bưu điện văn hóa xã mỗi tháng"),
    F("có 486 điểm", "486", 486, "count", "điểm", subject="điểm bưu điện văn hóa xã"),
    F("trong đó 402 điểm", "402", 402, "count", "điểm", total=486, percent=82.7,
      subject="điểm BĐVHX đã kết nối internet"),
    F("hơn 1,35 triệu giao dịch", "1,35", 1350000, "count", "giao dịch", approx="over",
      change=change("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="giao dịch của hệ thống điểm BĐVHX", period=H1),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", percent=52.3, status="estimate",
      subject="doanh thu hệ thống điểm BĐVHX", period=H1),
    F("khoảng 15 giao dịch/ngày", "15", 15, "measure", "giao dịch/ngày", approx="about",
      subject="giao dịch bình quân mỗi điểm BĐVHX", period=inherit(H1)),
    F("hơn 72.400 người", "72.400", 72400, "count", "người", approx="over", percent=61,
      subject="người được chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng tại điểm BĐVHX"),
    F("khoảng 415 tỷ đồng/tháng", "415", 415e9, "money", "đồng/tháng", approx="about",
      subject="tổng số tiền chi trả lương hưu, trợ cấp bình quân"),
    F("Tại 11 huyện", "11", 11, "count", "huyện", subject="huyện miền núi có chi trả tận nhà"),
    F("gần 3.200 người", "3.200", 3200, "count", "người", approx="nearly",
      subject="người cao tuổi, ốm đau được chi trả tận nhà"),
    F("khoảng 40 km", "40", 40, "measure", "km", approx="about",
      subject="quãng đường mỗi kỳ chi trả của nhân viên điểm BĐVHX Xuân Phú", location="Thọ Xuân",
      optional=True),
    F("phục vụ 9 bộ tem", "9", 9, "count", "bộ tem", subject="bộ tem bưu chính mới đưa ra phục vụ",
      period=YTD),
    F("với 23 mẫu tem", "23", 23, "count", "mẫu tem", subject="mẫu tem mới", period=YTD),
    F("đạt 1,18 tỷ đồng", "1,18", 1.18e9, "money", "đồng",
      change=change("increase", 1.6, "lần", "cùng kỳ"), subject="doanh thu tem sưu tập",
      period=inherit(YTD)),
    F("đạt 74 tỷ đồng", "74", 74e9, "money", "đồng", status="target",
      subject="doanh thu toàn mạng lưới BĐVHX", period=Y24),
    F("trên 5 triệu đồng/tháng", "5", 5e6, "money", "đồng/tháng", approx="over", status="target",
      subject="ngưỡng doanh thu của điểm BĐVHX", period=Y24, optional=True),
    F("lên 320 điểm", "320", 320, "count", "điểm", status="target",
      subject="điểm BĐVHX có doanh thu trên 5 triệu đồng/tháng", period=Y24),
    F("đạt 4,6 triệu đồng/người/tháng", "4,6", 4.6e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của nhân viên điểm BĐVHX"),
]

NOTES = [
    "Probe 798 (commune cultural post offices, stamps, pensions via post). Thanh Hóa province portal, 12/07/2024.",
    "Headline '72 nghìn người' has no year; no period. 'hiện' gives no period. '15 giao dịch/ngày' and '1,18 tỷ' take the",
    "period of the previous sentence (inherited). 'gấp 1,6 lần cùng kỳ' after an amount is its change (unit lần).",
    "The 40 km of one employee (Thọ Xuân) and the threshold 'trên 5 triệu đồng/tháng' are optional. Not figures: Lượt xem,",
    "Nghị định số 47/2011/NĐ-CP, Quốc lộ 47, 'Lê Văn Tám', the stamp title 'Kỷ niệm 70 năm ... (1954-2024)', address, phone.",
]

if __name__ == "__main__":
    write("p798-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Thanh Hóa")
