"""p1504-2: district portal (huyện Đức Hòa, Long An): vocational class for aluminium-glass door and roller-shutter installers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức / Lao động - Việc làm

Bế giảng lớp đào tạo nghề lắp đặt cửa nhôm kính, cửa cuốn cho lao động nông thôn

22/05/2024 - 10:12

Ngày 21/5, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Trung tâm Giáo dục nghề nghiệp huyện bế giảng lớp đào tạo nghề lắp đặt cửa nhôm kính, cửa cuốn tại xã Hựu Thạnh. Lớp học có 35 học viên, trong đó 9 học viên nữ, học trong 3 tháng với tổng kinh phí hơn 182 triệu đồng từ ngân sách. Phần thực hành do hai thợ cả của Hợp tác xã Cơ khí Nhôm kính Hựu Thạnh trực tiếp hướng dẫn. Mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày và tiền đi lại 200.000 đồng/khóa.

Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp chứng chỉ sơ cấp nghề. Hợp tác xã dự kiến tiếp nhận từ 15 đến 20 học viên vào làm việc với mức lương khởi điểm 6,5-7 triệu đồng/tháng; số còn lại tự mở tiệm hoặc làm thợ tại các cơ sở trong huyện.

Theo Phòng Lao động - Thương binh và Xã hội, năm 2023 huyện mở 4 lớp nghề cơ khí, lắp đặt cửa nhôm kính với 112 học viên; sau đào tạo có 96 người có việc làm, chiếm 85,7%. Năm 2024, huyện phấn đấu đào tạo nghề cho 1.500 lao động nông thôn, trong đó nhóm nghề cơ khí, nhôm kính khoảng 150 người.

Hiện trên địa bàn huyện có gần 70 cơ sở gia công cửa nhôm, cửa sắt, cửa cuốn, tập trung dọc Tỉnh lộ 825 và đường Hồ Chí Minh (N2).

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Xã Đức Lập Hạ ra mắt mô hình “Khu dân cư an toàn PCCC” số 2
- Huyện tổ chức Ngày hội việc làm lần thứ 4

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.276
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 35 học viên", "35", 35, "count", "học viên",
        subject="học viên lớp đào tạo nghề lắp đặt cửa nhôm kính, cửa cuốn"),
    fig("9 học viên nữ", "9", 9, "count", "học viên", total=35, subject="học viên nữ"),
    fig("trong 3 tháng", "3", 3, "measure", "tháng", subject="thời gian học", optional=True),
    fig("hơn 182 triệu", "182", 182e6, "money", "đồng", approx="over", subject="tổng kinh phí lớp học"),
    fig("do hai thợ cả", "hai", 2, "count", "thợ cả",
        subject="thợ cả của Hợp tác xã Cơ khí Nhôm kính Hựu Thạnh hướng dẫn thực hành"),
    fig("ăn 30.000 đồng", "30.000", 30000, "money", "đồng/ngày", subject="tiền ăn hỗ trợ mỗi học viên"),
    fig("lại 200.000 đồng", "200.000", 200000, "money", "đồng/khóa", subject="tiền đi lại hỗ trợ mỗi học viên"),
    fig("100% học viên", "100", 100, "percent", "%",
        subject="học viên đạt yêu cầu và được cấp chứng chỉ sơ cấp nghề"),
    fig("từ 15 đến 20 học viên", "15", 15, "count", "học viên", value_max=20, status="forecast",
        subject="học viên hợp tác xã tiếp nhận vào làm việc"),
    fig("điểm 6,5-7 triệu", "6,5", 6.5e6, "money", "đồng/tháng", value_max=7e6, status="forecast",
        subject="mức lương khởi điểm"),
    fig("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp nghề cơ khí, lắp đặt cửa nhôm kính huyện mở", period=Y23),
    fig("với 112 học viên", "112", 112, "count", "học viên", subject="học viên lớp nghề cơ khí, lắp đặt cửa nhôm kính",
        period=Y23),
    fig("có 96 người", "96", 96, "count", "người", percent=85.7, subject="người có việc làm sau đào tạo", period=Y23),
    fig("cho 1.500 lao động", "1.500", 1500, "count", "lao động", status="target",
        subject="lao động nông thôn được đào tạo nghề", period=Y24),
    fig("khoảng 150 người", "150", 150, "count", "người", approx="about", total=1500, status="target",
        subject="lao động đào tạo nhóm nghề cơ khí, nhôm kính", period=Y24),
    fig("gần 70 cơ sở", "70", 70, "count", "cơ sở", approx="nearly",
        subject="cơ sở gia công cửa nhôm, cửa sắt, cửa cuốn"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, breadcrumb, '22/05/2024 - 10:12' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone footer. All figures describe the district: location Đức Hòa.",
    "Distractors: 'Ngày 21/5', time 10:12, 'Tỉnh lộ 825', '(N2)', 'số 2', 'lần thứ 4', 'Khu phố 3', phone 0272.3851.276.",
    "'học trong 3 tháng' is the length of the course: optional (a duration, but here a fact about the course, not a time locator).",
    "'trong đó 9 học viên nữ' → total 35. '96 người có việc làm, chiếm 85,7%' has no part-of cue: percent 85.7, no total.",
    "'dự kiến tiếp nhận từ 15 đến 20 học viên … với mức lương khởi điểm 6,5-7 triệu đồng/tháng' → forecast (one clause).",
    "'Năm 2024, huyện phấn đấu … 1.500 lao động …, trong đó … khoảng 150 người' → target, total 1500.",
    "'Mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày' → unit as written, 'đồng/ngày'. 'Ngày 21/5' gives the class figures no period.",
]

if __name__ == "__main__":
    write("p1504-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Đức Hòa")
