"""p525-4: Ministry site (Bộ NN&PTNT) — Mekong Delta dry season 2023-2024 compared with 2015-2016 and 2019-2020."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy lợi
09/05/2024 14:05

Mùa khô 2023-2024: Thiệt hại do hạn mặn ở Đồng bằng sông Cửu Long giảm mạnh

Theo Cục Thủy lợi, mùa khô 2023-2024, xâm nhập mặn tại Đồng bằng sông Cửu Long (ĐBSCL) ở mức cao hơn trung bình nhiều năm nhưng thấp hơn mùa khô 2019-2020. Tính đến ngày 30/4/2024, toàn vùng có khoảng 28.700 ha lúa bị ảnh hưởng, chỉ bằng 8,5% so với mùa khô 2019-2020 (khoảng 337.000 ha) và 7% so với mùa khô 2015-2016 (405.000 ha).

Có 5/12 tỉnh ven biển công bố tình huống khẩn cấp về thiên tai hạn hán, xâm nhập mặn, gồm Tiền Giang, Bến Tre, Long An, Sóc Trăng và Cà Mau. Số hộ thiếu nước sinh hoạt toàn vùng là 63.400 hộ, giảm khoảng 33% so với mùa khô 2019-2020; trong đó, Bến Tre nhiều nhất với 20.150 hộ.

Các địa phương đã nạo vét khoảng 2.350 km kênh mương, đắp 1.146 đập tạm và vận hành 1.865 trạm bơm điện, bảo đảm nguồn nước tưới cho hơn 1,5 triệu ha lúa Đông Xuân. Tổng kinh phí phòng, chống hạn mặn của các tỉnh vùng ĐBSCL ước khoảng 1.267 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 450 tỷ đồng theo Quyết định số 389/QĐ-TTg.

Đến nay, hệ thống thủy lợi Cái Lớn - Cái Bé đã kiểm soát mặn cho khoảng 384.000 ha đất sản xuất của 3 tỉnh Kiên Giang, Hậu Giang và Bạc Liêu. Thực hiện Nghị quyết 120/NQ-CP, Bộ phấn đấu đến năm 2025, tỷ lệ diện tích đất nông nghiệp được tưới, tiêu chủ động ở ĐBSCL đạt 95% và giảm ít nhất 50% thiệt hại do hạn mặn so với giai đoạn 2016-2020.

Cục Thủy lợi - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội.
"""

ASOF = per("Tính đến ngày 30/4/2024", end="2024-04-30")
NOW = per("Đến nay", end="2024-05-09")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("có khoảng 28.700 ha", "28.700", 28700, "measure", "ha", "diện tích lúa bị ảnh hưởng", ASOF,
        approx="about", percent=8.5),
    fig("(khoảng 337.000 ha)", "337.000", 337000, "measure", "ha", "diện tích lúa bị ảnh hưởng mùa khô 2019-2020",
        approx="about"),
    fig("và 7% so với", "7", 7, "percent", "%", "diện tích lúa bị ảnh hưởng so với mùa khô 2015-2016", ASOF,
        optional=True),
    fig("(405.000 ha)", "405.000", 405000, "measure", "ha", "diện tích lúa bị ảnh hưởng mùa khô 2015-2016"),
    fig("Có 5/12 tỉnh", "5", 5, "count", "tỉnh", "tỉnh ven biển công bố tình huống khẩn cấp về thiên tai hạn hán, xâm nhập mặn",
        total=12),
    fig("là 63.400 hộ", "63.400", 63400, "count", "hộ", "hộ thiếu nước sinh hoạt toàn vùng",
        change=chg("decrease", 33, "%", "mùa khô 2019-2020", approx="about")),
    fig("với 20.150 hộ", "20.150", 20150, "count", "hộ", "hộ thiếu nước sinh hoạt", total=63400, location="Bến Tre"),
    fig("khoảng 2.350 km", "2.350", 2350, "measure", "km", "kênh mương nạo vét", approx="about"),
    fig("đắp 1.146 đập tạm", "1.146", 1146, "count", "đập tạm", "đập tạm đắp"),
    fig("vận hành 1.865 trạm bơm", "1.865", 1865, "count", "trạm bơm", "trạm bơm điện vận hành"),
    fig("hơn 1,5 triệu ha", "1,5", 1.5e6, "measure", "ha", "diện tích lúa Đông Xuân được bảo đảm nguồn nước tưới",
        approx="over"),
    fig("khoảng 1.267 tỷ đồng", "1.267", 1.267e12, "money", "đồng",
        "tổng kinh phí phòng, chống hạn mặn của các tỉnh vùng ĐBSCL", approx="about", status="estimate"),
    fig("hỗ trợ 450 tỷ đồng", "450", 450e9, "money", "đồng", "ngân sách Trung ương hỗ trợ phòng, chống hạn mặn",
        total=1.267e12, status="estimate"),
    fig("khoảng 384.000 ha", "384.000", 384000, "measure", "ha",
        "đất sản xuất được hệ thống thủy lợi Cái Lớn - Cái Bé kiểm soát mặn", NOW, approx="about"),
    fig("của 3 tỉnh", "3", 3, "count", "tỉnh", "tỉnh được hệ thống thủy lợi Cái Lớn - Cái Bé kiểm soát mặn", NOW),
    fig("đạt 95%", "95", 95, "percent", "%", "tỷ lệ diện tích đất nông nghiệp được tưới, tiêu chủ động ở ĐBSCL", T25,
        status="target"),
    fig("ít nhất 50%", "50", 50, "percent", "%", "giảm thiệt hại do hạn mặn so với giai đoạn 2016-2020", T25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: Mekong Delta (ĐBSCL) dry season 2023-2024, rice area hit vs 2015-2016 and 2019-2020, households, works, money, 2025 targets.",
    "Dateline '09/05/2024 14:05' under the breadcrumb. Regional figures of a ministry report take 'Việt Nam' (ĐBSCL is no province); counts",
    "of provinces stay national ('5/12 tỉnh … gồm Tiền Giang, …', '3 tỉnh Kiên Giang, …'); only '20.150 hộ' (Bến Tre nhiều nhất) is provincial.",
    "'chỉ bằng 8,5% so với mùa khô 2019-2020' is the share of 28.700 ha; the second share '7% so với mùa khô 2015-2016' is optional.",
    "The bracketed season totals (337.000 ha, 405.000 ha) are figures of their own; 'mùa khô 2019-2020' gives them no period.",
    "Not figures: Quyết định số 389/QĐ-TTg, Nghị quyết 120/NQ-CP, 'giai đoạn 2016-2020', seasons, the address.",
    "'ước khoảng 1.267 tỷ đồng' → estimate and about; the 'trong đó' part continues the estimate.",
]

if __name__ == "__main__":
    emit("p525-4", TEXT, COMMENTS, FIGS, published="2024-05-09", location="Việt Nam")
