"""p1161-4: ministry site (Bộ Công Thương): national exports of tarpaulins, raincoats and film."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ » Tin tức » Xuất nhập khẩu
Ngày đăng: 14/08/2024 | Lượt xem: 3.102

Xuất khẩu bạt nhựa, áo mưa: dư địa còn lớn

Theo số liệu của Cục Xuất nhập khẩu, 7 tháng đầu năm 2024, kim ngạch xuất khẩu bạt nhựa, áo mưa và màng phủ (thuộc mã HS 3921 và 3926) của Việt Nam đạt 612,4 triệu USD, tăng 15,3% so với cùng kỳ năm 2023. Riêng tháng 7/2024 đạt 96,8 triệu USD, tăng 4,1% so với tháng trước và tăng 21,7% so với cùng kỳ.

Nhật Bản tiếp tục là thị trường lớn nhất với 214,6 triệu USD, chiếm 35% tổng kim ngạch; tiếp đến là Hoa Kỳ 118,3 triệu USD, Hàn Quốc 64,2 triệu USD và Australia 41,5 triệu USD.

Cả nước hiện có khoảng 420 doanh nghiệp sản xuất bạt nhựa, áo mưa, màng phủ nông nghiệp, trong đó hơn 60% là doanh nghiệp nhỏ và vừa, tập trung tại Bình Dương, TP Hồ Chí Minh, Hưng Yên và Hải Phòng. Ngành sử dụng khoảng 38.000 lao động, năng lực sản xuất đạt trên 1,1 triệu tấn/năm.

Theo Hiệp hội Nhựa Việt Nam, nhu cầu nhập khẩu bạt che, áo mưa của các thị trường EU và Bắc Mỹ dự báo tăng từ 6 đến 8%/năm trong giai đoạn 2024-2026. Dự kiến cả năm 2024, kim ngạch xuất khẩu nhóm hàng này đạt khoảng 1,05 tỷ USD, tăng 12% so với năm 2023.

Bộ Công Thương khuyến nghị doanh nghiệp tận dụng ưu đãi từ các FTA như CPTPP, EVFTA, chủ động đáp ứng quy định của EU về tỷ lệ nhựa tái chế tối thiểu 25% trong bao bì, màng nhựa từ năm 2030.

BỘ CÔNG THƯƠNG - Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội - Điện thoại: 024.22202108
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
G = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu bạt nhựa, áo mưa và màng phủ"

FIGS = [
    fig("đạt 612,4 triệu", "612,4", 612.4e6, "money", "USD",
        change=chg("increase", 15.3, "%", "cùng kỳ năm 2023"), subject=EXP, period=M7),
    fig("đạt 96,8 triệu", "96,8", 96.8e6, "money", "USD",
        change=chg("increase", 4.1, "%", "tháng trước"), subject=EXP, period=T7),
    fig("tăng 21,7%", "21,7", 21.7, "percent", "%", optional=True,
        subject="kim ngạch xuất khẩu tháng 7/2024 tăng so với cùng kỳ", period=T7),
    fig("với 214,6 triệu", "214,6", 214.6e6, "money", "USD", percent=35,
        subject="kim ngạch xuất khẩu sang Nhật Bản", period=inh(M7)),
    fig("Hoa Kỳ 118,3 triệu", "118,3", 118.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Hoa Kỳ", period=inh(M7)),
    fig("Hàn Quốc 64,2 triệu", "64,2", 64.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Hàn Quốc", period=inh(M7)),
    fig("Australia 41,5 triệu", "41,5", 41.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Australia", period=inh(M7)),
    fig("khoảng 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bạt nhựa, áo mưa, màng phủ nông nghiệp"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="doanh nghiệp nhỏ và vừa trong doanh nghiệp sản xuất bạt nhựa, áo mưa, màng phủ"),
    fig("khoảng 38.000 lao động", "38.000", 38000, "count", "lao động", approx="about",
        subject="lao động ngành bạt nhựa, áo mưa, màng phủ"),
    fig("trên 1,1 triệu", "1,1", 1.1e6, "measure", "tấn/năm", approx="over",
        subject="năng lực sản xuất của ngành"),
    fig("từ 6 đến 8%/năm", "6", 6, "percent", "%", value_max=8, status="forecast", optional=True,
        subject="tăng nhu cầu nhập khẩu bạt che, áo mưa của các thị trường EU và Bắc Mỹ", period=G),
    fig("khoảng 1,05 tỷ", "1,05", 1.05e9, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 12, "%", "năm 2023"), subject="kim ngạch xuất khẩu nhóm hàng bạt nhựa, áo mưa",
        period=Y24),
    fig("tối thiểu 25%", "25", 25, "percent", "%", approx="at_least", status="target", optional=True,
        subject="tỷ lệ nhựa tái chế trong bao bì, màng nhựa theo quy định của EU",
        period=per("từ năm 2030", "2030-01-01", None)),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 14/08/2024 | Lượt xem: 3.102' (published). National: location Việt Nam.",
    "96,8 triệu USD has two changes: the first (4,1% vs tháng trước) is its attribute; the second (21,7% vs cùng kỳ) is an optional percent figure.",
    "Export markets (Nhật Bản, Hoa Kỳ, Hàn Quốc, Australia) are trade partners, not places: location stays Việt Nam; 'chiếm 35% tổng kim ngạch' → percent 35.",
    "'trong đó hơn 60% là doanh nghiệp nhỏ và vừa' is a percent figure of its own. Province list without numbers: no figures.",
    "Optional: the EU/North-America demand growth 'từ 6 đến 8%/năm' (describes foreign markets: place unclear) and the EU rule threshold 'tối thiểu 25%'.",
    "Distractors: 'mã HS 3921 và 3926', 'Lượt xem: 3.102', '54 Hai Bà Trưng', phone 024.22202108, 'giai đoạn 2024-2026', 'từ năm 2030', FTA names.",
]

if __name__ == "__main__":
    write("p1161-4", TEXT, NOTES, FIGS, published="2024-08-14", location="Việt Nam")
