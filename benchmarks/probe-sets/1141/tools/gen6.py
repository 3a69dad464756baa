"""p1141-6: national newspaper (VnExpress-like); chợ gia cầm Hà Vỹ (Thường Tín, Hà Nội), Feb 2025."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Thời sự › Dân sinh

Thứ sáu, 7/2/2025, 06:00 (GMT+7)

Chợ gia cầm lớn nhất miền Bắc mỗi đêm bán 100.000 con

Chợ Hà Vỹ ở huyện Thường Tín họp từ 0h đến 5h sáng, mỗi đêm tiếp nhận 80.000-100.000 con gà, vịt, ngan từ hơn 10 tỉnh, thành.

Chợ đầu mối gia cầm Hà Vỹ (xã Lê Lợi, huyện Thường Tín, Hà Nội) rộng khoảng 4,5 ha, hiện có 520 hộ kinh doanh, trong đó khoảng 300 hộ chuyên buôn gà. Mỗi năm chợ cung ứng khoảng 30 triệu con gia cầm cho Hà Nội và các tỉnh lân cận, doanh thu ước đạt 2.500 tỷ đồng/năm.

Từ năm 2023, chợ được cải tạo với 3 khu riêng biệt: kinh doanh gia cầm sống, giết mổ và tiêu độc phương tiện. Mỗi đêm có khoảng 400 lượt xe ra vào, tất cả được phun thuốc sát trùng tại cổng; Ban quản lý dùng trung bình 60 lít hóa chất/đêm.

Ông Đỗ Văn Hưng, Phó Chi cục trưởng Chi cục Chăn nuôi, Thủy sản và Thú y Hà Nội, cho biết năm 2024 đơn vị lấy 540 mẫu tại chợ Hà Vỹ để giám sát vi rút cúm, phát hiện 31 mẫu dương tính cúm A/H5, chiếm 5,7%. Trong tháng 1/2025, trước cao điểm Tết, lực lượng thú y lấy thêm 90 mẫu, chưa phát hiện mẫu dương tính.

Toàn thành phố hiện có 16 chợ có buôn bán gia cầm sống. Theo Cục Thú y, cả nước có khoảng 1.500 chợ như vậy nhưng chưa đến 10% có khu giết mổ tách biệt, đây là nguy cơ lớn làm lây lan vi rút cúm.

Võ Hải
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
JAN = per("Trong tháng 1/2025", "2025-01-01", "2025-01-31")
VN = "Việt Nam"

FIGS = [
    fig("mỗi đêm bán 100.000 con", "100.000", 100000, "measure", "con/đêm",
        subject="gia cầm chợ bán mỗi đêm"),
    fig("tiếp nhận 80.000-100.000 con", "80.000", 80000, "measure", "con/đêm", value_max=100000,
        subject="gà, vịt, ngan chợ Hà Vỹ tiếp nhận mỗi đêm"),
    fig("hơn 10 tỉnh", "10", 10, "count", "tỉnh, thành", approx="over",
        subject="tỉnh, thành cung cấp gà, vịt, ngan cho chợ Hà Vỹ", location=VN),
    fig("khoảng 4,5 ha", "4,5", 4.5, "measure", "ha", approx="about", subject="diện tích chợ Hà Vỹ"),
    fig("có 520 hộ", "520", 520, "count", "hộ kinh doanh", subject="hộ kinh doanh tại chợ Hà Vỹ"),
    fig("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about", total=520,
        subject="hộ chuyên buôn gà"),
    fig("khoảng 30 triệu con", "30", 30000000, "measure", "con/năm", approx="about",
        subject="gia cầm chợ cung ứng mỗi năm"),
    fig("ước đạt 2.500 tỷ", "2.500", 2500000000000, "money", "đồng/năm", status="estimate",
        subject="doanh thu của chợ"),
    fig("với 3 khu", "3", 3, "count", "khu", subject="khu riêng biệt của chợ sau cải tạo"),
    fig("khoảng 400 lượt xe", "400", 400, "measure", "lượt xe/đêm", approx="about",
        subject="lượt xe ra vào chợ mỗi đêm"),
    fig("trung bình 60 lít", "60", 60, "measure", "lít/đêm",
        subject="hóa chất Ban quản lý chợ dùng mỗi đêm"),
    fig("lấy 540 mẫu", "540", 540, "count", "mẫu",
        subject="mẫu giám sát vi rút cúm lấy tại chợ Hà Vỹ", period=Y24),
    fig("phát hiện 31 mẫu", "31", 31, "count", "mẫu", percent=5.7,
        subject="mẫu dương tính cúm A/H5", period=Y24),
    fig("thêm 90 mẫu", "90", 90, "count", "mẫu", subject="mẫu lực lượng thú y lấy thêm", period=JAN),
    fig("có 16 chợ", "16", 16, "count", "chợ", subject="chợ có buôn bán gia cầm sống", location="Hà Nội"),
    fig("khoảng 1.500 chợ", "1.500", 1500, "count", "chợ", approx="about",
        subject="chợ có buôn bán gia cầm sống", location=VN),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="tỷ lệ chợ có khu giết mổ tách biệt", location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ sáu, 7/2/2025, 06:00 (GMT+7)' before the headline; byline 'Võ Hải' at the end.",
    "Figures about chợ Hà Vỹ take its district, Thường Tín (default location); '16 chợ' of the city is Hà Nội; Cục Thú y's",
    "national figures are Việt Nam, and so is 'hơn 10 tỉnh, thành' (a count of provinces; FIGURES.md §3 location).",
    "revised after the first run: 'hơn 10 tỉnh' location Thường Tín → Việt Nam (a count of provinces is national by the spec).",
    "Distractors: '0h đến 5h' (opening hours), 06:00, (GMT+7), 'xã Lê Lợi', A/H5.",
    "Per-night and per-year flows are rates: con/đêm, lượt xe/đêm, lít/đêm, con/năm; 'doanh thu ước đạt 2.500 tỷ đồng/năm' → estimate.",
    "'khoảng 300 hộ' is a part of 520 ('trong đó'). 31 mẫu carries 'chiếm 5,7%'; no total (no part cue before it).",
    "'Từ năm 2023, chợ được cải tạo' dates the renovation, not the 3 khu: no period. 'hiện' figures have none.",
]

if __name__ == "__main__":
    build("p1141-6", TEXT, NOTES, FIGS, published="2025-02-07", location="Thường Tín")
