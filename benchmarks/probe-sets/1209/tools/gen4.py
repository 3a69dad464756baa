"""p1209-4: ministry site (Bộ NN&PTNT / Cục Lâm nghiệp), national coastal forests and casuarina on sand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp

Phát triển rừng ven biển ứng phó với biến đổi khí hậu

Ngày đăng: 05/06/2023 | Lượt xem: 932

Theo Cục Lâm nghiệp, tính đến hết năm 2022, cả nước có 28 tỉnh, thành phố ven biển với tổng diện tích rừng ven biển khoảng 310.000 ha, trong đó rừng phòng hộ chiếm 58%. Diện tích rừng phi lao trên đất cát ven biển ước khoảng 36.000 ha, tập trung ở Bắc Trung Bộ và Nam Trung Bộ. Các tỉnh có diện tích rừng phi lao lớn là Quảng Bình, Quảng Trị và Bình Thuận, lần lượt 6.812 ha, 5.930 ha và 4.105 ha.

Thực hiện Quyết định số 120/QĐ-TTg ngày 22/01/2015 của Thủ tướng Chính phủ, giai đoạn 2015-2022, các địa phương đã trồng mới 21.450 ha rừng ven biển, bình quân hơn 2.600 ha/năm, đạt 46,6% mục tiêu Đề án. Tổng vốn đầu tư cho rừng ven biển cùng giai đoạn đạt 4.860 tỷ đồng, trong đó ngân sách trung ương 2.950 tỷ đồng, chiếm 60,7%.

Tuy nhiên, do sạt lở bờ biển và chuyển đổi mục đích sử dụng, năm 2022 cả nước mất khoảng 2.300 ha rừng ven biển. Nhiều đai phi lao ở miền Trung chỉ còn rộng dưới 50 m, không đủ chắn cát bay.

Mục tiêu đến năm 2030, cả nước trồng mới 30.000 ha rừng ven biển, phục hồi ít nhất 10.000 ha rừng phòng hộ bị suy thoái, nâng tỷ lệ che phủ rừng vùng ven biển lên 42%. Dự kiến nhu cầu vốn khoảng 9.500 tỷ đồng.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.38438689 - Fax: 024.38454319
"""

ASOF = per("tính đến hết năm 2022", None, "2022-12-31")
G = per("giai đoạn 2015-2022", "2015-01-01", "2022-12-31")
G2 = per("cùng giai đoạn", "2015-01-01", "2022-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")
PL = "diện tích rừng phi lao"

FIGS = [
    fig("có 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố ven biển", period=ASOF),
    fig("khoảng 310.000 ha", "310.000", 310000, "measure", "ha", approx="about",
        subject="tổng diện tích rừng ven biển", period=ASOF),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tỷ lệ rừng phòng hộ trong diện tích rừng ven biển",
        period=ASOF),
    fig("khoảng 36.000 ha", "36.000", 36000, "measure", "ha", approx="about", status="estimate",
        subject="diện tích rừng phi lao trên đất cát ven biển", period=inh(ASOF)),
    fig("lần lượt 6.812 ha", "6.812", 6812, "measure", "ha", subject=PL, period=inh(ASOF), location="Quảng Bình"),
    fig("5.930 ha", "5.930", 5930, "measure", "ha", subject=PL, period=inh(ASOF), location="Quảng Trị"),
    fig("4.105 ha", "4.105", 4105, "measure", "ha", subject=PL, period=inh(ASOF), location="Bình Thuận"),
    fig("mới 21.450 ha", "21.450", 21450, "measure", "ha", percent=46.6,
        subject="rừng ven biển trồng mới", period=G),
    fig("hơn 2.600 ha/năm", "2.600", 2600, "measure", "ha/năm", approx="over",
        subject="diện tích rừng ven biển trồng mới bình quân", period=G),
    fig("đạt 4.860 tỷ", "4.860", 4860000000000, "money", "đồng",
        subject="tổng vốn đầu tư cho rừng ven biển", period=G2),
    fig("trung ương 2.950 tỷ", "2.950", 2950000000000, "money", "đồng", total=4860000000000, percent=60.7,
        subject="vốn ngân sách trung ương đầu tư cho rừng ven biển", period=G2),
    fig("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", approx="about",
        subject="rừng ven biển bị mất", period=Y22),
    fig("dưới 50 m", "50", 50, "measure", "m", approx="under", subject="chiều rộng nhiều đai phi lao ở miền Trung"),
    fig("mới 30.000 ha", "30.000", 30000, "measure", "ha", status="target",
        subject="rừng ven biển trồng mới", period=BY30),
    fig("ít nhất 10.000 ha", "10.000", 10000, "measure", "ha", approx="at_least", status="target",
        subject="rừng phòng hộ bị suy thoái được phục hồi", period=BY30),
    fig("lên 42%", "42", 42, "percent", "%", status="target", subject="tỷ lệ che phủ rừng vùng ven biển",
        period=BY30),
    fig("khoảng 9.500 tỷ", "9.500", 9500000000000, "money", "đồng", approx="about", status="forecast",
        subject="nhu cầu vốn", period=inh(BY30)),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national: 'Ngày đăng: 05/06/2023 | Lượt xem: 932' (published); default location Việt Nam.",
    "List 'Quảng Bình, Quảng Trị và Bình Thuận, lần lượt 6.812 ha, 5.930 ha và 4.105 ha': each item's location is its province.",
    "'chiếm 58%' after 'trong đó rừng phòng hộ' has no count of its own: a percent figure. 'ước khoảng 36.000 ha' → estimate, about.",
    "'đạt 46,6% mục tiêu Đề án' belongs to 21.450 ha across the rate 'bình quân hơn 2.600 ha/năm' (the rate is a figure of its own).",
    "'2.950 tỷ …, chiếm 60,7%' after 'trong đó': total 4.860 tỷ and percent 60,7. 'cùng giai đoạn' = 2015-2022.",
    "'Dự kiến nhu cầu vốn khoảng 9.500 tỷ đồng' → forecast; its period (đến năm 2030) stands in the previous sentence (inherited).",
    "Distractors: 'Quyết định số 120/QĐ-TTg ngày 22/01/2015', Lượt xem 932, 'Số 2 Ngọc Hà', phone/fax numbers.",
]

if __name__ == "__main__":
    write("p1209-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
