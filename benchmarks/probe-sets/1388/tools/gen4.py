"""p1388-4: ministry site (Bộ Khoa học và Công nghệ): national robot installations, robot density, imports, domestic makers, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức > Hoạt động khoa học và công nghệ

Mật độ robot trong ngành chế tạo của Việt Nam còn thấp

26/06/2024 | 15:10 | Cục Ứng dụng và Phát triển công nghệ

Sáng 25/6, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức hội thảo "Robot và tự động hóa trong sản xuất thông minh". Theo số liệu được công bố tại hội thảo, năm 2023 Việt Nam lắp đặt mới khoảng 3.300 robot công nghiệp, giảm 8% so với năm 2022, đứng thứ 12 thế giới về số robot lắp đặt mới.

Cũng trong năm 2023, mật độ robot trong ngành chế tạo của Việt Nam mới đạt 23 robot/10.000 lao động, thấp hơn nhiều so với mức bình quân thế giới là 162 robot/10.000 lao động. Kim ngạch nhập khẩu robot và thiết bị tự động hóa năm 2023 đạt khoảng 1,85 tỷ USD, tăng 6,3% so với năm trước; trong đó nhập khẩu từ Nhật Bản chiếm 38%, từ Hàn Quốc chiếm 24%.

Cả nước hiện có khoảng 50 doanh nghiệp trong nước tham gia thiết kế, chế tạo robot và tích hợp hệ thống tự động hóa, song mới đáp ứng chưa đến 10% nhu cầu thị trường. Khoảng 70% doanh nghiệp chế biến, chế tạo vẫn sử dụng công nghệ ở mức trung bình và thấp.

Robot công nghiệp thuộc Danh mục công nghệ chiến lược ban hành kèm Quyết định số 2117/QĐ-TTg. Theo dự thảo Chiến lược phát triển ngành công nghiệp robot, mục tiêu đến năm 2030 có ít nhất 5 doanh nghiệp Việt Nam làm chủ công nghệ sản xuất robot công nghiệp, tỷ lệ nội địa hóa thiết bị tự động hóa đạt 30-35%, mật độ robot đạt 100 robot/10.000 lao động.

Cổng thông tin điện tử Bộ Khoa học và Công nghệ
Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội. Điện thoại: 024.3943.9731
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 3.300 robot", "3.300", 3300, "count", "robot", approx="about",
        change=chg("decrease", 8, "%", "năm 2022"),
        subject="robot công nghiệp Việt Nam lắp đặt mới", period=Y23),
    fig("đứng thứ 12", "12", 12, "rank", "hạng", subject="số robot lắp đặt mới", period=Y23),
    fig("đạt 23 robot", "23", 23, "measure", "robot/10.000 lao động",
        subject="mật độ robot trong ngành chế tạo của Việt Nam", period=Y23b),
    fig("là 162 robot", "162", 162, "measure", "robot/10.000 lao động",
        subject="mức bình quân thế giới về mật độ robot", period=Y23b, location=""),
    fig("khoảng 1,85 tỷ", "1,85", 1.85e9, "money", "USD", approx="about",
        change=chg("increase", 6.3, "%", "năm trước"),
        subject="kim ngạch nhập khẩu robot và thiết bị tự động hóa", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng nhập khẩu từ Nhật Bản",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("chiếm 24%", "24", 24, "percent", "%", subject="tỷ trọng nhập khẩu từ Hàn Quốc",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp trong nước tham gia thiết kế, chế tạo robot và tích hợp hệ thống tự động hóa"),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="nhu cầu thị trường doanh nghiệp trong nước đáp ứng"),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="doanh nghiệp chế biến, chế tạo sử dụng công nghệ ở mức trung bình và thấp"),
    fig("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp Việt Nam làm chủ công nghệ sản xuất robot công nghiệp", period=T30),
    fig("đạt 30-35%", "30", 30, "percent", "%", value_max=35, status="target",
        subject="tỷ lệ nội địa hóa thiết bị tự động hóa", period=T30),
    fig("đạt 100 robot", "100", 100, "measure", "robot/10.000 lao động", status="target",
        subject="mật độ robot", period=T30),
]

NOTES = [
    "Ministry site (Bộ Khoa học và Công nghệ): breadcrumb, '26/06/2024 | 15:10 | Cục ...' dateline, address footer. National figures: Việt Nam.",
    "Distractors: 15:10, 'Sáng 25/6', Quyết định số 2117/QĐ-TTg, '113 Trần Duy Hưng', phone 024.3943.9731, baseline 'năm 2022',",
    "'10.000 lao động' (a rate denominator, part of the unit 'robot/10.000 lao động').",
    "'đứng thứ 12 thế giới' is Việt Nam's rank (location Việt Nam), period năm 2023.",
    "'mức bình quân thế giới là 162 robot' describes no place of Việt Nam: location null (borderline: the world, not a province or the country).",
    "'trong đó nhập khẩu từ Nhật Bản chiếm 38%' are percent figures of their own (no amount); trade partners are not places: location Việt Nam.",
    "'mới đáp ứng chưa đến 10% nhu cầu' is a percent figure of its own ('đáp ứng' is not a share cue of the 50 firms).",
    "Targets 'mục tiêu đến năm 2030': at least 5 firms, 30-35% (range), 100 robot/10.000 lao động. 'Chiến lược ... công nghiệp robot' is a name.",
]

if __name__ == "__main__":
    write("p1388-4", TEXT, NOTES, FIGS, published="2024-06-26", location="Việt Nam")
