"""p577-4: Cục Quản lý Dược (Bộ Y tế) ministry site — national drug quality testing 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ DƯỢC
Trang chủ / Tin tức / Quản lý chất lượng thuốc

Năm 2023: tỷ lệ thuốc không đạt chất lượng ở mức 1,08%

Ngày đăng: 12/03/2024 | Lượt xem: 3.905

Theo báo cáo tổng kết của Cục Quản lý Dược, năm 2023, hệ thống kiểm nghiệm thuốc cả nước đã lấy 38.615 mẫu thuốc để kiểm tra chất lượng, trong đó 31.204 mẫu lấy tại các cơ sở bán lẻ và 7.411 mẫu lấy tại các cơ sở khám bệnh, chữa bệnh. Kết quả có 417 mẫu không đạt tiêu chuẩn chất lượng, chiếm 1,08%, giảm 0,13 điểm phần trăm so với năm 2022; tỷ lệ thuốc giả phát hiện được là 0,05%.

Trong năm, Cục đã ban hành 86 quyết định thu hồi thuốc, trong đó có 21 quyết định thu hồi thuốc vi phạm mức độ 2. Riêng Viện Kiểm nghiệm thuốc Trung ương đã kiểm tra 2.846 mẫu, trong đó 1.930 mẫu thuốc nhập khẩu.

Các địa phương có số mẫu lấy kiểm tra nhiều nhất là Hà Nội, TP. Hồ Chí Minh và Nghệ An với lần lượt 2.108, 1.977 và 1.042 mẫu. Đến nay, 63/63 tỉnh, thành phố đã triển khai kết nối liên thông cơ sở cung ứng thuốc với tổng số hơn 61.000 nhà thuốc, quầy thuốc.

Về giá thuốc, 9 tháng năm 2023 Cục đã tiếp nhận và công bố giá kê khai của 12.460 thuốc; giá bán buôn kê khai bình quân giảm khoảng 2,3% so với năm trước.

Năm 2024, Cục đặt mục tiêu duy trì tỷ lệ thuốc không đạt chất lượng dưới 1,5% và tỷ lệ thuốc giả dưới 0,1%.

Cục Quản lý Dược - 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y23h = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Đến nay", None, "2024-03-12")

FIGS = [
    fig("mức 1,08%", "1,08", 1.08, "percent", "%", "tỷ lệ thuốc không đạt chất lượng", Y23h),
    fig("lấy 38.615 mẫu", "38.615", 38615, "count", "mẫu", "mẫu thuốc lấy để kiểm tra chất lượng", Y23),
    fig("31.204 mẫu", "31.204", 31204, "count", "mẫu", "mẫu lấy tại các cơ sở bán lẻ", Y23, total=38615),
    fig("7.411 mẫu", "7.411", 7411, "count", "mẫu", "mẫu lấy tại các cơ sở khám bệnh, chữa bệnh", Y23, total=38615),
    fig("có 417 mẫu", "417", 417, "count", "mẫu", "mẫu không đạt tiêu chuẩn chất lượng", inh(Y23), percent=1.08,
        change=chg("decrease", 0.13, "điểm phần trăm", "năm 2022")),
    fig("là 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ thuốc giả phát hiện được", inh(Y23)),
    fig("ban hành 86 quyết định", "86", 86, "count", "quyết định", "quyết định thu hồi thuốc", inh(Y23)),
    fig("có 21 quyết định", "21", 21, "count", "quyết định", "quyết định thu hồi thuốc vi phạm mức độ 2", inh(Y23),
        total=86),
    fig("kiểm tra 2.846 mẫu", "2.846", 2846, "count", "mẫu", "mẫu Viện Kiểm nghiệm thuốc Trung ương kiểm tra", inh(Y23)),
    fig("1.930 mẫu", "1.930", 1930, "count", "mẫu", "mẫu thuốc nhập khẩu", inh(Y23), total=2846),
    fig("lần lượt 2.108", "2.108", 2108, "count", "mẫu", "số mẫu lấy kiểm tra", inh(Y23), location="Hà Nội"),
    fig("2.108, 1.977", "1.977", 1977, "count", "mẫu", "số mẫu lấy kiểm tra", inh(Y23), location="TP. Hồ Chí Minh"),
    fig("và 1.042 mẫu", "1.042", 1042, "count", "mẫu", "số mẫu lấy kiểm tra", inh(Y23), location="Nghệ An"),
    fig("63/63", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố triển khai kết nối liên thông cơ sở cung ứng thuốc", NOW, total=63),
    fig("hơn 61.000", "61.000", 61000, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc kết nối liên thông", NOW,
        approx="over"),
    fig("của 12.460 thuốc", "12.460", 12460, "count", "thuốc", "thuốc được tiếp nhận và công bố giá kê khai", Q9),
    fig("khoảng 2,3%", "2,3", 2.3, "percent", "%", "giá bán buôn kê khai bình quân giảm so với năm trước", Q9,
        approx="about"),
    fig("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ thuốc không đạt chất lượng", Y24, approx="under",
        status="target"),
    fig("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ thuốc giả", Y24, approx="under", status="target"),
]

NOTES = [
    "Ministry site (Cục Quản lý Dược, Bộ Y tế): national drug quality testing 2023. 'Ngày đăng: 12/03/2024 | Lượt xem: 3.905'.",
    "National figures: location Việt Nam; the lần lượt list gives Hà Nội / TP. Hồ Chí Minh / Nghệ An as locations (subject: số mẫu lấy kiểm tra).",
    "Distractors: 'Lượt xem: 3.905', 'mức độ 2' (recall level, like a service level), '138A Giảng Võ', 'Viện Kiểm nghiệm thuốc Trung ương'.",
    "31.204 + 7.411 = 38.615 after 'trong đó'; 21 of 86 and 1.930 of 2.846 after 'trong đó'. 417 carries 'chiếm 1,08%' and its change in points.",
    "'giảm khoảng 2,3% so với năm trước' is a rate with no base amount: a percent figure, no change. 'Đến nay' ends at the dateline.",
    "'Trong năm' (86 decisions) is read as the year of the lead: inherited.",
]

if __name__ == "__main__":
    emit("p577-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
