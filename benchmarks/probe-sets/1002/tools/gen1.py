"""p1002-1: Cổng TTĐT tỉnh Thanh Hóa (province portal) - tổ liên gia an toàn PCCC, 10 tháng 2024."""
from lib import F, change, inherit, period, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Thanh Hóa: Thành lập hơn 9.800 tổ liên gia an toàn phòng cháy, chữa cháy

Cập nhật: 12/11/2024 09:45 | Lượt xem: 2.316

Thực hiện Kế hoạch số 215/KH-UBND ngày 18/8/2023 của UBND tỉnh về nhân rộng mô hình "Tổ liên gia an toàn PCCC", tính đến ngày 31/10/2024, toàn tỉnh Thanh Hóa đã thành lập 9.846 tổ liên gia, đạt 104,2% kế hoạch, với 197.420 hộ gia đình tham gia. Trong đó, khu vực thành thị có 4.128 tổ, khu vực nông thôn có 5.718 tổ. Bình quân mỗi tổ có khoảng 20 hộ.

Từ đầu năm đến nay, các tổ liên gia đã trang bị thêm 41.650 bình chữa cháy các loại, tăng 18,5% so với cùng kỳ năm 2023; lắp đặt 2.340 thiết bị báo cháy cục bộ và phá dỡ "chuồng cọp", mở 3.275 lối thoát nạn thứ hai cho nhà ở kết hợp kinh doanh.

Trong 10 tháng năm 2024, lực lượng Cảnh sát PCCC và CNCH phối hợp với chính quyền cơ sở tổ chức 1.126 cuộc diễn tập phương án chữa cháy tại khu dân cư, thu hút gần 58.000 lượt người tham gia. Các địa phương tổ chức nhiều nhất lần lượt là TP Thanh Hóa (184 cuộc), thị xã Nghi Sơn (97 cuộc) và TP Sầm Sơn (76 cuộc).

Đáng chú ý, mô hình "Điểm chữa cháy công cộng" đã được triển khai tại 612 điểm, gấp 2,4 lần so với cuối năm 2023. Tỷ lệ khu dân cư có tổ liên gia hoạt động hiệu quả ước đạt 87%.

Phấn đấu đến hết năm 2024, toàn tỉnh có trên 10.500 tổ liên gia; 100% hộ kinh doanh có bình chữa cháy. Khi phát hiện cháy, nổ, người dân cần gọi ngay số 114 hoặc đường dây nóng 0237.3852.114 của Phòng Cảnh sát PCCC và CNCH.
"""

ASOF = period("tính đến ngày 31/10/2024", end="2024-10-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
M10 = period("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
GOAL = period("đến hết năm 2024", end="2024-12-31")
TO = "tổ liên gia an toàn PCCC"

FIGS = [
    F("Thành lập hơn 9.800 tổ", "9.800", 9800, "count", "tổ", "tổ liên gia an toàn phòng cháy, chữa cháy thành lập",
      approx="over"),
    F("đã thành lập 9.846 tổ liên gia", "9.846", 9846, "count", "tổ", "tổ liên gia thành lập", ASOF, percent=104.2),
    F("với 197.420 hộ gia đình", "197.420", 197420, "count", "hộ", "hộ gia đình tham gia tổ liên gia", ASOF),
    F("thành thị có 4.128 tổ", "4.128", 4128, "count", "tổ", "tổ liên gia khu vực thành thị", inherit(ASOF),
      total=9846),
    F("nông thôn có 5.718 tổ", "5.718", 5718, "count", "tổ", "tổ liên gia khu vực nông thôn", inherit(ASOF),
      total=9846),
    F("khoảng 20 hộ", "20", 20, "measure", "hộ/tổ", "hộ bình quân mỗi tổ liên gia", approx="about"),
    F("thêm 41.650 bình chữa cháy", "41.650", 41650, "count", "bình", "bình chữa cháy các tổ liên gia trang bị thêm",
      YTD, change=change("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("lắp đặt 2.340 thiết bị", "2.340", 2340, "count", "thiết bị", "thiết bị báo cháy cục bộ lắp đặt", YTD),
    F("mở 3.275 lối thoát nạn", "3.275", 3275, "count", "lối thoát nạn",
      "lối thoát nạn thứ hai mở cho nhà ở kết hợp kinh doanh", YTD),
    F("tổ chức 1.126 cuộc", "1.126", 1126, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại khu dân cư", M10),
    F("gần 58.000 lượt người", "58.000", 58000, "count", "lượt người", "lượt người tham gia diễn tập", M10,
      approx="nearly"),
    F("Thanh Hóa (184 cuộc)", "184", 184, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại khu dân cư",
      inherit(M10), location="Thanh Hóa"),
    F("Nghi Sơn (97 cuộc)", "97", 97, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại khu dân cư",
      inherit(M10), location="Nghi Sơn"),
    F("Sầm Sơn (76 cuộc)", "76", 76, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại khu dân cư",
      inherit(M10), location="Sầm Sơn"),
    F("tại 612 điểm", "612", 612, "count", "điểm", "Điểm chữa cháy công cộng triển khai",
      change=change("increase", 2.4, "lần", "cuối năm 2023")),
    F("ước đạt 87%", "87", 87, "percent", "%", "tỷ lệ khu dân cư có tổ liên gia hoạt động hiệu quả",
      status="estimate"),
    F("trên 10.500 tổ", "10.500", 10500, "count", "tổ", "tổ liên gia toàn tỉnh", GOAL, approx="over",
      status="target"),
    F("100% hộ kinh doanh", "100", 100, "percent", "%", "hộ kinh doanh có bình chữa cháy", GOAL, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: tổ liên gia an toàn PCCC, trang bị bình chữa cháy, lối thoát nạn, diễn tập (10 tháng 2024).",
    "Dateline 'Cập nhật: 12/11/2024 09:45' gives published; 'Lượt xem: 2.316', Kế hoạch số 215/KH-UBND, 'lối thoát nạn thứ hai',",
    "số 114 and 0237.3852.114 are not figures. 'đạt 104,2% kế hoạch' stands right after 9.846 tổ (its percent).",
    "'gấp 2,4 lần so với cuối năm 2023' after 612 điểm is that figure's change (unit lần); the district list is a ranking (no total).",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-11-12", location="Thanh Hóa")
