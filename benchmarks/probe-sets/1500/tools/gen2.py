"""p1500-2: district portal (huyện Vũ Thư, Thái Bình): a doormat cooperative weaving fabric scraps; district totals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ THƯ - TỈNH THÁI BÌNH
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

HTX Dệt thảm Tam Quang: biến vải vụn thành hàng xuất khẩu

18/03/2024 - 10:05

Từ 12 thành viên khi thành lập năm 2018, đến nay Hợp tác xã Dệt thảm Tam Quang (xã Tam Quang) đã có 65 lao động thường xuyên, trong đó 58 lao động nữ. HTX đầu tư 24 khung dệt và hai máy may công nghiệp để viền thảm; ngoài ra còn giao vải cho gần ba chục hộ trong xã may gia công tại nhà.

Năm 2023, HTX sản xuất hơn 410.000 tấm thảm lau chân, doanh thu đạt 6,8 tỷ đồng, tăng 15% so với năm 2022; lợi nhuận khoảng 720 triệu đồng. Thu nhập bình quân của người lao động 5,6 triệu đồng/người/tháng, thợ giỏi được 7-8 triệu đồng/tháng. Sản phẩm có giá bán từ 18.000 đến 45.000 đồng/chiếc tùy kích cỡ, trong đó mẫu TQ-4060 bán chạy nhất.

Riêng 2 tháng đầu năm 2024, HTX đã xuất 3 container thảm sang Nhật Bản với khoảng 36.000 tấm. Năm nay, HTX phấn đấu doanh thu 8 tỷ đồng và dự kiến tuyển thêm từ 15 đến 20 lao động.

Theo Phòng Kinh tế và Hạ tầng huyện, toàn huyện hiện có 6 cơ sở dệt thảm từ vải vụn, gồm 2 HTX và 4 doanh nghiệp, giải quyết việc làm cho gần 300 lao động nông thôn. Năm 2023, giá trị sản xuất của nghề đạt khoảng 21 tỷ đồng, chiếm 1,8% giá trị sản xuất tiểu thủ công nghiệp toàn huyện. Huyện phấn đấu đến năm 2025 có ít nhất một sản phẩm thảm đạt chuẩn OCOP.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Vũ Thư

Tin khác:
- Vũ Thư sơ kết công tác quý I/2024
- Xã Tam Quang đón nhận Bằng công nhận xã nông thôn mới nâng cao

Địa chỉ: Số 2 Lê Quý Đôn, thị trấn Vũ Thư, tỉnh Thái Bình | Điện thoại: 0227.3826.118
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Từ 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên Hợp tác xã Dệt thảm Tam Quang khi thành lập", period=Y18),
    fig("có 65 lao động", "65", 65, "count", "lao động", subject="lao động thường xuyên của hợp tác xã"),
    fig("58 lao động nữ", "58", 58, "count", "lao động", total=65, subject="lao động nữ"),
    fig("24 khung dệt", "24", 24, "count", "khung dệt", subject="khung dệt hợp tác xã đầu tư"),
    fig("hai máy may", "hai", 2, "count", "máy may", subject="máy may công nghiệp để viền thảm"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ trong xã may gia công tại nhà"),
    fig("hơn 410.000 tấm", "410.000", 410000, "count", "tấm", approx="over",
        subject="thảm lau chân hợp tác xã sản xuất", period=Y23),
    fig("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("khoảng 720 triệu", "720", 720e6, "money", "đồng", approx="about",
        subject="lợi nhuận của hợp tác xã", period=Y23),
    fig("động 5,6 triệu", "5,6", 5.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của người lao động", period=inh(Y23)),
    fig("được 7-8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6,
        subject="thu nhập của thợ giỏi", period=inh(Y23)),
    fig("từ 18.000 đến 45.000", "18.000", 18000, "money", "đồng/chiếc", value_max=45000,
        subject="giá bán sản phẩm"),
    fig("xuất 3 container", "3", 3, "count", "container", subject="container thảm xuất sang Nhật Bản",
        period=M2),
    fig("khoảng 36.000 tấm", "36.000", 36000, "count", "tấm", approx="about",
        subject="thảm xuất sang Nhật Bản", period=M2),
    fig("doanh thu 8 tỷ", "8", 8e9, "money", "đồng", status="target",
        subject="doanh thu của hợp tác xã", period=NOW),
    fig("từ 15 đến 20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
        subject="lao động tuyển thêm", period=NOW),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở dệt thảm từ vải vụn"),
    fig("gồm 2 HTX", "2", 2, "count", "HTX", total=6, subject="HTX dệt thảm từ vải vụn"),
    fig("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6, subject="doanh nghiệp dệt thảm từ vải vụn"),
    fig("gần 300 lao động", "300", 300, "count", "lao động", approx="nearly",
        subject="lao động nông thôn được giải quyết việc làm"),
    fig("khoảng 21 tỷ", "21", 21e9, "money", "đồng", approx="about", percent=1.8,
        subject="giá trị sản xuất của nghề dệt thảm", period=Y23),
    fig("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm thảm đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "District portal (huyện Vũ Thư, Thái Bình): portal banner, breadcrumb, '18/03/2024 - 10:05' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:05, 'mẫu TQ-4060', 'quý I/2024' in a link, 'Số 2 Lê Quý Đôn', phone 0227.3826.118; 'trong đó mẫu ...' has no figure.",
    "All figures are the district's (location Vũ Thư; xã Tam Quang is a commune inside it).",
    "'Từ 12 thành viên khi thành lập năm 2018' → period 2018; 'đến nay' figures carry no period.",
    "'gần ba chục hộ' = 30, nearly. Income figures of the 'Năm 2023' paragraph inherit 2023; the standing price has no period.",
    "'Năm nay' = 2024 (published); 'phấn đấu' → target; 'dự kiến' clause → forecast. 'gồm 2 HTX và 4 doanh nghiệp' → total 6.",
]

if __name__ == "__main__":
    write("p1500-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Vũ Thư")
