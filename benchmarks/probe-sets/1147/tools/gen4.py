"""p1147-4: ministry site (Bộ Công Thương), national e-motorbike market, swap stations, conversion plan, fires (Feb 2025)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Thị trường xe máy điện tăng trưởng mạnh, hạ tầng sạc chưa theo kịp

Ngày đăng: 27/02/2025 | Lượt xem: 1.903

Theo số liệu tổng hợp từ Cục Đăng kiểm Việt Nam và các doanh nghiệp, năm 2024 cả nước tiêu thụ khoảng 450.000 xe máy điện, tăng 18% so với năm 2023, chiếm 14,3% tổng lượng xe hai bánh bán ra. Hiện có 38 doanh nghiệp sản xuất, lắp ráp xe máy điện với tổng công suất thiết kế khoảng 1,2 triệu xe/năm; tỷ lệ nội địa hóa bình quân đạt từ 40 đến 60%. Thị phần lần lượt thuộc về nhóm doanh nghiệp trong nước (62%), doanh nghiệp FDI (29%) và xe nhập khẩu (9%).

Về hạ tầng, tính đến hết năm 2024 cả nước có khoảng 150.000 cổng sạc cho xe điện các loại và hơn 1.100 trạm đổi pin xe máy điện. Số trạm đổi pin hiện gấp khoảng 4 lần năm 2022. Mỗi trạm tiêu chuẩn có từ 10 đến 20 ngăn pin, thời gian đổi chưa đến 2 phút/lượt.

Bộ Công Thương đang phối hợp với Bộ Giao thông vận tải xây dựng tiêu chuẩn quốc gia về pin đổi chung cho xe máy điện. Theo dự thảo Chương trình chuyển đổi phương tiện, giai đoạn 2025-2030 mỗi năm dự kiến chuyển đổi khoảng 1 triệu xe máy xăng sang xe điện; đến năm 2030, số trạm đổi pin phấn đấu đạt ít nhất 10.000 trạm.

Theo Cục Cảnh sát PCCC và CNCH (Bộ Công an), năm 2024 cả nước xảy ra 47 vụ cháy liên quan đến xe điện, giảm 9 vụ so với năm 2023, trong đó 31 vụ xảy ra khi đang sạc.

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2222
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
G = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIRE = P("năm 2024", "2024-01-01", "2024-12-31")
SHARE = "thị phần xe máy điện"

FIGS = [
    F("khoảng 450.000 xe", "450.000", 450000, "count", "xe máy điện", approx="about", percent=14.3,
      change=C("increase", 18, "%", "năm 2023"),
      subject="xe máy điện tiêu thụ", period=Y24),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, lắp ráp xe máy điện"),
    F("khoảng 1,2 triệu", "1,2", 1200000, "measure", "xe/năm", approx="about",
      subject="tổng công suất thiết kế của doanh nghiệp sản xuất, lắp ráp xe máy điện"),
    F("từ 40 đến 60%", "40", 40, "percent", "%", value_max=60,
      subject="tỷ lệ nội địa hóa bình quân"),
    F("trong nước (62%)", "62", 62, "percent", "%", subject=SHARE + " của nhóm doanh nghiệp trong nước",
      period=I(Y24)),
    F("FDI (29%)", "29", 29, "percent", "%", subject=SHARE + " của doanh nghiệp FDI", period=I(Y24)),
    F("nhập khẩu (9%)", "9", 9, "percent", "%", subject=SHARE + " của xe nhập khẩu", period=I(Y24)),
    F("khoảng 150.000 cổng", "150.000", 150000, "count", "cổng sạc", approx="about",
      subject="cổng sạc cho xe điện các loại", period=ASOF),
    F("hơn 1.100 trạm", "1.100", 1100, "count", "trạm đổi pin", approx="over",
      subject="trạm đổi pin xe máy điện", period=ASOF),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", approx="about",
      subject="số trạm đổi pin so với năm 2022"),
    F("từ 10 đến 20 ngăn", "10", 10, "measure", "ngăn pin/trạm", value_max=20,
      subject="ngăn pin của mỗi trạm đổi pin tiêu chuẩn"),
    F("chưa đến 2 phút", "2", 2, "measure", "phút/lượt", approx="under",
      subject="thời gian đổi pin"),
    F("khoảng 1 triệu", "1", 1000000, "count", "xe máy xăng", approx="about", status="forecast",
      subject="xe máy xăng chuyển đổi sang xe điện mỗi năm", period=G),
    F("ít nhất 10.000 trạm", "10.000", 10000, "count", "trạm", approx="at_least", status="target",
      subject="trạm đổi pin", period=T30),
    F("ra 47 vụ", "47", 47, "count", "vụ cháy", change=C("decrease", 9, "vụ", "năm 2023"),
      subject="vụ cháy liên quan đến xe điện", period=FIRE),
    F("trong đó 31 vụ", "31", 31, "count", "vụ", total=47,
      subject="vụ cháy xảy ra khi đang sạc", period=FIRE),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national: 'Ngày đăng: 27/02/2025 | Lượt xem: 1.903', address and phone footer. Location Việt Nam.",
    "Distractors: view counter 1.903, 'giai đoạn 2025-2030', '54 Hai Bà Trưng', phone 024.2220.2222, 'năm 2022' as a baseline.",
    "'lần lượt ... (62%), (29%), (9%)' is a list sharing the indicator 'thị phần'; the groups are not places. Period inherited from 'năm 2024'.",
    "'Số trạm đổi pin hiện gấp khoảng 4 lần năm 2022' stands as its own claim (no count in that sentence): multiple.",
    "'Mỗi trạm tiêu chuẩn có từ 10 đến 20 ngăn pin' is a per-unit spec: measure 'ngăn pin/trạm'. 'khoảng 1,2 triệu xe/năm' a capacity rate: measure.",
    "'giai đoạn 2025-2030 mỗi năm dự kiến chuyển đổi khoảng 1 triệu' → forecast; 'phấn đấu đạt ít nhất 10.000 trạm' → target.",
    "'giảm 9 vụ so với năm 2023' is the change of 47 vụ; 31 vụ after 'trong đó' → total 47 (same sentence: period scored).",
]

if __name__ == "__main__":
    write("p1147-4", TEXT, NOTES, FIGS, published="2025-02-27", location="Việt Nam")
