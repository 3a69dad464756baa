"""p1344-1: province portal (Yên Bái): improved cookstoves (bếp đun cải tiến) to 30/9/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hơn 21.000 hộ vùng cao dùng bếp đun cải tiến

Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.862

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 21.460 hộ sử dụng bếp đun cải tiến, tăng 2.350 hộ so với cuối năm 2023, chiếm khoảng 38% số hộ còn đun nấu bằng củi. Trong đó, huyện Mù Cang Chải có 6.120 hộ, Trạm Tấu 4.870 hộ, Văn Chấn 3.950 hộ.

9 tháng đầu năm, Hội Liên hiệp Phụ nữ các cấp phối hợp hướng dẫn người dân làm mới 1.840 bếp, đạt 92% kế hoạch năm. Kinh phí hỗ trợ từ ngân sách tỉnh là 920 triệu đồng, mức hỗ trợ 500.000 đồng/bếp; phần còn lại do người dân tự làm bằng vật liệu sẵn có.

Theo tính toán của ngành chức năng, bếp cải tiến giúp giảm từ 30 đến 40% lượng củi so với bếp kiềng ba chân truyền thống; bình quân mỗi hộ tiết kiệm khoảng 1,5 tấn củi mỗi năm. Bà Giàng Thị Mỷ ở bản Háng Đề Dê, xã Bản Công (Trạm Tấu) cho biết, trước đây gia đình bà đốt hết hơn 20 gánh củi mỗi tháng, nay chỉ còn khoảng 12 gánh.

Mục tiêu đến năm 2025, toàn tỉnh có ít nhất 25.000 hộ dùng bếp cải tiến và giảm tỷ lệ hộ đun củi bằng bếp hở xuống dưới 40%. Quý IV, các huyện phấn đấu làm mới thêm 160 bếp, đưa tổng số bếp làm mới cả năm lên 2.000 bếp.

Tin liên quan:
- Trạm Tấu tổ chức Hội thi "Bếp tiết kiệm củi" lần thứ 3
- Yên Bái: Sơ kết 6 tháng đầu năm 2024 Chương trình mục tiêu quốc gia giảm nghèo bền vững
"""

ASOF = per("tính đến ngày 30/9/2024", end="2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y2025 = per("đến năm 2025", end="2025-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
SUBJ = "hộ sử dụng bếp đun cải tiến"

FIGS = [
    fig("Hơn 21.000 hộ", "21.000", 21000, "count", "hộ", approx="over",
        subject="hộ vùng cao dùng bếp đun cải tiến"),
    fig("có 21.460 hộ", "21.460", 21460, "count", "hộ", percent=38,
        change=chg("increase", 2350, "hộ", "cuối năm 2023"), subject=SUBJ, period=ASOF),
    fig("Chải có 6.120 hộ", "6.120", 6120, "count", "hộ", total=21460, subject=SUBJ, period=inh(ASOF),
        location="Mù Cang Chải"),
    fig("Trạm Tấu 4.870 hộ", "4.870", 4870, "count", "hộ", total=21460, subject=SUBJ, period=inh(ASOF),
        location="Trạm Tấu"),
    fig("Văn Chấn 3.950 hộ", "3.950", 3950, "count", "hộ", total=21460, subject=SUBJ, period=inh(ASOF),
        location="Văn Chấn"),
    fig("làm mới 1.840 bếp", "1.840", 1840, "count", "bếp", percent=92,
        subject="bếp cải tiến người dân làm mới", period=NINE),
    fig("là 920 triệu", "920", 920e6, "money", "đồng",
        subject="kinh phí hỗ trợ từ ngân sách tỉnh", period=inh(NINE)),
    fig("500.000 đồng/bếp", "500.000", 500000, "money", "đồng/bếp", subject="mức hỗ trợ"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40,
        subject="lượng củi bếp cải tiến giúp giảm"),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/năm", approx="about",
        subject="củi mỗi hộ tiết kiệm"),
    fig("hơn 20 gánh", "20", 20, "measure", "gánh/tháng", approx="over",
        subject="củi gia đình bà đốt mỗi tháng trước đây", location="Trạm Tấu"),
    fig("khoảng 12 gánh", "12", 12, "measure", "gánh/tháng", approx="about",
        subject="củi gia đình bà đốt mỗi tháng", location="Trạm Tấu"),
    fig("ít nhất 25.000 hộ", "25.000", 25000, "count", "hộ", approx="at_least", status="target",
        subject="hộ dùng bếp cải tiến", period=Y2025),
    fig("xuống dưới 40%", "40", 40, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hộ đun củi bằng bếp hở", period=Y2025),
    fig("thêm 160 bếp", "160", 160, "count", "bếp", status="target",
        subject="bếp các huyện làm mới thêm", period=Q4),
    fig("lên 2.000 bếp", "2.000", 2000, "count", "bếp", status="target",
        subject="tổng số bếp làm mới cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Yên Bái): bếp đun cải tiến as of 30/9/2024; breadcrumb, 'Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.862', related links.",
    "Distractors: 09:30, Lượt xem 1.862, 'tính đến ngày 30/9/2024', baseline 'cuối năm 2023', 'bếp kiềng ba chân' (a stove's name),",
    "'lần thứ 3', '6 tháng đầu năm 2024' in a link title.",
    "'tăng 2.350 hộ so với cuối năm 2023' is a change in hộ; 'chiếm khoảng 38% số hộ' the percent attribute of 21.460 hộ.",
    "'Trong đó' parts after a sentence break (districts): total 21.460, location the district, as-of period inherited.",
    "Year-less '9 tháng đầu năm', 'Quý IV', 'cả năm' take 2024 (nearest earlier date 30/9/2024).",
    "'Mục tiêu đến năm 2025' governs both clauses (25.000 hộ, dưới 40%); 'phấn đấu' governs both Quý IV clauses.",
    "The household quote in xã Bản Công (Trạm Tấu): location Trạm Tấu (communes are below the spec's province/city/district).",
    "'mỗi hộ ... mỗi năm', 'mỗi tháng' are rate denominators: units tấn/năm, gánh/tháng.",
]

if __name__ == "__main__":
    write("p1344-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Yên Bái")
