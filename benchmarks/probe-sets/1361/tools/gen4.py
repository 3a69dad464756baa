"""p1361-4: ministry site (Bộ Công an): national review of nhà ở kết hợp kinh doanh, nhà trọ, chung cư mini."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phòng cháy, chữa cháy

Rà soát hơn 1,5 triệu cơ sở nhà ở kết hợp kinh doanh, nhà trọ trên toàn quốc

05/11/2024 | 09:30 | Cục Cảnh sát PCCC và CNCH

Thực hiện Chỉ thị số 19/CT-TTg ngày 24/10/2023 của Thủ tướng Chính phủ, tính đến ngày 31/10/2024, Công an 63/63 tỉnh, thành phố đã kiểm tra, rà soát 1.527.340 cơ sở nhà ở kết hợp sản xuất, kinh doanh, nhà ở nhiều căn hộ và nhà trọ, phòng trọ; trong đó có 86.214 chung cư mini.

Khoảng 1,12 triệu cơ sở đã khắc phục xong các tồn tại, chiếm 73,3%; hơn 68.000 cơ sở đã mở thêm lối thoát nạn thứ hai. Các địa phương có số cơ sở khắc phục nhiều nhất lần lượt là Hà Nội (128.400 cơ sở), TP Hồ Chí Minh (117.950 cơ sở) và Bình Dương (52.310 cơ sở).

Lực lượng Công an đã xử phạt 94.650 trường hợp vi phạm với tổng số tiền hơn 412 tỷ đồng, gấp 1,8 lần cùng kỳ; tạm đình chỉ 5.136 cơ sở, đình chỉ 1.874 cơ sở.

Trong 10 tháng năm 2024, cả nước xảy ra 2.146 vụ cháy nhà ở, nhà ở kết hợp kinh doanh, chiếm 67,5% tổng số vụ cháy, làm 79 người chết, giảm 54 người so với cùng kỳ năm 2023.

Bộ Công an đặt mục tiêu đến năm 2025, ít nhất 90% cơ sở được rà soát đạt yêu cầu về lối thoát nạn; mỗi hộ gia đình trang bị tối thiểu 1 bình chữa cháy.

Tin cùng chuyên mục:
- Hướng dẫn thoát nạn khi xảy ra cháy tại nhà ở nhiều tầng
- Tuyên truyền PCCC trong dịp cao điểm Tết Nguyên đán Ất Tỵ 2025

Bản quyền thuộc Bộ Công an. Địa chỉ: 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.234.2594
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
TEN = per("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "số cơ sở khắc phục"

FIGS = [
    fig("hơn 1,5 triệu", "1,5", 1.5e6, "count", "cơ sở", approx="over",
        subject="cơ sở nhà ở kết hợp kinh doanh, nhà trọ được rà soát"),
    fig("Công an 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="Công an tỉnh, thành phố đã kiểm tra, rà soát", period=ASOF),
    fig("rà soát 1.527.340 cơ sở", "1.527.340", 1527340, "count", "cơ sở",
        subject="cơ sở nhà ở kết hợp sản xuất, kinh doanh, nhà ở nhiều căn hộ và nhà trọ, phòng trọ được kiểm tra, rà soát",
        period=ASOF),
    fig("có 86.214 chung cư", "86.214", 86214, "count", "chung cư mini", total=1527340,
        subject="chung cư mini được kiểm tra, rà soát", period=ASOF),
    fig("Khoảng 1,12 triệu", "1,12", 1.12e6, "count", "cơ sở", approx="about", percent=73.3,
        subject="cơ sở đã khắc phục xong các tồn tại", period=inh(ASOF)),
    fig("hơn 68.000 cơ sở", "68.000", 68000, "count", "cơ sở", approx="over",
        subject="cơ sở đã mở thêm lối thoát nạn thứ hai", period=inh(ASOF)),
    fig("(128.400 cơ sở)", "128.400", 128400, "count", "cơ sở", subject=LIST, location="Hà Nội"),
    fig("(117.950 cơ sở)", "117.950", 117950, "count", "cơ sở", subject=LIST, location="TP Hồ Chí Minh"),
    fig("(52.310 cơ sở)", "52.310", 52310, "count", "cơ sở", subject=LIST, location="Bình Dương"),
    fig("xử phạt 94.650", "94.650", 94650, "count", "trường hợp", subject="trường hợp vi phạm bị xử phạt"),
    fig("hơn 412 tỷ", "412", 412e9, "money", "đồng", approx="over",
        change=chg("increase", 1.8, "lần", "cùng kỳ"), subject="tổng số tiền xử phạt"),
    fig("tạm đình chỉ 5.136", "5.136", 5136, "count", "cơ sở", subject="cơ sở bị tạm đình chỉ"),
    fig("đình chỉ 1.874", "1.874", 1874, "count", "cơ sở", subject="cơ sở bị đình chỉ"),
    fig("xảy ra 2.146 vụ", "2.146", 2146, "count", "vụ cháy", percent=67.5,
        subject="vụ cháy nhà ở, nhà ở kết hợp kinh doanh", period=TEN),
    fig("làm 79 người", "79", 79, "count", "người", change=chg("decrease", 54, "người", "cùng kỳ năm 2023"),
        subject="người chết", period=TEN),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="cơ sở được rà soát đạt yêu cầu về lối thoát nạn", period=T25),
    fig("tối thiểu 1 bình", "1", 1, "measure", "bình chữa cháy/hộ gia đình", approx="at_least", status="target",
        subject="bình chữa cháy mỗi hộ gia đình trang bị", period=T25),
]

NOTES = [
    "Ministry site (Bộ Công an portal): national review of nhà ở kết hợp kinh doanh, nhà trọ, chung cư mini; dateline '05/11/2024 | 09:30'.",
    "Distractors: Chỉ thị số 19/CT-TTg ngày 24/10/2023, 09:30, 'lối thoát nạn thứ hai', 'Ất Tỵ 2025' in a link, 44 Yết Kiêu, phone 069.234.2594.",
    "'63/63 tỉnh, thành phố' → 63 with total 63 (location Việt Nam: a count of provinces). 86.214 chung cư mini after 'trong đó' → total 1.527.340.",
    "'Khoảng 1,12 triệu … chiếm 73,3%' percent attribute, no total; its as-of date stands in the previous sentence (inherited).",
    "'lần lượt là Hà Nội (128.400 cơ sở), …': list items, subject the list's indicator, the province in location.",
    "'gấp 1,8 lần cùng kỳ' is the change of hơn 412 tỷ (increase, lần). 'giảm 54 người so với cùng kỳ năm 2023' is the change of 79 người.",
    "The 94.650 … 1.874 sentence names no period: none. 'mục tiêu đến năm 2025' governs both clauses (target, end 2025-12-31).",
]

if __name__ == "__main__":
    write("p1361-4", TEXT, NOTES, FIGS, published="2024-11-05", location="Việt Nam")
