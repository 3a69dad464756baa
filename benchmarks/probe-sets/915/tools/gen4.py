"""p915-4: ministry/central agency site (Cục Bảo vệ thực vật), national rodent damage, vụ Đông Xuân 2022-2023."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC BẢO VỆ THỰC VẬT
Trang chủ » Tin hoạt động » Dịch hại
Chủ động phòng trừ chuột hại lúa vụ Đông Xuân 2022-2023
Ngày đăng: 14/03/2023 | Lượt xem: 1.146

Theo báo cáo của các Chi cục Trồng trọt và Bảo vệ thực vật, tính đến ngày 10/3/2023, diện tích lúa bị chuột gây hại trên cả nước là 9.870 ha, tăng 1.150 ha so với cùng kỳ năm 2022; trong đó các tỉnh phía Bắc 3.420 ha, Bắc Trung Bộ 1.980 ha và các tỉnh phía Nam 4.470 ha. Diện tích bị hại nặng (tỷ lệ hại trên 20%) là 615 ha, chiếm 6,2% tổng diện tích bị hại. Các địa phương có diện tích bị hại lớn là Long An (1.250 ha), Thái Bình (860 ha), Sóc Trăng (745 ha) và Nghệ An (610 ha).

Từ đầu năm đến nay, 52/63 tỉnh, thành phố đã tổ chức 1.640 đợt ra quân, diệt được khoảng 4,7 triệu con chuột, gấp 1,3 lần cùng kỳ năm trước. Lượng thuốc diệt chuột đã sử dụng ước khoảng 96 tấn. Thuốc có nguồn gốc sinh học chiếm trên 70% lượng thuốc sử dụng, cao hơn 15 điểm phần trăm so với năm 2022.

Cục Bảo vệ thực vật dự báo từ nay đến cuối vụ, chuột tiếp tục gây hại mạnh ở giai đoạn lúa làm đòng, diện tích bị hại có thể lên tới 15.000-17.000 ha. Cục đề nghị các địa phương phấn đấu giảm ít nhất 30% diện tích bị hại so với vụ Đông Xuân 2021-2022, sử dụng thuốc trong danh mục theo Thông tư số 10/2020/TT-BNNPTNT và tuyệt đối không dùng bẫy điện. Năm 2022, cả nước xảy ra 12 vụ tai nạn do bẫy điện bắt chuột, làm 9 người tử vong.

Cục Bảo vệ thực vật - Số 149 Hồ Đắc Di, Đống Đa, Hà Nội - ĐT: 024.3851.9451
"""

D = P("tính đến ngày 10/3/2023", end="2023-03-10")
YTD = P("Từ đầu năm đến nay", start="2023-01-01", end="2023-03-14")
Y22 = P("Năm 2022", start="2022-01-01", end="2022-12-31")

FIGS = [
    F("là 9.870 ha", "9.870", 9870, "measure", "ha", "diện tích lúa bị chuột gây hại trên cả nước", D,
      change=C("increase", 1150, "ha", "cùng kỳ năm 2022")),
    F("phía Bắc 3.420 ha", "3.420", 3420, "measure", "ha", "diện tích lúa bị chuột gây hại các tỉnh phía Bắc", D,
      total=9870),
    F("Bắc Trung Bộ 1.980 ha", "1.980", 1980, "measure", "ha", "diện tích lúa bị chuột gây hại Bắc Trung Bộ", D,
      total=9870),
    F("phía Nam 4.470 ha", "4.470", 4470, "measure", "ha", "diện tích lúa bị chuột gây hại các tỉnh phía Nam", D,
      total=9870),
    F("(tỷ lệ hại trên 20%)", "20", 20, "percent", "%", "tỷ lệ hại", approx="over", optional=True),
    F("là 615 ha", "615", 615, "measure", "ha", "diện tích bị hại nặng", I(D), percent=6.2),
    F("Long An (1.250 ha)", "1.250", 1250, "measure", "ha", "diện tích lúa bị chuột gây hại", I(D), location="Long An"),
    F("Thái Bình (860 ha)", "860", 860, "measure", "ha", "diện tích lúa bị chuột gây hại", I(D), location="Thái Bình"),
    F("Sóc Trăng (745 ha)", "745", 745, "measure", "ha", "diện tích lúa bị chuột gây hại", I(D), location="Sóc Trăng"),
    F("Nghệ An (610 ha)", "610", 610, "measure", "ha", "diện tích lúa bị chuột gây hại", I(D), location="Nghệ An"),
    F("52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức ra quân diệt chuột", YTD, total=63),
    F("1.640 đợt", "1.640", 1640, "count", "đợt ra quân", "đợt ra quân diệt chuột", YTD),
    F("khoảng 4,7 triệu con chuột", "4,7", 4_700_000, "count", "con chuột", "chuột diệt được", YTD, approx="about",
      change=C("increase", 1.3, "lần", "cùng kỳ năm trước")),
    F("ước khoảng 96 tấn", "96", 96, "measure", "tấn", "lượng thuốc diệt chuột đã sử dụng", I(YTD),
      approx="about", status="estimate"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ thuốc có nguồn gốc sinh học trong lượng thuốc sử dụng", I(YTD),
      approx="over", change=C("increase", 15, "điểm phần trăm", "năm 2022")),
    F("15.000-17.000 ha", "15.000", 15000, "measure", "ha", "diện tích lúa bị chuột gây hại đến cuối vụ",
      value_max=17000, status="forecast"),
    F("ít nhất 30%", "30", 30, "percent", "%", "mức giảm diện tích bị hại", approx="at_least", status="target"),
    F("12 vụ tai nạn", "12", 12, "count", "vụ tai nạn", "vụ tai nạn do bẫy điện bắt chuột", Y22),
    F("làm 9 người", "9", 9, "count", "người", "người tử vong do bẫy điện", Y22),
]

NOTES = [
    "Ministry site (Cục BVTV, Bộ NN&PTNT): national figures, location Việt Nam; regions (các tỉnh phía Bắc, Bắc Trung Bộ)",
    "are not provinces and stay in the subject. Distractors: 'Lượt xem: 1.146', 'Thông tư số 10/2020/TT-BNNPTNT',",
    "'Số 149 Hồ Đắc Di', '024.3851.9451', 'vụ Đông Xuân 2022-2023/2021-2022' (seasons). 'gấp 1,3 lần cùng kỳ' after a count is",
    "its change (value 1.3, unit lần). 'chiếm 6,2% tổng diện tích bị hại' → percent only (the whole has no number in the cue).",
    "'15 điểm phần trăm' is the change of the 70% share. 'từ nay đến cuối vụ' is not datable: no period for the forecast.",
]

if __name__ == "__main__":
    write("p915-4", TEXT, NOTES, FIGS, published="2023-03-14", location="Việt Nam")
