"""p1492-2: district portal (huyện Kiến Xương, Thái Bình): a sewing cooperative making school bags and backpacks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

HTX may Quang Bình mỗi năm xuất xưởng hơn 300 nghìn chiếc cặp sách, ba lô

22/07/2024 - 10:05

Thành lập năm 2016 với 25 xã viên, đến nay Hợp tác xã may Quang Bình (xã Quang Bình) đã có 4 tổ may, thu hút 146 lao động, trong đó 118 lao động nữ. Thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Sản phẩm chính của HTX là cặp sách, ba lô học sinh và túi du lịch, may gia công cho 3 doanh nghiệp tại Thái Bình và Hà Nội. Năm 2023, HTX sản xuất 312.000 sản phẩm, doanh thu đạt 9,4 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận khoảng 650 triệu đồng. 6 tháng đầu năm 2024, HTX đã giao 168 nghìn sản phẩm, bằng 52% kế hoạch năm.

Ông Phạm Văn Tuấn, Giám đốc HTX cho biết: "Mùa tựu trường là cao điểm, mỗi ngày các tổ may xuất đi từ 1.500 đến 2.000 chiếc cặp, ba lô. Năm nay HTX phấn đấu doanh thu đạt 11 tỷ đồng và mở thêm một tổ may ở xã Vũ Lễ".

Hiện toàn huyện có 7 cơ sở may ba lô, túi xách gia công với gần một nghìn lao động. Huyện đặt mục tiêu đến năm 2025 có ít nhất 10 cơ sở, giải quyết việc làm cho 1.500 lao động nông thôn.

Nguồn: Phòng Kinh tế và Hạ tầng huyện

Tin khác:
- Kiến Xương: Đại hội Hội Nông dân huyện lần thứ XII
- Hội nghị sơ kết công tác 6 tháng đầu năm 2024
Địa chỉ: Số 2, đường Trần Nhân Tông, thị trấn Thanh Nê, huyện Kiến Xương
Điện thoại: 0227.3821.517
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "Hợp tác xã may Quang Bình"

FIGS = [
    fig("hơn 300 nghìn chiếc", "300", 300e3, "measure", "chiếc/năm", approx="over",
        subject="cặp sách, ba lô HTX may Quang Bình xuất xưởng mỗi năm"),
    fig("với 25 xã viên", "25", 25, "count", "xã viên", subject="xã viên khi thành lập hợp tác xã", period=Y16),
    fig("có 4 tổ may", "4", 4, "count", "tổ may", subject=f"tổ may của {HTX}"),
    fig("thu hút 146 lao động", "146", 146, "count", "lao động", subject=f"lao động {HTX} thu hút"),
    fig("trong đó 118 lao động", "118", 118, "count", "lao động", total=146, subject="lao động nữ"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân"),
    fig("cho 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp HTX may gia công cho"),
    fig("sản xuất 312.000 sản phẩm", "312.000", 312000, "count", "sản phẩm",
        subject="sản phẩm HTX sản xuất", period=Y23),
    fig("đạt 9,4 tỷ", "9,4", 9.4e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about",
        subject="lợi nhuận của HTX", period=Y23),
    fig("giao 168 nghìn", "168", 168e3, "count", "sản phẩm", percent=52,
        subject="sản phẩm HTX đã giao", period=H1),
    fig("từ 1.500 đến 2.000 chiếc", "1.500", 1500, "measure", "chiếc/ngày", value_max=2000,
        subject="cặp, ba lô các tổ may xuất đi mỗi ngày"),
    fig("đạt 11 tỷ", "11", 11e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=NOW),
    fig("thêm một tổ may", "một", 1, "count", "tổ may", status="target",
        subject="tổ may HTX mở thêm", period=NOW),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở may ba lô, túi xách gia công"),
    fig("gần một nghìn lao động", "một", 1000, "count", "lao động", approx="nearly",
        subject="lao động của các cơ sở may ba lô, túi xách gia công"),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở may ba lô, túi xách gia công", period=T25),
    fig("cho 1.500 lao động", "1.500", 1500, "count", "lao động", status="target",
        subject="lao động nông thôn được giải quyết việc làm", period=T25),
]

NOTES = [
    "District portal (huyện Kiến Xương, Thái Bình): banner naming the district, menu, '22/07/2024 - 10:05' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone in the footer. All figures are of the district: location Kiến Xương.",
    "Distractors: 10:05, 'lần thứ XII', '6 tháng đầu năm 2024' in a link title, 'Số 2, đường Trần Nhân Tông', phone 0227.3821.517.",
    "Headline 'mỗi năm ... hơn 300 nghìn chiếc' is a yearly rate: measure, unit chiếc/năm (as 'mỗi ngày ... 1.500 đến 2.000 chiếc').",
    "'Thành lập năm 2016 với 25 xã viên': the founding year is the time of that count (period 2016); 'đến nay' gives no period",
    "(as 'đến nay 100% bộ, ngành' in shared gold 002). 'trong đó 118 lao động nữ' → total 146.",
    "'bằng 52% kế hoạch năm' → percent attribute. 'Năm nay ... phấn đấu' governs both clauses joined by 'và' (target, 2024).",
    "'gần một nghìn' → number word, 1000, nearly. 'mục tiêu đến năm 2025' → target, start null, end 2025-12-31, for both clauses.",
]

if __name__ == "__main__":
    write("p1492-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Kiến Xương")
