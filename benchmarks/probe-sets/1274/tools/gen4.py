"""p1274-4: ministry site (Bộ Y tế): national HFMD 2023, provinces list, lab results, 2024 forecast, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Phòng chống dịch bệnh

Năm 2023, cả nước ghi nhận hơn 71.000 ca mắc tay chân miệng

22/01/2024 | 14:10 | Cục Y tế dự phòng

Theo Cục Y tế dự phòng, năm 2023 cả nước ghi nhận 71.312 ca mắc tay chân miệng tại 63/63 tỉnh, thành phố, trong đó có 89 ca tử vong. So với năm 2022, số mắc tăng 20,8%, số tử vong tăng 21 ca.

Khu vực phía Nam chiếm khoảng 71% tổng số ca mắc. Các địa phương có số mắc cao nhất lần lượt là TP Hồ Chí Minh (15.784 ca), Bình Dương (5.136 ca), Đồng Nai (3.912 ca) và Cần Thơ (2.540 ca).

Đỉnh dịch rơi vào tháng 7 và tháng 8/2023, trung bình 2.800-3.200 ca mỗi tuần. Kết quả xét nghiệm 1.654 mẫu bệnh phẩm cho thấy 1.012 mẫu dương tính với vi rút đường ruột, trong đó 746 mẫu là EV71.

Năm 2024, Bộ Y tế dự báo số mắc có thể dao động từ 55.000 đến 65.000 ca. Bộ đặt mục tiêu năm 2024 giảm tỷ lệ tử vong do tay chân miệng xuống dưới 0,1%. Đến năm 2025, phấn đấu 100% trường mầm non có bồn rửa tay với nước sạch và xà phòng.

Hiện cả nước có khoảng 15.300 trường mầm non với gần 5,2 triệu trẻ; Bộ đề nghị ngành giáo dục phối hợp vệ sinh, khử khuẩn trường lớp trước mỗi đợt cao điểm.

Liên kết: Thông tư số 54/2015/TT-BYT | Quyết định số 581/QĐ-BYT

Cổng Thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
PEAK = per("tháng 7 và tháng 8/2023", "2023-07-01", "2023-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("Đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 71.000 ca", "71.000", 71000, "count", "ca", approx="over",
        subject="ca mắc tay chân miệng", period=Y23H),
    fig("ghi nhận 71.312 ca", "71.312", 71312, "count", "ca",
        subject="ca mắc tay chân miệng", period=Y23),
    fig("tại 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố ghi nhận ca mắc", period=Y23),
    fig("có 89 ca", "89", 89, "count", "ca", total=71312, subject="ca tử vong", period=Y23),
    fig("tăng 20,8%", "20,8", 20.8, "percent", "%", subject="số mắc", period=inh(Y23)),
    fig("tăng 21 ca", "21", 21, "count", "ca", subject="số tử vong tăng", period=inh(Y23)),
    fig("khoảng 71%", "71", 71, "percent", "%", approx="about",
        subject="khu vực phía Nam trong tổng số ca mắc", period=inh(Y23)),
    fig("Minh (15.784 ca)", "15.784", 15784, "count", "ca", subject="số mắc",
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("Dương (5.136 ca)", "5.136", 5136, "count", "ca", subject="số mắc",
        period=inh(Y23), location="Bình Dương"),
    fig("Nai (3.912 ca)", "3.912", 3912, "count", "ca", subject="số mắc",
        period=inh(Y23), location="Đồng Nai"),
    fig("Thơ (2.540 ca)", "2.540", 2540, "count", "ca", subject="số mắc",
        period=inh(Y23), location="Cần Thơ"),
    fig("2.800-3.200 ca", "2.800", 2800, "measure", "ca/tuần", value_max=3200,
        subject="ca mắc trung bình mỗi tuần đỉnh dịch", period=PEAK),
    fig("xét nghiệm 1.654 mẫu", "1.654", 1654, "count", "mẫu bệnh phẩm",
        subject="mẫu bệnh phẩm xét nghiệm"),
    fig("cho thấy 1.012 mẫu", "1.012", 1012, "count", "mẫu",
        subject="mẫu dương tính với vi rút đường ruột"),
    fig("trong đó 746 mẫu", "746", 746, "count", "mẫu", total=1012, subject="mẫu là EV71"),
    fig("từ 55.000 đến 65.000", "55.000", 55000, "count", "ca", value_max=65000, status="forecast",
        subject="số mắc", period=Y24),
    fig("dưới 0,1%", "0,1", 0.1, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tử vong do tay chân miệng", period=Y24T),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường mầm non có bồn rửa tay với nước sạch và xà phòng", period=TO25),
    fig("khoảng 15.300 trường", "15.300", 15300, "count", "trường", approx="about",
        subject="trường mầm non"),
    fig("gần 5,2 triệu", "5,2", 5.2e6, "count", "trẻ", approx="nearly",
        subject="trẻ trong các trường mầm non"),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Y tế dự phòng): breadcrumb, '22/01/2024 | 14:10 | Cục Y tế dự phòng', links, address footer.",
    "Distractors: 14:10, 'EV71', 'Thông tư số 54/2015/TT-BYT', 'Quyết định số 581/QĐ-BYT', '138A Giảng Võ', baseline 'năm 2022'.",
    "National figures: location Việt Nam; the 'lần lượt là' list gives each province as location, subject = the list's indicator.",
    "'So với năm 2022, số mắc tăng 20,8%, số tử vong tăng 21 ca.' stands as its own sentence without a base amount: a percent",
    "figure and a count of the increase (as the shared gold's 'Tăng 261 nghìn người'); not a change on 71.312 (borderline).",
    "'63/63 tỉnh, thành phố' → count 63, total 63. 'trong đó có 89 ca tử vong' → total 71312. '746 mẫu' → total 1012;",
    "'1.012 mẫu' after 'xét nghiệm 1.654 mẫu' has no part-of cue: no total.",
    "'trung bình 2.800-3.200 ca mỗi tuần' is a weekly rate (measure, ca/tuần) over 'tháng 7 và tháng 8/2023' (2023-07-01..08-31).",
    "'dự báo' → forecast; 'mục tiêu năm 2024' and 'Đến năm 2025, phấn đấu' → target (start null for 'Đến năm 2025').",
    "'Hiện cả nước có khoảng 15.300 trường mầm non với gần 5,2 triệu trẻ' carries no period.",
]

if __name__ == "__main__":
    write("p1274-4", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")
