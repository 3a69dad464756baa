"""p1408-2: district portal (huyện Cẩm Khê, Phú Thọ): khánh thành đài tưởng niệm xã Phương Xá; district monuments."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM KHÊ - TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Khánh thành Đài tưởng niệm các anh hùng liệt sĩ xã Phương Xá

22/07/2024 - 10:30

Sáng 21/7, UBND xã Phương Xá tổ chức lễ khánh thành Đài tưởng niệm các anh hùng liệt sĩ xã, chào mừng kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ.

Công trình được xây dựng trên khuôn viên rộng 2.650 m2 tại khu 5, gồm đài tưởng niệm cao 12,5 m, nhà bia ghi tên 317 liệt sĩ, sân hành lễ, cổng và tường rào. Tổng kinh phí xây dựng 8,6 tỷ đồng, trong đó ngân sách huyện hỗ trợ 3 tỷ đồng, ngân sách xã 2,4 tỷ đồng; nguồn xã hội hóa do doanh nghiệp, con em xa quê và nhân dân đóng góp 3,2 tỷ đồng, chiếm 37,2%. Có 126 tập thể, cá nhân tham gia đóng góp, trong đó có 14 doanh nghiệp. Công trình hoàn thành sớm hơn kế hoạch 45 ngày.

Theo Phòng Lao động - Thương binh và Xã hội huyện, hiện toàn huyện Cẩm Khê có 31 đài tưởng niệm, nhà bia ghi tên liệt sĩ và 24 nghĩa trang liệt sĩ với trên 2.900 phần mộ. Giai đoạn 2021-2024, huyện đã đầu tư tu bổ, xây mới 17 công trình với tổng kinh phí khoảng 36 tỷ đồng, trong đó xã hội hóa chiếm khoảng 40%.

Năm 2024, huyện phấn đấu hoàn thành tu bổ thêm bốn đài tưởng niệm tại các xã Tuy Lộc, Đồng Lương, Tiên Lương và Sơn Tình, mỗi công trình từ 1,5 đến 2 tỷ đồng.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Huyện Cẩm Khê tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Phương Xá đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM KHÊ
Địa chỉ: Khu 8, thị trấn Cẩm Khê, huyện Cẩm Khê, tỉnh Phú Thọ
Điện thoại: 0210.3879.112
"""

P21 = per("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("rộng 2.650 m2", "2.650", 2650, "measure", "m2",
        subject="khuôn viên công trình"),
    fig("cao 12,5 m", "12,5", 12.5, "measure", "m", subject="chiều cao đài tưởng niệm"),
    fig("tên 317 liệt sĩ", "317", 317, "count", "liệt sĩ", subject="liệt sĩ ghi tên trên nhà bia"),
    fig("xây dựng 8,6 tỷ", "8,6", 8.6e9, "money", "đồng",
        subject="tổng kinh phí xây dựng"),
    fig("hỗ trợ 3 tỷ", "3", 3e9, "money", "đồng", total=8.6e9, subject="ngân sách huyện hỗ trợ"),
    fig("xã 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", total=8.6e9, subject="ngân sách xã"),
    fig("góp 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", total=8.6e9, percent=37.2,
        subject="nguồn xã hội hóa do doanh nghiệp, con em xa quê và nhân dân đóng góp"),
    fig("Có 126 tập thể", "126", 126, "count", "tập thể, cá nhân",
        subject="tập thể, cá nhân tham gia đóng góp"),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=126,
        subject="doanh nghiệp tham gia đóng góp"),
    fig("kế hoạch 45 ngày", "45", 45, "measure", "ngày",
        subject="thời gian công trình hoàn thành sớm hơn kế hoạch"),
    fig("có 31 đài", "31", 31, "count", "đài tưởng niệm, nhà bia ghi tên liệt sĩ",
        subject="đài tưởng niệm, nhà bia ghi tên liệt sĩ toàn huyện"),
    fig("và 24 nghĩa trang", "24", 24, "count", "nghĩa trang liệt sĩ",
        subject="nghĩa trang liệt sĩ toàn huyện"),
    fig("trên 2.900 phần mộ", "2.900", 2900, "count", "phần mộ", approx="over",
        subject="phần mộ trong các nghĩa trang liệt sĩ"),
    fig("xây mới 17 công trình", "17", 17, "count", "công trình",
        subject="công trình huyện đầu tư tu bổ, xây mới", period=P21),
    fig("khoảng 36 tỷ", "36", 36e9, "money", "đồng", approx="about",
        subject="tổng kinh phí tu bổ, xây mới công trình", period=P21),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ xã hội hóa trong tổng kinh phí", period=P21),
    fig("thêm bốn đài", "bốn", 4, "count", "đài tưởng niệm", status="target",
        subject="đài tưởng niệm hoàn thành tu bổ thêm", period=Y24),
    fig("từ 1,5 đến 2 tỷ", "1,5", 1.5e9, "money", "đồng/công trình", value_max=2e9, status="target",
        subject="kinh phí tu bổ mỗi công trình", period=Y24),
]

NOTES = [
    "revised after the first run: subjects that had borrowed a name from another sentence now say what their own sentence names (FIGURES.md: subject as the sentence names it).",
    "District portal (huyện Cẩm Khê, Phú Thọ): banner, menu, '22/07/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 21/7', '77 năm Ngày Thương binh - Liệt sĩ', 'khu 5', 'Khu 8', phone 0210.3879.112, '6 tháng đầu năm 2024' in a link title, 10:30.",
    "Location: a commune is not a place of the spec (province, city, district), so the district Cẩm Khê is the location throughout.",
    "Money parts after 'trong đó' (and after ';') add up to 8,6 tỷ: total 8,6 tỷ; 'chiếm 37,2%' is the percent attribute of 3,2 tỷ.",
    "'trong đó có 14 doanh nghiệp' is part of the 126 contributors (same thing): total 126.",
    "'hoàn thành sớm hơn kế hoạch 45 ngày' is a measure figure of its own (no base figure to carry a change).",
    "'trong đó xã hội hóa chiếm khoảng 40%' is a percent figure of its own (the model set's habit for 'trong đó X chiếm Y%').",
    "'phấn đấu' governs the continuing clause 'mỗi công trình từ 1,5 đến 2 tỷ đồng' (target; unit đồng/công trình).",
    "'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1408-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Cẩm Khê")
