"""p546-1: Nghệ An province portal — CCCD, level-2 e-ID accounts, residence data, H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Nghệ An: Hơn 2,6 triệu tài khoản định danh điện tử được kích hoạt
Cập nhật: 16/07/2024 08:45
Lượt xem: 4.127

(Cổng TTĐT Nghệ An) - Theo báo cáo của Công an tỉnh, 6 tháng đầu năm 2024, toàn tỉnh thu nhận 186.540 hồ sơ cấp thẻ căn cước công dân gắn chíp, tăng 12,4% so với cùng kỳ năm 2023, đạt 103,6% kế hoạch.

Tính đến ngày 30/6/2024, Nghệ An đã kích hoạt 2.614.382 tài khoản định danh điện tử mức độ 2, chiếm 91,7% số công dân đủ điều kiện. Các địa phương có tỷ lệ kích hoạt cao là thành phố Vinh (97,2%), thị xã Cửa Lò (96,5%) và huyện Diễn Châu (94,8%); thấp nhất là huyện Kỳ Sơn với 68,3%.

Về dữ liệu cư trú, Công an tỉnh đã cập nhật, làm sạch hơn 3,4 triệu trường thông tin trong Cơ sở dữ liệu quốc gia về dân cư; tiếp nhận 48.215 hồ sơ đăng ký cư trú, trong đó 41.930 hồ sơ nộp trực tuyến qua Cổng dịch vụ công và ứng dụng VNeID, chiếm 87%.

Toàn tỉnh có 476 cơ sở khám, chữa bệnh sử dụng căn cước công dân thay thẻ bảo hiểm y tế, với khoảng 1,9 triệu lượt tra cứu thành công. Kinh phí mua sắm thiết bị đọc chíp năm 2024 là 12,5 tỷ đồng.

Thực hiện Quyết định số 1423/QĐ-UBND, tỉnh phấn đấu đến hết năm 2024 có 95% công dân đủ điều kiện được kích hoạt tài khoản định danh điện tử và 100% hồ sơ đăng ký cư trú được tiếp nhận trực tuyến.

Đường dây nóng: 069.2585.113 - Số 3 đường Trường Thi, TP Vinh.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TGT = P("đến hết năm 2024", None, "2024-12-31")
RATE = "tỷ lệ kích hoạt tài khoản định danh điện tử"

FIGS = [
    F("Hơn 2,6 triệu tài khoản", "2,6", 2600000, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử được kích hoạt", I(ASOF), approx="over"),
    F("thu nhận 186.540 hồ sơ", "186.540", 186540, "count", "hồ sơ",
      "hồ sơ cấp thẻ căn cước công dân gắn chíp thu nhận", H1,
      percent=103.6, change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("kích hoạt 2.614.382 tài khoản", "2.614.382", 2614382, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 được kích hoạt", ASOF, percent=91.7),
    F("thành phố Vinh (97,2%)", "97,2", 97.2, "percent", "%", RATE, I(ASOF), location="Vinh"),
    F("thị xã Cửa Lò (96,5%)", "96,5", 96.5, "percent", "%", RATE, I(ASOF), location="Cửa Lò"),
    F("huyện Diễn Châu (94,8%)", "94,8", 94.8, "percent", "%", RATE, I(ASOF), location="Diễn Châu"),
    F("Kỳ Sơn với 68,3%", "68,3", 68.3, "percent", "%", RATE + " thấp nhất", I(ASOF), location="Kỳ Sơn"),
    F("hơn 3,4 triệu trường thông tin", "3,4", 3400000, "count", "trường thông tin",
      "trường thông tin trong Cơ sở dữ liệu quốc gia về dân cư được cập nhật, làm sạch", approx="over"),
    F("tiếp nhận 48.215 hồ sơ", "48.215", 48215, "count", "hồ sơ", "hồ sơ đăng ký cư trú tiếp nhận"),
    F("trong đó 41.930 hồ sơ", "41.930", 41930, "count", "hồ sơ",
      "hồ sơ đăng ký cư trú nộp trực tuyến qua Cổng dịch vụ công và ứng dụng VNeID", total=48215, percent=87),
    F("có 476 cơ sở", "476", 476, "count", "cơ sở khám, chữa bệnh",
      "cơ sở khám, chữa bệnh sử dụng căn cước công dân thay thẻ bảo hiểm y tế"),
    F("khoảng 1,9 triệu lượt", "1,9", 1900000, "count", "lượt tra cứu", "lượt tra cứu thành công",
      approx="about"),
    F("là 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng", "kinh phí mua sắm thiết bị đọc chíp",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 95% công dân", "95", 95, "percent", "%",
      "công dân đủ điều kiện được kích hoạt tài khoản định danh điện tử", TGT, status="target"),
    F("và 100% hồ sơ đăng ký cư trú", "100", 100, "percent", "%",
      "hồ sơ đăng ký cư trú được tiếp nhận trực tuyến", TGT, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An (province portal): CCCD gắn chíp, tài khoản định danh điện tử mức độ 2, dữ liệu cư trú, 6 tháng đầu năm 2024.",
    "Dateline 'Cập nhật: 16/07/2024 08:45'. Not figures: 'Lượt xem: 4.127', 'mức độ 2', 'Quyết định số 1423/QĐ-UBND',",
    "phone '069.2585.113', address 'Số 3 đường Trường Thi'. 'đạt 103,6% kế hoạch' is the percent of 186.540 (like 003's 'đạt 87,66% chỉ tiêu').",
    "Bracketed list items take the district/city as location, the list indicator as subject; their period is inherited from the lead sentence.",
    "41.930 is a 'trong đó' part of 48.215 (same thing, same sentence). The two 'phấn đấu đến hết năm 2024' shares are targets (as-of end 2024).",
]

if __name__ == "__main__":
    emit("p546-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Nghệ An")
