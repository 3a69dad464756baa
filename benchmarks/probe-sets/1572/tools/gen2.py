"""p1572-2: district portal (Hoằng Hóa, Thanh Hóa): street shoe-shiners retrained to open shoe-cleaning shops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ / Tin tức - Sự kiện / Lao động - Việc làm

Hỗ trợ lao động đánh giày dạo chuyển sang mở tiệm vệ sinh giày

20/05/2024 - 08:30

Theo Phòng Lao động - Thương binh và Xã hội huyện, toàn huyện hiện có khoảng 1.200 người đi làm nghề đánh giày dạo tại các thành phố lớn, trong đó hơn 700 người là lao động trẻ. Thu nhập bình quân của họ từ 5 đến 7 triệu đồng/người/tháng, không ổn định và không có bảo hiểm.

Năm 2023, huyện phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên mở 4 lớp đào tạo nghề vệ sinh, phục hồi giày cho 120 học viên, tổng kinh phí 360 triệu đồng. Sau đào tạo, 86 học viên đã mở tiệm hoặc làm việc tại các cửa hàng chăm sóc giày, đạt 71,7%.

Từ đầu năm 2024 đến nay, Ngân hàng Chính sách xã hội huyện đã giải ngân 52 hồ sơ vay vốn với số tiền 2,6 tỷ đồng, mức vay tối đa 100 triệu đồng/hộ, để người lao động thuê mặt bằng, mua máy sấy và hóa chất vệ sinh giày.

Anh Lê Văn Thắng (thôn 3, xã Hoằng Phong) sau nhiều năm đánh giày dạo ở phố cổ Hà Nội đã về mở tiệm vệ sinh giày tại thị trấn Bút Sơn. Mỗi ngày tiệm nhận từ 25 đến 30 đôi giày, giá dịch vụ 50.000-120.000 đồng/đôi tùy chất liệu; tiệm tạo việc làm cho hai lao động địa phương.

Mục tiêu đến năm 2025, huyện phấn đấu đào tạo nghề cho ít nhất 300 lao động đánh giày dạo, trên 50% lao động sau đào tạo có việc làm ổn định.

Nguồn: Phòng Lao động - TB&XH huyện

Tin khác:
- Hoằng Hóa tổ chức Ngày hội việc làm lần thứ 3
- Xã Hoằng Phong ra mắt mô hình dân vận khéo

Cơ quan chủ quản: UBND huyện Hoằng Hóa. Địa chỉ: Khu phố Bút Sơn, thị trấn Bút Sơn. Điện thoại: 0237.3865.112
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-20")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1.200 người", "1.200", 1200, "count", "người", approx="about",
        subject="người đi làm nghề đánh giày dạo tại các thành phố lớn"),
    fig("hơn 700 người", "700", 700, "count", "người", approx="over", total=1200, subject="lao động trẻ"),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân của lao động đánh giày dạo"),
    fig("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp đào tạo nghề vệ sinh, phục hồi giày", period=Y23),
    fig("cho 120 học viên", "120", 120, "count", "học viên", subject="học viên được đào tạo nghề", period=Y23),
    fig("kinh phí 360 triệu", "360", 360e6, "money", "đồng", subject="tổng kinh phí đào tạo nghề", period=Y23),
    fig("86 học viên", "86", 86, "count", "học viên", percent=71.7,
        subject="học viên mở tiệm hoặc làm việc tại các cửa hàng chăm sóc giày", period=inh(Y23)),
    fig("giải ngân 52 hồ sơ", "52", 52, "count", "hồ sơ", subject="hồ sơ vay vốn được giải ngân", period=YTD),
    fig("số tiền 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", subject="số tiền giải ngân cho vay", period=YTD),
    fig("tối đa 100 triệu", "100", 100e6, "money", "đồng/hộ", approx="at_most", subject="mức vay", period=YTD),
    fig("từ 25 đến 30 đôi", "25", 25, "measure", "đôi/ngày", value_max=30,
        subject="giày tiệm nhận mỗi ngày", location="Hoằng Hóa"),
    fig("50.000-120.000 đồng/đôi", "50.000", 50000, "money", "đồng/đôi", value_max=120000,
        subject="giá dịch vụ vệ sinh giày"),
    fig("cho hai lao động", "hai", 2, "count", "lao động", subject="việc làm tiệm tạo cho lao động địa phương"),
    fig("ít nhất 300 lao động", "300", 300, "count", "lao động", approx="at_least", status="target",
        subject="lao động đánh giày dạo được đào tạo nghề", period=T25),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ lao động sau đào tạo có việc làm ổn định", period=T25),
]

NOTES = [
    "District portal (huyện Hoằng Hóa, Thanh Hóa): banner names the district; date '20/05/2024 - 08:30' under the headline (published).",
    "Distractors: 08:30, 'thôn 3', 'lần thứ 3', phone 0237.3865.112, 'Năm 2023' as a period only.",
    "Location Hoằng Hóa for all figures: the district's workers (working in cities), its classes and loans; the shop in thị trấn Bút Sơn is in the district.",
    "'trong đó hơn 700 người' → total 1.200. '86 học viên ... đạt 71,7%' → percent attribute; no cue for a total (no 'trong đó'/'trong số').",
    "'Từ đầu năm 2024 đến nay' ends at the dateline. 'mức vay tối đa 100 triệu đồng/hộ' is a stated limit: money, at_most.",
    "'Mỗi ngày tiệm nhận từ 25 đến 30 đôi' is a rate: measure, unit 'đôi/ngày', range. 'Mục tiêu ... phấn đấu' governs both clauses: target, end 2025.",
]

if __name__ == "__main__":
    write("p1572-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Hoằng Hóa")
