"""p1331-2: district portal (huyện Đức Hòa, Long An): a workers' social housing project receives applications."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Dự án nhà ở xã hội cho công nhân tại Đức Hòa nhận gần 900 hồ sơ

27/09/2024 - 15:20

Sau hơn một tháng mở bán, dự án Khu nhà ở xã hội Hòa Khánh Garden (xã Đức Hòa Hạ) do Công ty cổ phần Đầu tư Xây dựng Phú An Long làm chủ đầu tư đã tiếp nhận 886 hồ sơ đăng ký mua, thuê mua nhà ở xã hội, trong đó 742 hồ sơ hợp lệ, chiếm 83,7%.

Dự án được xây dựng trên khu đất rộng 2,4 ha, gồm 4 block cao 9 tầng với tổng số 1.016 căn hộ, diện tích mỗi căn từ 36 đến 68 m2. Giá bán tạm tính là 13,9 triệu đồng/m2 (đã gồm VAT), tương đương khoảng 500 triệu đến 945 triệu đồng/căn.

Đối tượng được mua là công nhân, người lao động đang làm việc tại các khu công nghiệp trên địa bàn huyện có thu nhập không quá 15 triệu đồng/tháng. Người mua được vay tối đa 80% giá trị căn hộ từ Ngân hàng Chính sách xã hội với lãi suất 4,8%/năm, thời hạn vay tối đa 25 năm.

Theo UBND huyện, hiện Đức Hòa có 5 khu công nghiệp đang hoạt động với gần 62.000 lao động, trong đó khoảng 70% là lao động ngoại tỉnh có nhu cầu về chỗ ở. Ngoài dự án trên, huyện đang kêu gọi đầu tư thêm 3 dự án nhà ở xã hội, dự kiến cung cấp khoảng 4.500 căn hộ giai đoạn 2025-2027.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Đức Hòa ra quân Tháng Công nhân năm 2024
- Hướng dẫn hồ sơ mua nhà ở xã hội theo Thông tư số 05/2024/TT-BXD

UBND HUYỆN ĐỨC HÒA
Địa chỉ: Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.415
"""

FIGS = [
    fig("nhận gần 900 hồ sơ", "900", 900, "count", "hồ sơ", approx="nearly",
        subject="hồ sơ dự án nhà ở xã hội cho công nhân nhận"),
    fig("tiếp nhận 886 hồ sơ", "886", 886, "count", "hồ sơ",
        subject="hồ sơ đăng ký mua, thuê mua nhà ở xã hội dự án tiếp nhận"),
    fig("trong đó 742 hồ sơ", "742", 742, "count", "hồ sơ", total=886, percent=83.7,
        subject="hồ sơ hợp lệ"),
    fig("rộng 2,4 ha", "2,4", 2.4, "measure", "ha", subject="diện tích khu đất dự án"),
    fig("gồm 4 block", "4", 4, "count", "block", subject="block của dự án"),
    fig("cao 9 tầng", "9", 9, "count", "tầng", subject="số tầng mỗi block"),
    fig("tổng số 1.016 căn", "1.016", 1016, "count", "căn hộ", subject="tổng số căn hộ của dự án"),
    fig("từ 36 đến 68", "36", 36, "measure", "m2", value_max=68, subject="diện tích mỗi căn"),
    fig("là 13,9 triệu", "13,9", 13.9e6, "money", "đồng/m2", subject="giá bán tạm tính"),
    fig("khoảng 500 triệu đến 945 triệu", "500", 500e6, "money", "đồng/căn", value_max=945e6, approx="about",
        subject="giá bán mỗi căn"),
    fig("không quá 15 triệu", "15", 15e6, "money", "đồng/tháng", approx="at_most",
        subject="thu nhập của đối tượng được mua"),
    fig("tối đa 80%", "80", 80, "percent", "%", approx="at_most", subject="mức vay so với giá trị căn hộ"),
    fig("lãi suất 4,8%", "4,8", 4.8, "percent", "%", subject="lãi suất vay Ngân hàng Chính sách xã hội"),
    fig("tối đa 25 năm", "25", 25, "measure", "năm", approx="at_most", subject="thời hạn vay"),
    fig("có 5 khu công nghiệp", "5", 5, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("gần 62.000 lao động", "62.000", 62000, "count", "lao động", approx="nearly",
        subject="lao động tại các khu công nghiệp"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ lao động ngoại tỉnh có nhu cầu về chỗ ở"),
    fig("thêm 3 dự án", "3", 3, "count", "dự án", subject="dự án nhà ở xã hội huyện kêu gọi đầu tư thêm"),
    fig("khoảng 4.500 căn", "4.500", 4500, "count", "căn hộ", approx="about", status="forecast",
        subject="căn hộ các dự án dự kiến cung cấp",
        period=per("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '27/09/2024 - 15:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'hơn một tháng mở bán' (duration that only locates the figures in time), 'Tháng Công nhân năm 2024',",
    "'Thông tư số 05/2024/TT-BXD', 'Khu phố 4', phone 0272.3850.415, time 15:20.",
    "All figures are the district's (Đức Hòa) or the project's in xã Đức Hòa Hạ: location Đức Hòa throughout.",
    "'742 hồ sơ hợp lệ, chiếm 83,7%' after 'trong đó' -> total 886, percent 83.7.",
    "'tương đương khoảng 500 triệu đến 945 triệu đồng/căn': a money range of its own (not a share attribute).",
    "'không quá 15 triệu đồng/tháng', 'tối đa 80%', 'tối đa 25 năm' are eligibility and loan terms: figures with at_most.",
    "'trong đó khoảng 70% là lao động ngoại tỉnh' is a percent figure of its own (a share, not after chiếm/đạt).",
    "'dự kiến cung cấp khoảng 4.500 căn hộ giai đoạn 2025-2027' -> forecast; '3 dự án' in the 'đang kêu gọi' clause stays actual.",
]

if __name__ == "__main__":
    write("p1331-2", TEXT, NOTES, FIGS, published="2024-09-27", location="Đức Hòa")
