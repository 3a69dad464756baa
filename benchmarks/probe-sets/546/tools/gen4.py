"""p546-4: Bộ Công an ministry site — national CCCD, VNeID, e-ID authentication, online services, 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin trong ngành
Ngày đăng: 08/01/2025 | Lượt xem: 2.105

Năm 2024: Hơn 58 triệu tài khoản định danh điện tử được kích hoạt

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), tính đến ngày 31/12/2024, cả nước đã cấp hơn 87,6 triệu thẻ căn cước công dân gắn chíp và thẻ căn cước; riêng năm 2024 cấp 9,1 triệu thẻ.

Cả nước có 58,4 triệu tài khoản định danh điện tử mức độ 2 được kích hoạt, tăng 17,3 triệu tài khoản so với cuối năm 2023; 63/63 tỉnh, thành phố đã kết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống giải quyết thủ tục hành chính. Ứng dụng VNeID hiện có 43 tiện ích; trong năm 2024 hệ thống đã thực hiện hơn 1,2 tỷ lượt xác thực điện tử, gấp 2,5 lần năm 2023.

Về tỷ lệ kích hoạt tài khoản, Bắc Ninh, Hà Nam và Đà Nẵng lần lượt xếp thứ 1, 2 và 3 toàn quốc với 96,8%, 95,1% và 94,7%.

Trong năm 2024, 6,7 triệu hồ sơ thủ tục hành chính được nộp bằng tài khoản định danh điện tử, chiếm khoảng 38% tổng số hồ sơ trực tuyến. Hai nhóm thủ tục liên thông về khai sinh và khai tử đã giải quyết 1.046.320 hồ sơ; ước tiết kiệm cho xã hội khoảng 3.500 tỷ đồng.

Theo Nghị định số 69/2024/NĐ-CP, năm 2025 Bộ Công an đặt mục tiêu 100% dịch vụ công trực tuyến cho công dân sử dụng tài khoản định danh điện tử để đăng nhập và cấp 1,5 triệu thẻ căn cước cho trẻ em dưới 6 tuổi.

Địa chỉ: 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.234.2593
Tổng số lượt truy cập: 12.684.557
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ kích hoạt tài khoản định danh điện tử"

FIGS = [
    F("Hơn 58 triệu tài khoản", "58", 58000000, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử được kích hoạt", P("Năm 2024", None, "2024-12-31", inh=True), approx="over"),
    F("hơn 87,6 triệu thẻ", "87,6", 87600000, "count", "thẻ",
      "thẻ căn cước công dân gắn chíp và thẻ căn cước đã cấp", ASOF, approx="over"),
    F("cấp 9,1 triệu thẻ", "9,1", 9100000, "count", "thẻ", "thẻ căn cước cấp riêng năm 2024",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 58,4 triệu tài khoản", "58,4", 58400000, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 được kích hoạt", I(ASOF),
      change=CH("increase", 17300000, unit="tài khoản", baseline="cuối năm 2023")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố kết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống giải quyết thủ tục hành chính",
      total=63),
    F("có 43 tiện ích", "43", 43, "count", "tiện ích", "tiện ích trên ứng dụng VNeID"),
    F("hơn 1,2 tỷ lượt", "1,2", 1200000000, "count", "lượt xác thực điện tử", "lượt xác thực điện tử", Y24,
      approx="over", change=CH("increase", 2.5, unit="lần", baseline="năm 2023")),
    F("xếp thứ 1, 2", "1", 1, "rank", "hạng", RATE, location="Bắc Ninh"),
    F("thứ 1, 2 và", "2", 2, "rank", "hạng", RATE, location="Hà Nam"),
    F("2 và 3 toàn quốc", "3", 3, "rank", "hạng", RATE, location="Đà Nẵng"),
    F("với 96,8%", "96,8", 96.8, "percent", "%", RATE, location="Bắc Ninh"),
    F("96,8%, 95,1%", "95,1", 95.1, "percent", "%", RATE, location="Hà Nam"),
    F("và 94,7%", "94,7", 94.7, "percent", "%", RATE, location="Đà Nẵng"),
    F("2024, 6,7 triệu hồ sơ", "6,7", 6700000, "count", "hồ sơ",
      "hồ sơ thủ tục hành chính được nộp bằng tài khoản định danh điện tử",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), percent=38),
    F("Hai nhóm thủ tục", "Hai", 2, "count", "nhóm thủ tục liên thông",
      "nhóm thủ tục liên thông về khai sinh và khai tử"),
    F("giải quyết 1.046.320 hồ sơ", "1.046.320", 1046320, "count", "hồ sơ",
      "hồ sơ thủ tục liên thông về khai sinh và khai tử đã giải quyết",
      P("Trong năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("khoảng 3.500 tỷ đồng", "3.500", 3500000000000, "money", "đồng", "chi phí tiết kiệm cho xã hội",
      approx="about", status="estimate"),
    F("mục tiêu 100% dịch vụ", "100", 100, "percent", "%",
      "dịch vụ công trực tuyến cho công dân sử dụng tài khoản định danh điện tử để đăng nhập", Y25,
      status="target"),
    F("cấp 1,5 triệu thẻ", "1,5", 1500000, "count", "thẻ căn cước", "thẻ căn cước cấp cho trẻ em dưới 6 tuổi",
      Y25, status="target"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
]

COMMENTS = [
    "Bộ Công an portal (ministry site): national CCCD / thẻ căn cước, tài khoản định danh điện tử, xác thực, dịch vụ công qua VNeID, năm 2024.",
    "'Ngày đăng: 08/01/2025' is the dateline. Not figures: 'Lượt xem: 2.105', 'Tổng số lượt truy cập: 12.684.557', 'C06', 'mức độ 2',",
    "'Nghị định số 69/2024/NĐ-CP', address '44 Yết Kiêu', phone '069.234.2593'. All figures national (Việt Nam) except the ranked provinces.",
    "'riêng năm 2024 cấp 9,1 triệu thẻ' has no part-of cue and another period than the cumulative 87,6 triệu: no total.",
    "'gấp 2,5 lần năm 2023' after 1,2 tỷ lượt is its change (lần). 'lần lượt xếp thứ 1, 2 và 3 … với 96,8%, 95,1% và 94,7%': three ranks and",
    "three percents, each with its province as location. 'chiếm khoảng 38%' is the percent of 6,7 triệu hồ sơ. 'ước tiết kiệm' estimate;",
    "'năm 2025 … đặt mục tiêu' makes both following figures targets. 'trẻ em dưới 6 tuổi' is a threshold: optional.",
]

if __name__ == "__main__":
    emit("p546-4", TEXT, COMMENTS, FIGS, published="2025-01-08", location="Việt Nam")
