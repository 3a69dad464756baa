"""p820-4: ministry site (Cục Quản lý Dược, Bộ Y tế), national retail outlets and prescriptions in 2024."""
from lib import F, P, I, C, write

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ DƯỢC
Trang chủ » Tin tức » Hoạt động quản lý
Năm 2024: Hơn 98% cơ sở bán lẻ thuốc cả nước kết nối liên thông
Ngày đăng: 05/03/2025 | Lượt xem: 1.047
Theo số liệu của Cục Quản lý Dược, tính đến hết năm 2024, cả nước có 78.514 cơ sở bán lẻ thuốc, gồm 36.207 nhà thuốc (tăng 2.418 cơ sở so với năm 2023), 38.942 quầy thuốc và 3.365 tủ thuốc trạm y tế xã.
Đã có 77.120 cơ sở kết nối với Hệ thống cơ sở dữ liệu dược quốc gia, đạt 98,2%. Có 41/63 tỉnh, thành phố đạt tỷ lệ kết nối 100%. Các địa phương có số cơ sở bán lẻ nhiều nhất lần lượt là TP. Hồ Chí Minh (10.512 cơ sở), Hà Nội (8.936 cơ sở) và Đồng Nai (3.241 cơ sở).
Năm 2024, hệ thống đã ghi nhận hơn 42,6 triệu đơn thuốc được các cơ sở bán lẻ cập nhật, trong đó khoảng 9,8 triệu đơn thuốc điện tử. Số đơn thuốc điện tử được liên thông gấp 2,3 lần năm 2023.
Qua thanh tra, kiểm tra việc bán thuốc kê đơn, trong năm 2024 các cơ quan chức năng đã xử phạt 1.342 cơ sở bán lẻ với tổng số tiền khoảng 12,7 tỷ đồng, giảm 8,5% so với năm 2023.
Theo lộ trình tại Thông tư số 04/2022/TT-BYT, đến năm 2025, 100% cơ sở khám bệnh, chữa bệnh thực hiện kê đơn thuốc điện tử. Cục đặt mục tiêu đến hết năm 2025 có ít nhất 95% cơ sở bán lẻ thuốc cập nhật đơn thuốc bán ra hằng ngày. Dự kiến năm 2025, số cơ sở bán lẻ thuốc cả nước sẽ đạt khoảng 81.000 cơ sở.
Cục Quản lý Dược - Bộ Y tế. Địa chỉ: số 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3736.6483.
"""

END24 = P("tính đến hết năm 2024", end="2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%", "cơ sở bán lẻ thuốc cả nước kết nối liên thông",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 78.514 cơ sở", "78.514", 78514, "count", "cơ sở", "cơ sở bán lẻ thuốc", END24),
    F("gồm 36.207 nhà thuốc", "36.207", 36207, "count", "nhà thuốc", "nhà thuốc", END24, total=78514,
      change=C("increase", 2418, "cơ sở", "năm 2023")),
    F("38.942 quầy thuốc", "38.942", 38942, "count", "quầy thuốc", "quầy thuốc", END24, total=78514),
    F("3.365 tủ thuốc", "3.365", 3365, "count", "tủ thuốc", "tủ thuốc trạm y tế xã", END24, total=78514),
    F("có 77.120 cơ sở", "77.120", 77120, "count", "cơ sở",
      "cơ sở kết nối với Hệ thống cơ sở dữ liệu dược quốc gia", I(END24), percent=98.2),
    F("Có 41/63", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ kết nối 100%", I(END24), total=63),
    F("kết nối 100%", "100", 100, "percent", "%", "tỷ lệ kết nối", I(END24), optional=True),
    F("Hồ Chí Minh (10.512 cơ sở)", "10.512", 10512, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(END24),
      location="Thành phố Hồ Chí Minh"),
    F("Hà Nội (8.936 cơ sở)", "8.936", 8936, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(END24), location="Hà Nội"),
    F("Đồng Nai (3.241 cơ sở)", "3.241", 3241, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(END24), location="Đồng Nai"),
    F("hơn 42,6 triệu", "42,6", 42.6e6, "count", "đơn thuốc", "đơn thuốc được các cơ sở bán lẻ cập nhật", Y24,
      approx="over"),
    F("khoảng 9,8 triệu", "9,8", 9.8e6, "count", "đơn thuốc", "đơn thuốc điện tử", Y24, approx="about", total=42.6e6),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số đơn thuốc điện tử được liên thông", I(Y24)),
    F("xử phạt 1.342 cơ sở", "1.342", 1342, "count", "cơ sở", "cơ sở bán lẻ bị xử phạt", Y24b),
    F("khoảng 12,7 tỷ", "12,7", 12.7e9, "money", "đồng", "tiền xử phạt", Y24b, approx="about",
      change=C("decrease", 8.5, "%", "năm 2023")),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở khám bệnh, chữa bệnh thực hiện kê đơn thuốc điện tử",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("ít nhất 95%", "95", 95, "percent", "%", "cơ sở bán lẻ thuốc cập nhật đơn thuốc bán ra hằng ngày",
      P("đến hết năm 2025", end="2025-12-31"), approx="at_least", status="target"),
    F("khoảng 81.000 cơ sở", "81.000", 81000, "count", "cơ sở", "cơ sở bán lẻ thuốc cả nước",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cục Quản lý Dược (ministry site): national retail outlets at end-2024, liên thông, prescriptions, fines, 2025 targets.",
    "Distractors: 'Ngày đăng: 05/03/2025 | Lượt xem: 1.047', Thông tư số 04/2022/TT-BYT, 'số 138A Giảng Võ', phone 024.3736.6483.",
    "National figures: location Việt Nam; the three top provinces of the 'lần lượt' list are their own locations.",
    "'(tăng 2.418 cơ sở so với năm 2023)' is the change of 36.207 nhà thuốc (unit as written, 'cơ sở').",
    "'41/63 tỉnh, thành phố' → total 63; '100%' in 'đạt tỷ lệ kết nối 100%' is the criterion defining the group: optional.",
    "'khoảng 9,8 triệu' after 'trong đó' → total 42,6 triệu. 'gấp 2,3 lần năm 2023' standing as its own sentence: multiple.",
    "'năm 2025' targets: 'đến năm 2025, 100% ...' (a roadmap), 'đặt mục tiêu ... ít nhất 95%' → target; 'Dự kiến năm 2025' → forecast.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, COMMENTS, published="2025-03-05", location="Việt Nam")
