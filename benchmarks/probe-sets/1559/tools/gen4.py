"""p1559-4: ministry site (Bộ Y tế): national bông, băng, gạc industry, exports 2023, registrations, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Trang thiết bị y tế

Bông, băng, gạc sản xuất trong nước đáp ứng trên 80% nhu cầu

Ngày đăng: 20/03/2024 | Nguồn: Cục Cơ sở hạ tầng và Thiết bị y tế

Theo Cục Cơ sở hạ tầng và Thiết bị y tế, cả nước hiện có khoảng 60 doanh nghiệp sản xuất bông, băng, gạc y tế, tập trung tại Hà Nam, Nam Định, Bình Dương và Long An. Các doanh nghiệp này đáp ứng trên 80% nhu cầu của hệ thống khám bệnh, chữa bệnh.

Năm 2023, kim ngạch xuất khẩu nhóm hàng bông, băng, gạc y tế ước đạt 312 triệu USD, tăng 9,7% so với năm 2022 và gấp 2,5 lần năm 2015. Về cơ cấu thị trường, Nhật Bản chiếm 34% kim ngạch, tiếp đến là Hoa Kỳ 21% và Hàn Quốc 12%. Việt Nam hiện đứng thứ 3 châu Á về xuất khẩu gạc y tế, sau Trung Quốc và Ấn Độ.

Tuy vậy, khoảng 90% bông xơ nguyên liệu vẫn phải nhập khẩu; năm 2023 các doanh nghiệp nhập khoảng 41.000 tấn bông xơ, trị giá 86 triệu USD.

Tính đến hết tháng 2/2024, Bộ Y tế đã cấp 1.245 số lưu hành cho trang thiết bị y tế loại A, B thuộc nhóm này, trong đó 287 số của doanh nghiệp có vốn đầu tư nước ngoài.

Theo Chiến lược phát triển công nghiệp thiết bị y tế, mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên liệu bông, băng, gạc đạt ít nhất 30%, kim ngạch xuất khẩu đạt 600-700 triệu USD/năm.

Bài viết liên quan:
- Hướng dẫn phân loại trang thiết bị y tế theo Thông tư 05/2022/TT-BYT
- Hội nghị tổng kết công tác năm 2023 của Cục

BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3846.4416
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
FEB = per("Tính đến hết tháng 2/2024", None, "2024-02-29")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("trong nước đáp ứng trên 80%", "80", 80, "percent", "%", approx="over",
        subject="nhu cầu được bông, băng, gạc sản xuất trong nước đáp ứng"),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bông, băng, gạc y tế"),
    fig("trên 80% nhu cầu của", "80", 80, "percent", "%", approx="over",
        subject="nhu cầu của hệ thống khám bệnh, chữa bệnh các doanh nghiệp đáp ứng"),
    fig("ước đạt 312 triệu", "312", 312e6, "money", "USD", status="estimate",
        change=chg("increase", 9.7, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu nhóm hàng bông, băng, gạc y tế", period=Y23),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", status="estimate", optional=True,
        subject="kim ngạch xuất khẩu so với năm 2015", period=Y23),
    fig("chiếm 34%", "34", 34, "percent", "%",
        subject="tỷ trọng của Nhật Bản trong kim ngạch xuất khẩu", period=inh(Y23)),
    fig("Hoa Kỳ 21%", "21", 21, "percent", "%",
        subject="tỷ trọng của Hoa Kỳ trong kim ngạch xuất khẩu", period=inh(Y23)),
    fig("Hàn Quốc 12%", "12", 12, "percent", "%",
        subject="tỷ trọng của Hàn Quốc trong kim ngạch xuất khẩu", period=inh(Y23)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="xuất khẩu gạc y tế"),
    fig("khoảng 90% bông", "90", 90, "percent", "%", approx="about",
        subject="bông xơ nguyên liệu phải nhập khẩu"),
    fig("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", approx="about",
        subject="bông xơ các doanh nghiệp nhập", period=Y23b),
    fig("trị giá 86 triệu", "86", 86e6, "money", "USD",
        subject="trị giá bông xơ nhập khẩu", period=Y23b),
    fig("cấp 1.245 số", "1.245", 1245, "count", "số lưu hành",
        subject="số lưu hành cấp cho trang thiết bị y tế loại A, B thuộc nhóm bông, băng, gạc", period=FEB),
    fig("trong đó 287 số", "287", 287, "count", "số lưu hành", total=1245,
        subject="số lưu hành của doanh nghiệp có vốn đầu tư nước ngoài", period=FEB),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu bông, băng, gạc", period=T30),
    fig("đạt 600-700 triệu", "600", 600e6, "money", "USD/năm", value_max=700e6, status="target",
        subject="kim ngạch xuất khẩu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, 'Ngày đăng: 20/03/2024 | Nguồn: ...', related links, address footer. National figures: Việt Nam.",
    "Distractors: 'Thông tư 05/2022/TT-BYT', 'năm 2023' in a link, '138A Giảng Võ', phone 024.3846.4416, 'loại A, B', baselines năm 2022/2015.",
    "Headline and body each state 'trên 80%' (two figures). Provinces listed after the national count do not make it provincial.",
    "'tăng 9,7% so với năm 2022 và gấp 2,5 lần năm 2015': the first change is the attribute; the second is a figure of its own,",
    "optional by the spec (kind multiple); it continues the 'ước đạt' clause → estimate.",
    "'Nhật Bản chiếm 34% kim ngạch, tiếp đến là Hoa Kỳ 21% và Hàn Quốc 12%': a list of shares; trade partners are not places, so the",
    "location stays Việt Nam and the partner stays in the subject. 'đứng thứ 3 châu Á' → rank 3 (no period: 'hiện').",
    "'trị giá 86 triệu USD' is a figure of its own (a value is no attribute). 'Tính đến hết tháng 2/2024' → end 2024-02-29 (leap year).",
    "'287 số' after 'trong đó' → total 1 245. 'mục tiêu đến năm 2030' → target, start null, end 2030-12-31, for both clauses.",
]

if __name__ == "__main__":
    write("p1559-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
