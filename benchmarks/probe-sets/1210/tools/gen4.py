"""p1210-4: ministry site (Bộ NN&PTNT / Cục Lâm nghiệp): medicinal plants under forest canopy nationwide."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Phát triển dược liệu dưới tán rừng, nâng giá trị kinh tế rừng

Ngày đăng: 14/11/2023 | Lượt xem: 1.089

Theo Cục Lâm nghiệp, tính đến hết tháng 10/2023, cả nước có khoảng 40.600 ha cây dược liệu trồng dưới tán rừng tại 32 tỉnh, thành phố, tăng 11,5% so với năm 2022. Khoai nưa chiếm khoảng 28% diện tích, tiếp đến là sâm các loại, ba kích, tam thất và đương quy.

Các địa phương có diện tích lớn là Lào Cai, Hà Giang và Yên Bái, lần lượt đạt 5.120 ha, 4.360 ha và 3.870 ha. Riêng sâm Ngọc Linh, diện tích trồng dưới tán rừng đạt trên 2.700 ha, giá trị sản phẩm ước tính hơn 6.000 tỷ đồng/năm.

Hiện có 126 doanh nghiệp và 418 hợp tác xã tham gia liên kết sản xuất, bao tiêu dược liệu dưới tán rừng. Theo tính toán của Cục, thu nhập từ dược liệu dưới tán rừng bình quân từ 80 đến 300 triệu đồng/ha/năm; mỗi ha rừng trồng kết hợp dược liệu cho hiệu quả kinh tế gấp 3 lần so với chỉ trồng keo.

Tuy vậy, khoảng 70% diện tích vẫn do hộ gia đình trồng nhỏ lẻ, chưa đến 15% diện tích được cấp chứng nhận GACP-WHO.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 523/QĐ-TTg), đến năm 2030 diện tích trồng dược liệu dưới tán rừng đạt 100.000 ha; giai đoạn 2024-2025 dự kiến mỗi năm tăng thêm từ 5.000 đến 7.000 ha.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3843.8792
"""

ASOF = per("tính đến hết tháng 10/2023", None, "2023-10-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
P2425 = per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
AREA = "diện tích cây dược liệu trồng dưới tán rừng"

FIGS = [
    fig("khoảng 40.600 ha", "40.600", 40600, "measure", "ha", approx="about",
        change=chg("increase", 11.5, "%", "năm 2022"), subject=AREA, period=ASOF),
    fig("tại 32 tỉnh", "32", 32, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có cây dược liệu trồng dưới tán rừng", period=ASOF),
    fig("khoảng 28%", "28", 28, "percent", "%", approx="about",
        subject="tỷ trọng khoai nưa trong diện tích dược liệu dưới tán rừng", period=inh(ASOF)),
    fig("đạt 5.120 ha", "5.120", 5120, "measure", "ha", subject=AREA, period=inh(ASOF), location="Lào Cai"),
    fig("4.360 ha", "4.360", 4360, "measure", "ha", subject=AREA, period=inh(ASOF), location="Hà Giang"),
    fig("3.870 ha", "3.870", 3870, "measure", "ha", subject=AREA, period=inh(ASOF), location="Yên Bái"),
    fig("trên 2.700 ha", "2.700", 2700, "measure", "ha", approx="over",
        subject="diện tích sâm Ngọc Linh trồng dưới tán rừng"),
    fig("hơn 6.000 tỷ", "6.000", 6000000000000, "money", "đồng/năm", approx="over", status="estimate",
        subject="giá trị sản phẩm sâm Ngọc Linh"),
    fig("126 doanh nghiệp", "126", 126, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia liên kết sản xuất, bao tiêu dược liệu dưới tán rừng"),
    fig("418 hợp tác xã", "418", 418, "count", "hợp tác xã",
        subject="hợp tác xã tham gia liên kết sản xuất, bao tiêu dược liệu dưới tán rừng"),
    fig("từ 80 đến", "80", 80000000, "money", "đồng/ha/năm", value_max=300000000,
        subject="thu nhập bình quân từ dược liệu dưới tán rừng"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="hiệu quả kinh tế mỗi ha rừng trồng kết hợp dược liệu so với chỉ trồng keo"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ diện tích dược liệu dưới tán rừng do hộ gia đình trồng nhỏ lẻ"),
    fig("chưa đến 15%", "15", 15, "percent", "%", approx="under",
        subject="tỷ lệ diện tích được cấp chứng nhận GACP-WHO"),
    fig("đạt 100.000 ha", "100.000", 100000, "measure", "ha", status="target",
        subject="diện tích trồng dược liệu dưới tán rừng", period=TO30),
    fig("từ 5.000 đến", "5.000", 5000, "measure", "ha", value_max=7000, status="forecast",
        subject="diện tích dược liệu dưới tán rừng tăng thêm mỗi năm", period=P2425),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Lâm nghiệp), national figures: location Việt Nam; 'Ngày đăng: 14/11/2023 | Lượt xem: 1.089'.",
    "Distractors: view counter, Quyết định số 523/QĐ-TTg, 'giai đoạn 2021-2030, tầm nhìn đến năm 2050' (strategy name), 'GACP-WHO',",
    "address 'Số 2 Ngọc Hà', phone 024.3843.8792. '32 tỉnh, thành phố' is a national count. 'lần lượt' list: provinces are locations.",
    "'Khoai nưa chiếm khoảng 28% diện tích' has no base amount: its own percent figure. 'gấp 3 lần so với chỉ trồng keo' stands as the claim → multiple.",
    "'ước tính hơn 6.000 tỷ đồng/năm' → estimate. 'đến năm 2030 … đạt 100.000 ha' → target; 'dự kiến mỗi năm tăng thêm' → forecast.",
]

if __name__ == "__main__":
    write("p1210-4", TEXT, NOTES, FIGS, published="2023-11-14", location="Việt Nam")
