"""p1408-4: ministry site (Bộ VHTTDL): national review of tượng đài, tranh hoành tráng."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Mỹ thuật, Nhiếp ảnh và Triển lãm

Rà soát, chấn chỉnh việc đầu tư xây dựng tượng đài, tranh hoành tráng

05/03/2024 | 09:20 | Cục Mỹ thuật, Nhiếp ảnh và Triển lãm

Theo báo cáo tổng hợp của Cục Mỹ thuật, Nhiếp ảnh và Triển lãm, tính đến hết năm 2023, cả nước có 1.412 tượng đài, cụm tượng đài và tranh hoành tráng ngoài trời, tăng 38 công trình so với năm 2020. Trong đó, 1.265 công trình sử dụng ngân sách nhà nước, chiếm 89,6%; 147 công trình xây dựng bằng nguồn xã hội hóa.

Địa phương có nhiều tượng đài nhất là Hà Nội với 96 công trình. Nghệ An đứng thứ hai cả nước với 71 công trình, tiếp đến là TP Hồ Chí Minh (64 công trình) và Quảng Trị (58 công trình).

Giai đoạn 2021-2023, các địa phương đã khánh thành 52 công trình với tổng kinh phí hơn 2.150 tỷ đồng, bình quân khoảng 41 tỷ đồng/công trình. Qua rà soát, 14 công trình bị đánh giá chất lượng nghệ thuật chưa cao; 6 dự án có dấu hiệu lãng phí phải điều chỉnh quy mô, giảm tổng mức đầu tư khoảng 320 tỷ đồng. Tỷ lệ tượng đài được bảo trì định kỳ mới đạt khoảng 58%.

Thực hiện Chỉ thị số 05/CT-BVHTTDL, Bộ yêu cầu các địa phương không đề xuất xây dựng mới tượng đài có tổng mức đầu tư trên 100 tỷ đồng khi chưa có ý kiến thẩm định của Bộ. Mục tiêu đến năm 2030, 100% tượng đài, tranh hoành tráng có hồ sơ quản lý và kế hoạch bảo trì định kỳ.

Tin cùng chuyên mục:
- Triển lãm Mỹ thuật khu vực 3 năm 2024
- Trại sáng tác điêu khắc toàn quốc lần thứ 12

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
P21 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 1.412 tượng đài", "1.412", 1412, "count", "tượng đài, cụm tượng đài và tranh hoành tráng",
        change=chg("increase", 38, "công trình", "năm 2020"),
        subject="tượng đài, cụm tượng đài và tranh hoành tráng ngoài trời", period=ASOF),
    fig("Trong đó, 1.265 công trình", "1.265", 1265, "count", "công trình", total=1412, percent=89.6,
        subject="công trình sử dụng ngân sách nhà nước", period=inh(ASOF)),
    fig("; 147 công trình", "147", 147, "count", "công trình", total=1412,
        subject="công trình xây dựng bằng nguồn xã hội hóa", period=inh(ASOF)),
    fig("với 96 công trình", "96", 96, "count", "công trình", location="Hà Nội",
        subject="tượng đài", period=inh(ASOF)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", location="Nghệ An",
        subject="số tượng đài", period=inh(ASOF)),
    fig("với 71 công trình", "71", 71, "count", "công trình", location="Nghệ An",
        subject="tượng đài", period=inh(ASOF)),
    fig("(64 công trình)", "64", 64, "count", "công trình", location="TP Hồ Chí Minh",
        subject="tượng đài", period=inh(ASOF)),
    fig("(58 công trình)", "58", 58, "count", "công trình", location="Quảng Trị",
        subject="tượng đài", period=inh(ASOF)),
    fig("khánh thành 52 công trình", "52", 52, "count", "công trình",
        subject="công trình các địa phương đã khánh thành", period=P21),
    fig("hơn 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="over",
        subject="tổng kinh phí các công trình khánh thành", period=P21),
    fig("khoảng 41 tỷ", "41", 41e9, "money", "đồng/công trình", approx="about",
        subject="kinh phí bình quân", period=P21),
    fig("rà soát, 14 công trình", "14", 14, "count", "công trình",
        subject="công trình bị đánh giá chất lượng nghệ thuật chưa cao"),
    fig("; 6 dự án", "6", 6, "count", "dự án",
        subject="dự án có dấu hiệu lãng phí phải điều chỉnh quy mô"),
    fig("khoảng 320 tỷ", "320", 320e9, "money", "đồng", approx="about",
        subject="tổng mức đầu tư giảm"),
    fig("đạt khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="tỷ lệ tượng đài được bảo trì định kỳ"),
    fig("trên 100 tỷ", "100", 100e9, "money", "đồng", approx="over",
        subject="tổng mức đầu tư tượng đài xây dựng mới", optional=True),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="tượng đài, tranh hoành tráng có hồ sơ quản lý và kế hoạch bảo trì định kỳ", period=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '05/03/2024 | 09:20 | Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', related links, address footer.",
    "Distractors: 09:20, Chỉ thị số 05/CT-BVHTTDL, 'Triển lãm Mỹ thuật khu vực 3 năm 2024', 'lần thứ 12', '51 Ngô Quyền', phone 024.3943.8231, baseline 'năm 2020'.",
    "National figures: location Việt Nam; list items (Hà Nội, Nghệ An, TP HCM, Quảng Trị) take their place as location, subject the list's indicator (tượng đài).",
    "'tăng 38 công trình so với năm 2020' is a change of 1.412 (unit công trình). 'Trong đó' parts after a sentence break: total 1.412; 'chiếm 89,6%' is the percent of 1.265.",
    "'Nghệ An đứng thứ hai cả nước' is a rank (2, hạng) located in Nghệ An.",
    "'giảm tổng mức đầu tư khoảng 320 tỷ đồng' follows a count of projects: no figure to carry it as a change, so it is its own money figure.",
    "'tượng đài có tổng mức đầu tư trên 100 tỷ đồng' is a threshold in a rule, not a fact: optional.",
    "'Mục tiêu đến năm 2030, 100% ...' is a target figure with period end 2030-12-31. 'Qua rà soát' results and 'khoảng 58%' are not tied to 2021-2023: no period.",
]

if __name__ == "__main__":
    write("p1408-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
